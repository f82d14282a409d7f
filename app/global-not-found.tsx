import type { Metadata } from "next";
import { ThemeScript } from "@/components/site/ThemeScript";
import { STRINGS } from "@/lib/i18n";
import { siteViewport } from "@/server/page-meta";
import { localPath } from "@/lib/paths";
import "./globals.css";

export const viewport = siteViewport;

export const metadata: Metadata = {
  title: `404 · ${STRINGS.zh.site.notFoundTitle} / ${STRINGS.en.site.notFoundTitle}`,
  robots: { index: false },
};

/** Any unknown address: the same message in both languages, each linking to its home page. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="grid min-h-dvh place-items-center bg-white font-sans text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <main className="grid max-w-lg gap-8 px-6 py-16">
          <p className="text-6xl font-bold text-slate-300 dark:text-slate-700">404</p>
          {(["zh", "en"] as const).map((lang) => {
            const t = STRINGS[lang];
            return (
              <section key={lang} lang={t.htmlLang} className="grid gap-2">
                <h1 className="text-2xl font-bold">{t.site.notFoundTitle}</h1>
                <p className="text-slate-600 dark:text-slate-300">{t.site.notFoundBody}</p>
                <a href={localPath(lang, "")} className="text-sky-700 underline dark:text-sky-300">
                  {t.site.notFoundBack}: {t.siteName}
                </a>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
