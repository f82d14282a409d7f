"use client";
import { useStrings } from "@/components/i18n/context";
import { priceSetDoc } from "@/lib/price-set-docs";
import { priceSet } from "@/lib/price-sets";
import { atTodaysPrices } from "@/lib/scenario";
import { useCalculator } from "./store";
import { format } from "@/lib/i18n/format";

/** A link on a retired price set keeps its numbers; this says so, why, and offers today's prices in one click. */
export function RetiredNotice() {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const replaceScenario = useCalculator((s) => s.replaceScenario);
  const set = priceSet(scenario.pricing);
  if (!set || set.status !== "retired") return null;
  const reason = priceSetDoc(set.id)?.reason;
  return (
    <div
      role="note"
      className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
      data-testid="retired-notice"
    >
      <p>
        {format(t.prices.retired, { name: set.name[t.lang], date: set.retiredOn ?? set.asOf })}
        {reason ? ` ${reason[t.lang]}` : ""}
      </p>
      <button
        type="button"
        data-testid="to-todays-prices"
        onClick={() => replaceScenario(atTodaysPrices(scenario))}
        className="mt-2 min-h-11 rounded-md bg-amber-800 px-3 py-2 text-sm font-semibold text-white hover:bg-amber-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 dark:bg-amber-300 dark:text-amber-950"
      >
        {t.prices.toToday}
      </button>
    </div>
  );
}
