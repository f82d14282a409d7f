"use client";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import type { ScenarioLinkKind, ScenarioPair, SitePage } from "@/lib/links";
import { useScenarioHref } from "./useScenarioHref";

/** The section the reader is in: the last heading with an id above the top fifth of the screen. */
function currentSection(): string {
  const headings = [...document.querySelectorAll<HTMLElement>(".prose h2[id], .prose h3[id]")];
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

/** Whether <html> has the dark class; re-read whenever its class changes. */
const isDark = () => document.documentElement.classList.contains("dark");
function subscribeToTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

/** Light/dark toggle; the choice is saved, and ThemeScript applies it before the next first paint. */
export function ThemeToggle({ labels: t }: { labels: Pick<SiteStrings, "themeDark" | "themeLight"> }) {
  const dark = useSyncExternalStore(subscribeToTheme, isDark, () => null);
  return (
    <button
      type="button"
      aria-label={dark ? t.themeLight : t.themeDark}
      title={dark ? t.themeLight : t.themeDark}
      onClick={() => {
        const next = !document.documentElement.classList.contains("dark");
        document.documentElement.classList.toggle("dark", next);
        try {
          localStorage.setItem("theme", next ? "dark" : "light");
        } catch {
          // Private mode: the choice lasts for this page only.
        }
      }}
      className="grid size-8 place-items-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
      // It works only with the code: enabled once the page is live (the server renders no theme).
      disabled={dark === null}
      data-testid="theme-toggle"
    >
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden>
        {dark ? (
          <>
            <circle cx="12" cy="12" r="4.5" />
            <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
          </>
        ) : (
          <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z" />
        )}
      </svg>
    </button>
  );
}
