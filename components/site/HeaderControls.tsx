"use client";
import { useSyncExternalStore } from "react";
import type { Messages } from "@/lib/i18n";

type SiteStrings = Messages["site"];

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
