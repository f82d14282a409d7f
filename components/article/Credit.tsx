import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { LICENCE_URL, ORIGINAL_URL } from "./content";

/** Attribution and licence, as CC BY-NC-SA 4.0 asks: author, source, licence, changes. */
export function Credit({ lang, className = "" }: { lang: Lang; className?: string }) {
  const t = STRINGS[lang].article;
  return (
    <p className={`text-sm text-slate-600 dark:text-slate-400 ${className}`} data-testid="credit">
      {t.credit}
      {lang === "zh" ? "（" : " ("}
      <a href={ORIGINAL_URL} className="underline" rel="noreferrer" target="_blank">
        {t.original}
      </a>
      {lang === "zh" ? "）" : ")"} ·{" "}
      <a href={LICENCE_URL} rel="license noreferrer" target="_blank" className="underline">
        {t.licence}
      </a>{" "}
      · {t.changes}
    </p>
  );
}
