import type { MetadataRoute } from "next";
import { siteUrl } from "@/server/env";

/** Read at run time, so the deployment's SITE_URL (not the build's) names the sitemap. */
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/v1/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
