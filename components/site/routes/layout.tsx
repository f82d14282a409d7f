/**
 * The pages of each language, made by one factory per kind, one module per kind: a route file in
 * app/ is one call, e.g.
 *   const route = articleRoute("zh", ZhStrings); export const generateMetadata = route.generateMetadata; export default route.Page;
 * The strings provider is passed in by the route so that each page's client bundle holds one language,
 * and each kind lives in its own module because Next ships the client components a route's modules
 * can reach: one module for all kinds made every page load every other page's scripts.
 *
 * Each page exists twice: prerendered without a query (app/(zh)/page.tsx), and as a scenario page
 * (app/(zh)/s/[q]/page.tsx) that proxy.ts rewrites a link with a query to. The same component serves
 * both; `props` is undefined for the prerendered one. Neither reads the request, so both are static.
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { Lang } from "@/lib/i18n-text";
import { siteMetadata, siteViewport } from "@/lib/page-meta";
import { RootDocument } from "../RootDocument";

/** The root layout of a language. */
export function layoutRoute(lang: Lang) {
  return {
    generateMetadata: async (): Promise<Metadata> => siteMetadata(lang),
    viewport: siteViewport,
    Layout: function Layout({ children }: { children: ReactNode }) {
      return <RootDocument lang={lang}>{children}</RootDocument>;
    },
  };
}
