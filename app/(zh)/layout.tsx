import { layoutRoute } from "@/components/site/routes/layout";

const route = layoutRoute("zh");
export const generateMetadata = route.generateMetadata;
export const viewport = route.viewport;
export default route.Layout;
