import type { ReactNode } from "react";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import type { ScenarioPair } from "@/lib/links";
import { LanguageSwitch, ScenarioLink } from "@/components/islands";
import { ThemeToggle } from "./HeaderControls";

/**
 * Top bar: the site's name, the methodology link, the language switch and the theme toggle. Its
 * links carry the scenario (lib/links.ts): the calculator's live one on a page that has it, else
 * the URL's (`initial`).
 */
export function SiteHeader({
  lang,
  path,
  initial,
  children,
}: {
  lang: Lang;
  path: "" | "/methodology";
  /** The scenario of the URL the page was opened with (the default scenario for none). */
  initial: ScenarioPair;
  /** Shown under the bar, e.g. the answer bar (positioned by itself, so it never moves the page). */
  children?: ReactNode;
}) {
  const t = STRINGS[lang];
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur print:hidden dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-[90rem] items-center justify-between gap-3 px-4 py-2 sm:px-6">
        <ScenarioLink kind="home" lang={lang} initial={initial} className="font-semibold tracking-tight">
          {t.siteName}
        </ScenarioLink>
        <nav aria-label={t.site.navLabel} className="flex items-center gap-1 sm:gap-2">
          <ScenarioLink
            kind="methodology"
            lang={lang}
            initial={initial}
            className="hidden rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 sm:block dark:text-slate-300 dark:hover:bg-slate-800"
          >
            {t.footer.methodology}
          </ScenarioLink>
          <LanguageSwitch lang={lang} page={path} initial={initial} labels={t.site} />
          <ThemeToggle labels={t.site} />
        </nav>
      </div>
      {children}
    </header>
  );
}
