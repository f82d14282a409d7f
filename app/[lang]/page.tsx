import { Article, articleMetadata } from "@/components/site/routes/article";

// Prerendered for each language; a shared cache may keep it an hour (PAGE_REVALIDATE_SECONDS).
export const revalidate = 3600;
export const generateMetadata = articleMetadata;
export default Article;
