import type { MetadataRoute } from "next";
import { SITE_URL } from "@/lib/page-meta";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/v1/"] },
    sitemap: `${SITE_URL}/sitemap.xml`,
  };
}
