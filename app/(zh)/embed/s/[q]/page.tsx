import { embedRoute } from "@/components/site/routes/embed";

// One page per distinct link, rendered on first request and then served from the cache (proxy.ts).
export const dynamicParams = true;
export const generateStaticParams = async () => [];

const route = embedRoute("zh");
export const generateMetadata = route.generateMetadata;
export default route.Page;
