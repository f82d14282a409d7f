"use client";
import { lazy } from "react";
import { useStrings } from "@/components/i18n/context";
import { isStale, priceSet } from "@/lib/price-sets";
import { useCalculator } from "./store";
import { format } from "@/lib/i18n/format";

// The retired notice carries the set's reason, which lives with the sets' words: load it only when needed.
const RetiredNotice = lazy(() => import("./RetiredNotice").then((m) => ({ default: m.RetiredNotice })));

const today = () => new Date().toISOString().slice(0, 10);

/** Which prices the numbers use and how old they are, beside the verdict; a notice when they are retired. */
/** `compact`: one line (cut with an ellipsis) on phones. */
export function PricesNote({ compact = false }: { compact?: boolean }) {
  const t = useStrings();
  const pricing = useCalculator((s) => s.scenario.pricing);
  const set = priceSet(pricing);
  if (!set) return null;
  return (
    <>
      <p
        className={`text-xs text-slate-600 dark:text-slate-400 ${compact ? "mt-1 max-sm:truncate sm:mt-2" : "mt-2"}`}
        data-testid="prices-as-of"
      >
        {format(t.prices.asOf, { date: set.asOf, name: set.name[t.lang] })}
        {isStale(set, today()) ? <span data-testid="prices-stale"> · {format(t.prices.stale, { date: set.asOf })}</span> : null}
      </p>
      {set.status === "retired" ? <RetiredNotice /> : null}
    </>
  );
}
