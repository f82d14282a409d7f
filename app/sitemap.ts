import type { MetadataRoute } from "next";
import { SITE_URL } from "@/lib/page-meta";

const PAGES = ["", "/methodology"] as const;

export default function sitemap(): MetadataRoute.Sitemap {
  return PAGES.flatMap((path) => {
    const languages = { "zh-CN": `${SITE_URL}${path || "/"}`, en: `${SITE_URL}/en${path}` };
    return [
      { url: languages["zh-CN"], alternates: { languages }, changeFrequency: "monthly" as const, priority: path ? 0.5 : 1 },
      { url: languages.en, alternates: { languages }, changeFrequency: "monthly" as const, priority: path ? 0.4 : 0.9 },
    ];
  });
}
