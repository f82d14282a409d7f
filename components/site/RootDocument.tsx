import type { ReactNode } from "react";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { IntlWarmup } from "./IntlWarmup";
import { ThemeScript } from "./ThemeScript";
import "@/app/globals.css";

/** The <html> of every page, in the page's language. */
export function RootDocument({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <html lang={STRINGS[lang].htmlLang} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- App Router root layouts own <head>; next/head is Pages Router only. */}
      <head>
        <ThemeScript />
        <IntlWarmup lang={lang} />
      </head>
      <body className="min-h-dvh bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
