import { EnStrings } from "@/components/i18n/EnStrings";
import { embedRoute } from "@/components/site/routes/embed";

const route = embedRoute("en", EnStrings);
export const generateMetadata = route.generateMetadata;
export default route.Page;
