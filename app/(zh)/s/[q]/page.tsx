import { ZhStrings } from "@/components/i18n/ZhStrings";
import { articleRoute } from "@/components/site/routes/article";

// One page per distinct link, rendered on first request and then served from the cache (proxy.ts).
export const dynamicParams = true;
export const generateStaticParams = async () => [];

const route = articleRoute("zh", ZhStrings);
export const generateMetadata = route.generateMetadata;
export default route.Page;
