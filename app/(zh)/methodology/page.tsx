import { ZhStrings } from "@/components/i18n/ZhStrings";
import { methodologyRoute } from "@/components/site/routes/methodology";

const route = methodologyRoute("zh", ZhStrings);
export const metadata = route.metadata;
export default route.Page;
