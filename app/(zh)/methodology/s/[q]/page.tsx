import { ZhStrings } from "@/components/i18n/ZhStrings";
import { methodologyRoute } from "@/components/site/routes/methodology";

// One page per distinct link, rendered on first request and then served from the cache (proxy.ts).
export const dynamicParams = true;
export const generateStaticParams = async () => [];

const route = methodologyRoute("zh", ZhStrings);
export const metadata = route.metadata;
export default route.Page;
