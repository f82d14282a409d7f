import { fileURLToPath } from "node:url";
import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants";
import { COMMON_HEADERS, FRAMEABLE_PATHS, contentSecurityPolicy, siteUrlFrom } from "./lib/http-policy.mjs";

const toList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/**
 * Security headers. In production, server.mjs's request filter sets them per exact path (Next's
 * header rules match paths case-insensitively, so /Embed would count as /embed), and HSTS from
 * SITE_URL at run time; here only the headers that are the same everywhere, for `next start` alone.
 * `next dev` gets the whole policy from these rules, with what React's development build needs.
 */
function securityHeaderRules(dev: boolean) {
  if (!dev) return [{ source: "/:path*", headers: toList(COMMON_HEADERS) }];
  const notFrameable = [
    ...toList(COMMON_HEADERS),
    { key: "Content-Security-Policy", value: contentSecurityPolicy(false, true) },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
  ];
  const frameable = [...toList(COMMON_HEADERS), { key: "Content-Security-Policy", value: contentSecurityPolicy(true, true) }];
  const exceptions = FRAMEABLE_PATHS.map((p) => p.slice(1)).join("|");
  return [
    { source: `/:path((?!(?:${exceptions})$).*)`, headers: notFrameable },
    ...FRAMEABLE_PATHS.map((source) => ({ source, headers: frameable })),
  ];
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER) {
    // `next start` (and server.mjs) without a valid SITE_URL stops here, in one line.
    try {
      siteUrlFrom(process.env.SITE_URL, { production: true });
    } catch (error) {
      console.error(`next start: ${(error as Error).message}`);
      process.exit(1);
    }
  }
  const nextConfig: NextConfig = {
    pageExtensions: ["ts", "tsx", "md", "mdx"],
    output: "standalone",
    poweredByHeader: false,
    reactStrictMode: true,
    // One 404 page for every unknown address: the site has a root layout per language.
    experimental: { globalNotFound: true },
    // Rendered scenario pages live in a bounded in-memory cache, not one file per link on disk.
    cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)),
    cacheMaxMemorySize: 0,
    async headers() {
      return [
        ...securityHeaderRules(phase === PHASE_DEVELOPMENT_SERVER),
        { source: "/embed.js", headers: [{ key: "Cache-Control", value: "public, max-age=3600" }] },
      ];
    },
  };
  // Under Turbopack, MDX plugins are named by string.
  const withMDX = createMDX({ options: { remarkPlugins: ["remark-gfm"] } });
  return withMDX(nextConfig);
}
