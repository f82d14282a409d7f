"use client";
import { WORKLOAD_PRESETS } from "@/lib/presets";
import { resetScenario } from "@/lib/scenario";
import { useCalculator } from "./store";
import { useStrings } from "@/components/i18n/context";

const button =
  "rounded-full border px-3 py-1 text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600";

export function Presets() {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const replaceScenario = useCalculator((s) => s.replaceScenario);
  return (
    <div className="grid gap-2">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400" id="presets-label">
        {t.calculator.presets}
      </p>
      <div className="flex flex-wrap gap-2" role="group" aria-labelledby="presets-label">
        {WORKLOAD_PRESETS.map((p) => {
          const active =
            scenario.queriesPerDay === p.workload.queriesPerDay &&
            scenario.updatesPerMonth === p.workload.updatesPerMonth &&
            scenario.corpusTokens === p.workload.corpusTokens &&
            scenario.horizonMonths === p.workload.horizonMonths;
          return (
            <button
              key={p.id}
              type="button"
              title={p.description[t.lang]}
              aria-pressed={active}
              data-testid={`preset-${p.id}`}
              onClick={() => replaceScenario({ ...scenario, ...p.workload })}
              className={`${button} ${
                active
                  ? "border-(--chart-rag) bg-(--chart-rag) text-white dark:text-slate-950"
                  : "border-slate-300 bg-white text-slate-700 hover:border-sky-500 hover:text-sky-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:text-sky-300"
              }`}
            >
              {p.label[t.lang]}
            </button>
          );
        })}
        <button
          type="button"
          data-testid="reset"
          onClick={() => replaceScenario(resetScenario(scenario))}
          className={`${button} border-transparent text-slate-600 underline decoration-dotted underline-offset-4 hover:text-sky-700 dark:text-slate-300`}
        >
          {t.calculator.reset}
        </button>
      </div>
    </div>
  );
}
