import { Methodology, methodologyMetadata } from "@/components/site/routes/methodology";

// Prerendered for each language; a shared cache may keep it an hour (PAGE_REVALIDATE_SECONDS).
export const revalidate = 3600;
export const generateMetadata = methodologyMetadata;
export default Methodology;
