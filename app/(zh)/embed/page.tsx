import { ZhStrings } from "@/components/i18n/ZhStrings";
import { embedRoute } from "@/components/site/routes/embed";

const route = embedRoute("zh", ZhStrings);
export const generateMetadata = route.generateMetadata;
export default route.Page;
