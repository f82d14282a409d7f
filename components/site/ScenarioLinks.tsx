"use client";
/**
 * Our links that carry the reader's scenario (lib/links.ts): in the header, the footer and the
 * embed. They need the codec, so they are islands (components/islands.tsx): plain links to the
 * URL's scenario until their code is here, then they follow every edit.
 */
import { useState, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import type { ScenarioLinkKind, ScenarioPair, SitePage } from "@/lib/links";
import { useScenarioHref } from "./useScenarioHref";

/**
 * The section the reader is in: the last of the article's section headings above the top fifth of
 * the screen. Only the prose's own headings: a figure's heading is not a section (its id comes from
 * useId and names nothing in the other language's page).
 */
function currentSection(): string {
  const headings = [...document.querySelectorAll<HTMLElement>(".prose > h2[id], .prose > h3[id]")];
  let id = "";
  for (const h of headings) {
    if (h.getBoundingClientRect().top < window.innerHeight / 5) id = h.id;
  }
  return id;
}

/** A link to one of our pages that carries the scenario the reader is looking at. */
export function ScenarioLink({
  kind,
  lang,
  initial,
  className,
  children,
  testId = `${kind}-link`,
}: {
  kind: Exclude<ScenarioLinkKind, "otherLanguage">;
  testId?: string;
  lang: Lang;
  /** The scenario of the URL the server rendered: what the link shows on a page without a calculator. */
  initial: ScenarioPair;
  className?: string;
  children: ReactNode;
}) {
  const href = useScenarioHref(kind, lang, initial);
  // A plain link: a full load of the other page, which is prerendered or cached, and no client
  // router code in the page's first load (the href changes with every slider step anyway).
  return (
    <a href={href} className={className} data-testid={testId}>
      {children}
    </a>
  );
}

type SiteStrings = Messages["site"];

/** The same page in the other language, with the scenario of the store and the section in view. */
export function LanguageSwitch({
  lang,
  page,
  initial,
  labels: t,
}: {
  lang: Lang;
  page: SitePage;
  initial: ScenarioPair;
  /** From the server (SiteHeader), so the always-loaded bundle carries no panel strings. */
  labels: Pick<SiteStrings, "switchLanguage" | "switchLanguageLabel">;
}) {
  const [section, setSection] = useState("");
  const href = useScenarioHref("otherLanguage", lang, initial, { page, hash: section });
  const refresh = () => setSection(currentSection());
  const otherLang = lang === "zh" ? "en" : "zh-CN";
  return (
    <a
      href={href}
      hrefLang={otherLang}
      onPointerEnter={refresh}
      onFocus={refresh}
      onClick={(e) => {
        // The section in view at the moment of the click (a full page load: the other language has its own root layout).
        const now = currentSection();
        e.currentTarget.href = `${href.split("#")[0]}${now ? `#${now}` : ""}`;
      }}
      className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
      data-testid="language-switch"
    >
      {/* The accessible name starts with the visible word, then says what the link does. */}
      <span lang={otherLang}>{t.switchLanguage}</span> <span className="sr-only">{t.switchLanguageLabel}</span>
    </a>
  );
}

/** The link back to the full explainer, with the scenario the reader has made in the embed. */
export function FullExplainerLink({ lang, initial, children }: { lang: Lang; initial: ScenarioPair; children: ReactNode }) {
  const href = useScenarioHref("fullExplainer", lang, initial);
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
      data-testid="open-full"
    >
      {children}
    </a>
  );
}
