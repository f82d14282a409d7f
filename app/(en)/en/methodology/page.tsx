import { EnStrings } from "@/components/i18n/EnStrings";
import { methodologyRoute } from "@/components/site/routes/methodology";

const route = methodologyRoute("en", EnStrings);
export const metadata = route.metadata;
export default route.Page;
