import { EnStrings } from "@/components/i18n/EnStrings";
import { articleRoute } from "@/components/site/routes/article";

const route = articleRoute("en", EnStrings);
export const generateMetadata = route.generateMetadata;
export default route.Page;
