import { layoutRoute } from "@/components/site/routes";

const route = layoutRoute("en");
export const generateMetadata = route.generateMetadata;
export const viewport = route.viewport;
export default route.Layout;
