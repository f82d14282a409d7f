import createMDX from "@next/mdx";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  poweredByHeader: false,
  reactStrictMode: true,
  // One 404 page for every unknown address: the site has a root layout per language.
  experimental: { globalNotFound: true },
  async headers() {
    const frameable = [{ key: "Content-Security-Policy", value: "frame-ancestors *" }];
    const notFrameable = [
      { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
      { key: "X-Frame-Options", value: "SAMEORIGIN" },
    ];
    return [
      // The embed routes may live in any site's iframe; nothing else may be framed by other origins.
      { source: "/((?!embed(?:/|$)|en/embed(?:/|$)).*)", headers: notFrameable },
      { source: "/embed", headers: frameable },
      { source: "/en/embed", headers: frameable },
      { source: "/embed.js", headers: [{ key: "Cache-Control", value: "public, max-age=3600" }] },
    ];
  },
};

// Under Turbopack, MDX plugins are named by string.
const withMDX = createMDX({ options: { remarkPlugins: ["remark-gfm"] } });

export default withMDX(nextConfig);
