import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/server/page-meta";

/** Read at run time, so the deployment's SITE_URL (not the build's) makes the URLs. */
export const dynamic = "force-dynamic";

/** Exactly the canonical URLs of the plain pages (tested against the pages' own canonical links). */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}
