import { Embed, embedMetadata } from "@/components/site/routes/embed";

// Prerendered for each language; a shared cache may keep it an hour (PAGE_REVALIDATE_SECONDS).
export const revalidate = 3600;
export const generateMetadata = embedMetadata;
export default Embed;
