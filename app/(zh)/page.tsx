import { ZhStrings } from "@/components/i18n/ZhStrings";
import { articleRoute } from "@/components/site/routes/article";

const route = articleRoute("zh", ZhStrings);
export const generateMetadata = route.generateMetadata;
export default route.Page;
