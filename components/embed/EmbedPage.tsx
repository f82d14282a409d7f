import { Calculator } from "@/components/calculator/Calculator";
import { CalculatorProvider } from "@/components/calculator/store";
import type { StringsProviderType } from "@/components/i18n/context";
import { redirect } from "next/navigation";
import { parsePanels, parseTheme, type EmbedTheme } from "@/lib/embed";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { localPath } from "@/lib/paths";
import { scenarioQuery } from "@/lib/links";
import type { ParseResult } from "@/lib/scenario";
import { FullExplainerLink, HeightReporter } from "./EmbedClient";

/** The embed's theme comes from its URL, not from the reader's saved choice on our own site. */
function EmbedThemeScript({ theme }: { theme: EmbedTheme }) {
  const dark = theme === "dark" ? "true" : theme === "light" ? "false" : 'matchMedia("(prefers-color-scheme: dark)").matches';
  return <script dangerouslySetInnerHTML={{ __html: `document.documentElement.classList.toggle("dark",${dark})` }} />;
}

/**
 * The embed's language is its route's. A `lang` option naming the other language sends the reader
 * to that language's embed, every other option kept.
 */
export function redirectToLanguage(lang: Lang, params: Record<string, string | string[] | undefined>): void {
  const wanted = params.lang === "en" ? "en" : params.lang === "zh" ? "zh" : lang;
  if (wanted === lang) return;
  const rest = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (k === "lang" || v === undefined ? [] : [v].flat().map((x) => [k, x]))));
  redirect(`${localPath(wanted, "/embed")}?${rest.toString()}`);
}

/** The calculator alone, compact, for an iframe on someone else's page. */
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
  return (
    <>
      <EmbedThemeScript theme={parseTheme(first("theme"))} />
      <StringsProvider>
      <CalculatorProvider initialScenario={parsed.scenario} initialPinned={parsed.pinned} warnings={parsed.warnings}>
        <HeightReporter>
          <div className="mx-auto max-w-5xl p-3">
            <Calculator panels={panels} />
            <p className="mt-3 text-right text-xs">
              <FullExplainerLink lang={lang} initialQuery={scenarioQuery(parsed)}>
                {t.share.openFull}
              </FullExplainerLink>
            </p>
          </div>
        </HeightReporter>
      </CalculatorProvider>
      </StringsProvider>
    </>
  );
}
