"use client";
import { formatPlain } from "@/lib/format";
import { useCalculator } from "./store";
import { useStrings } from "@/components/i18n/context";
import { useHydrated } from "@/components/site/useHydrated";
import { warningText } from "@/lib/i18n/text";

/** Tells the reader which values of a hand-edited or broken link were corrected. */
export function WarningsNotice() {
  const t = useStrings();
  const warnings = useCalculator((s) => s.warnings);
  const dismiss = useCalculator((s) => s.dismissWarnings);
  // Dismissing needs the code: without it (or before it) there is no button to press in vain.
  const hydrated = useHydrated();
  if (warnings.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="warnings"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
    >
      <div className="flex items-start justify-between gap-3">
        <p className="font-semibold">{t.warnings.heading}</p>
        {hydrated ? (
          <button
            type="button"
            onClick={dismiss}
            className="tap shrink-0 rounded px-2 text-xs underline focus-visible:outline-2 focus-visible:outline-amber-700"
          >
            {t.warnings.dismiss}
          </button>
        ) : null}
      </div>
      <ul className="mt-1 list-disc pl-5">
        {warnings.map((w, i) => (
          // Words wrap at spaces; only a token too long for the line (a pasted value) breaks inside.
          <li key={i} className="wrap-anywhere">
            {warningText(t, w.code, w.param, w.given, typeof w.used === "number" ? formatPlain(w.used, t.lang) : w.used)}
          </li>
        ))}
      </ul>
    </div>
  );
}
