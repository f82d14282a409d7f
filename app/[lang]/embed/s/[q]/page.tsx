import { Embed, embedMetadata } from "@/components/site/routes/embed";

// One page per distinct link, rendered on its first request and then kept (proxy.ts, cache-handler.mjs).
export const revalidate = 3600;
export const dynamicParams = true;
export const generateStaticParams = async () => [];
export const generateMetadata = embedMetadata;
export default Embed;
