import { Credit } from "@/components/article/Credit";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import type { ScenarioPair } from "@/lib/links";
import { ScenarioLink } from "@/components/islands";

/** The credit line and the methodology link, which carries the reader's scenario like the header's. */
export function SiteFooter({ lang, initial }: { lang: Lang; initial: ScenarioPair }) {
  const t = STRINGS[lang];
  return (
    <footer className="mt-16 border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto grid max-w-[90rem] gap-2 px-4 sm:px-6">
        <Credit lang={lang} />
        <p>
          <ScenarioLink kind="methodology" lang={lang} initial={initial} className="underline" testId="footer-methodology-link">
            {t.footer.methodology}
          </ScenarioLink>{" "}
          · {t.footer.code}
        </p>
      </div>
    </footer>
  );
}
