/**
 * The pages, one module per kind, each used by the route files of app/[lang]: a page without a
 * query (prerendered for both languages) and its scenario variant (…/s/[q], rendered once per
 * distinct link, see proxy.ts) are the same component. Neither reads the request, so both are static.
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LANGS } from "@/lib/i18n-text";
import { siteMetadata } from "@/server/page-meta";
import { RootDocument } from "../RootDocument";
import { langOf, type PageProps } from "../pageProps";

export const generateLanguageParams = () => LANGS.map((lang) => ({ lang }));

export async function layoutMetadata(props: PageProps): Promise<Metadata> {
  return siteMetadata(await langOf(props));
}

/** The root layout: the <html> of the page's language. */
export async function Layout({ children, ...props }: PageProps & { children: ReactNode }) {
  return <RootDocument lang={await langOf(props)}>{children}</RootDocument>;
}
