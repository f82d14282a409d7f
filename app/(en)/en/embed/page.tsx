import { embedRoute } from "@/components/site/routes/embed";

const route = embedRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
