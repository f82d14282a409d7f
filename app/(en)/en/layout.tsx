import { layoutRoute } from "@/components/site/routes";

const route = layoutRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Layout;
