import { layoutRoute } from "@/components/site/routes";

const route = layoutRoute("zh");
export const generateMetadata = route.generateMetadata;
export default route.Layout;
