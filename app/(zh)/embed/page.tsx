import { embedRoute } from "@/components/site/routes/embed";

const route = embedRoute("zh");
export const generateMetadata = route.generateMetadata;
export default route.Page;
