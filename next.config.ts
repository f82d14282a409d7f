import { fileURLToPath } from "node:url";
import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants";
import { COMMON_HEADERS, FRAMEABLE_PATHS, contentSecurityPolicy, siteUrlFrom } from "./server/http-policy";

const toList = (headers: Readonly<Record<string, string>>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/**
 * The security headers of every response, by path: only /embed and /en/embed may be framed by other
 * sites; everything else carries X-Frame-Options and frame-ancestors 'self'. HSTS depends on the
 * run's SITE_URL, so proxy.ts sets it (these rules are fixed at build). `next dev` gets what React's
 * development build needs ('unsafe-eval').
 */
function securityHeaderRules(dev: boolean) {
  const common = toList(COMMON_HEADERS);
  const notFrameable = [
    ...common,
    { key: "Content-Security-Policy", value: contentSecurityPolicy(false, dev) },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
  ];
  const frameable = [...common, { key: "Content-Security-Policy", value: contentSecurityPolicy(true, dev) }];
  const exceptions = FRAMEABLE_PATHS.map((p) => p.slice(1)).join("|");
  return [
    { source: `/:path((?!(?:${exceptions})$).*)`, headers: notFrameable },
    ...FRAMEABLE_PATHS.map((source) => ({ source, headers: frameable })),
  ];
}

export default function config(phase: string): NextConfig {
  const production = phase === PHASE_PRODUCTION_SERVER;
  try {
    // `next start` without a valid SITE_URL stops here, in one line (the standalone server: instrumentation.ts).
    siteUrlFrom(process.env.SITE_URL, { production });
  } catch (error) {
    console.error(`next start: ${(error as Error).message}`);
    process.exit(1);
  }
  const nextConfig: NextConfig = {
    output: "standalone",
    pageExtensions: ["ts", "tsx", "md", "mdx"],
    poweredByHeader: false,
    reactStrictMode: true,
    experimental: {
      // One 404 page for every unknown address: the root layout is per language (app/[lang]).
      globalNotFound: true,
      // The stylesheet goes in the HTML's <head>: a separate one costs a throttled reader a round
      // trip before the first paint and holds back the scripts behind it (see the commit).
      inlineCss: true,
    },
    // Rendered scenario pages live in a bounded in-memory cache, not one file per link on disk.
    cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)),
    cacheMaxMemorySize: 0,
    // Pages revalidate hourly (their `revalidate`); a cache in front may serve a stale one for a day
    // while it refetches (stale-while-revalidate = expireTime − revalidate).
    expireTime: 3600 + 86400,
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
