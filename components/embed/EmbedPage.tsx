import { redirect } from "next/navigation";
import { LICENCE_URL, ORIGINAL_URL } from "@/components/article/content";
import { CalculatorProvider } from "@/components/calculator/store";
import type { StringsProviderType } from "@/components/i18n/context";
import { parsePanels, parseTheme, type EmbedTheme } from "@/lib/embed";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { scenarioQuery } from "@/lib/links";
import { localPath } from "@/lib/paths";
import type { ParseResult } from "@/lib/scenario";
import { EmbedCalculator } from "./EmbedCalculator";
import { FullExplainerLink, HeightReporter } from "./EmbedClient";

/**
 * The embed's theme comes from its URL, not from the reader's saved choice on our own site: light
 * unless it says theme=dark, or theme=auto to follow the reader's system (and its changes).
 */
function EmbedThemeScript({ theme }: { theme: EmbedTheme }) {
  const script =
    theme === "auto"
      ? `(function(){var m=matchMedia("(prefers-color-scheme: dark)");function f(){document.documentElement.classList.toggle("dark",m.matches)}f();m.addEventListener("change",f)})()`
      : `document.documentElement.classList.toggle("dark",${theme === "dark"})`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

/**
 * The embed's language is its route's. A `lang` option naming the other language sends the reader
 * to that language's embed, every other option kept.
 */
export function redirectToLanguage(lang: Lang, params: Record<string, string | string[] | undefined>): void {
  const wanted = params.lang === "en" ? "en" : params.lang === "zh" ? "zh" : lang;
  if (wanted === lang) return;
  const rest = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) => (k === "lang" || v === undefined ? [] : [v].flat().map((x) => [k, x]))),
  );
  redirect(`${localPath(wanted, "/embed")}?${rest.toString()}`);
}

/**
 * The calculator alone, for an iframe in someone else's post: a title line, the answer and the
 * chart, compact controls, and a source line that links back to the full explainer and credits the
 * article.
 */
export function EmbedPage({
  lang,
  parsed,
  params,
  StringsProvider,
}: {
  lang: Lang;
  parsed: ParseResult;
  params: Record<string, string | string[] | undefined>;
  StringsProvider: StringsProviderType;
}) {
  const t = STRINGS[lang];
  const first = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const panels = parsePanels(first("panels"));
  const zh = lang === "zh";
  const title = (
    <header className="flex flex-wrap items-baseline justify-between gap-x-3">
      <h1 className="text-base font-bold tracking-tight">{t.siteName}</h1>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t.calculator.heading}</p>
    </header>
  );
  const source = (
    <footer className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <p data-testid="credit">
        {t.article.credit}
        {zh ? "（" : " ("}
        <a href={ORIGINAL_URL} target="_blank" rel="noreferrer" className="underline">
          {t.article.original}
        </a>
        {zh ? "）" : ")"} ·{" "}
        <a href={LICENCE_URL} target="_blank" rel="license noreferrer" className="underline">
          {t.article.licence}
        </a>
      </p>
      <FullExplainerLink lang={lang} initialQuery={scenarioQuery(parsed)}>
        {t.share.openFull}
      </FullExplainerLink>
    </footer>
  );
  return (
    <>
      <EmbedThemeScript theme={parseTheme(first("theme"))} />
      <StringsProvider>
        <CalculatorProvider initialScenario={parsed.scenario} initialPinned={parsed.pinned} warnings={parsed.warnings}>
          <HeightReporter>
            <main className="mx-auto max-w-5xl p-3">
              <EmbedCalculator panels={panels} title={title} source={source} />
            </main>
          </HeightReporter>
        </CalculatorProvider>
      </StringsProvider>
    </>
  );
}
