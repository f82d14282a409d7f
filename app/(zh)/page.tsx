import { ZhStrings } from "@/components/i18n/ZhStrings";
import { articleRoute } from "@/components/site/routes";

const route = articleRoute("zh", ZhStrings);
export const generateMetadata = route.generateMetadata;
export default route.Page;
