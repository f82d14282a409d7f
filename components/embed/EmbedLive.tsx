"use client";
import { CalculatorProvider } from "@/components/calculator/store";
import { StringsProvider } from "@/components/i18n/StringsProvider";
import type { Panel } from "@/lib/embed";
import type { Lang } from "@/lib/i18n-text";
import type { ClientMessages } from "@/lib/i18n/types";
import type { Scenario, ScenarioWarning } from "@/lib/scenario";
import { EmbedCalculator } from "./EmbedCalculator";
import { localPath } from "@/lib/paths";
import { FullExplainerLink } from "@/components/islands";
import { HeightReporter } from "./EmbedClient";

export interface EmbedLiveProps {
  lang: Lang;
  scenario: Scenario;
  pinned: Scenario | null;
  warnings: ScenarioWarning[];
  panels: Panel[];
  /** The page's language's messages (plain data, from the server). */
  messages: ClientMessages;
  originalUrl: string;
  licenceUrl: string;
  /** The page's options (theme, panels), kept by the calculator's form. */
  options: Record<string, string>;
}

/** The embed's calculator, in the page's language, with its title and source lines. */
export function EmbedLive(p: EmbedLiveProps) {
  const m = p.messages;
  // The words of the title line and of the credit line.
  const t = {
    siteName: m.siteName,
    heading: m.calculator.heading,
    credit: m.article.credit,
    original: m.article.original,
    licence: m.article.licence,
    openFull: m.share.openFull,
  };
  const zh = p.lang === "zh";
  const title = (
    <header className="flex flex-wrap items-baseline justify-between gap-x-3">
      <h1 className="text-base font-bold tracking-tight">{t.siteName}</h1>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t.heading}</p>
    </header>
  );
  const source = (
    <footer className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <p data-testid="credit">
        {t.credit}
        {zh ? "（" : " ("}
        <a href={p.originalUrl} target="_blank" rel="noreferrer" className="underline">
          {t.original}
        </a>
        {zh ? "）" : ")"} ·{" "}
        <a href={p.licenceUrl} target="_blank" rel="license noreferrer" className="underline">
          {t.licence}
        </a>
      </p>
      <FullExplainerLink lang={p.lang} initial={{ scenario: p.scenario, pinned: p.pinned }}>
        {t.openFull}
      </FullExplainerLink>
    </footer>
  );
  return (
    <StringsProvider messages={m}>
      <CalculatorProvider initialScenario={p.scenario} initialPinned={p.pinned} warnings={p.warnings}>
        <HeightReporter>
          <main className="mx-auto max-w-5xl p-3">
            <EmbedCalculator
              panels={p.panels}
              title={title}
              source={source}
              action={localPath(p.lang, "/embed")}
              options={p.options}
            />
          </main>
        </HeightReporter>
      </CalculatorProvider>
    </StringsProvider>
  );
}
