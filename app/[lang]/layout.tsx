import { generateLanguageParams, Layout, layoutMetadata } from "@/components/site/routes/layout";
import { siteViewport } from "@/server/page-meta";

// Two languages, both prerendered; any other first segment is not a page (pageOf: notFound). Not
// dynamicParams = false: a layout's setting holds for every segment below it, and the scenario
// pages (…/s/[q]) are rendered on demand.
export const generateStaticParams = generateLanguageParams;
export const generateMetadata = layoutMetadata;
export const viewport = siteViewport;
export default Layout;
