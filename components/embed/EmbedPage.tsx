import { redirect } from "next/navigation";
import { LICENCE_URL, ORIGINAL_URL } from "@/components/article/content";
import { parsePanels, parseTheme, type EmbedTheme } from "@/lib/embed";
import { clientMessages, STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { localPath } from "@/lib/paths";
import type { ParseResult } from "@/lib/scenario";
import { EmbedLive } from "./EmbedLive";

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
}: {
  lang: Lang;
  parsed: ParseResult;
  params: Record<string, string | string[] | undefined>;
}) {
  const t = STRINGS[lang];
  const first = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const panels = parsePanels(first("panels"));
  const theme = first("theme");
  // The page's options the embed's form keeps when it is submitted (lib/form.ts).
  const options = Object.fromEntries(
    (["theme", "panels"] as const).flatMap((k) => (first(k) !== undefined ? [[k, first(k)!]] : [])),
  );
  return (
    <>
      <EmbedThemeScript theme={parseTheme(theme)} />
      <EmbedLive
        lang={lang}
        scenario={parsed.scenario}
        pinned={parsed.pinned}
        warnings={parsed.warnings}
        panels={panels}
        messages={clientMessages(t)}
        originalUrl={ORIGINAL_URL}
        licenceUrl={LICENCE_URL}
        options={options}
      />
    </>
  );
}
