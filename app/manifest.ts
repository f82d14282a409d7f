import type { MetadataRoute } from "next";
import { STRINGS } from "@/lib/i18n";
import { THEME_COLORS } from "@/server/page-meta";

/** The web app manifest (/manifest.webmanifest): the calculator, installable, Chinese first. */
export default function manifest(): MetadataRoute.Manifest {
  const t = STRINGS.zh;
  return {
    name: t.siteName,
    short_name: "RAG/FT",
    description: t.description,
    lang: t.htmlLang,
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/apple-icon.png", type: "image/png", sizes: "180x180" },
    ],
  };
}
