"use client";
import {
  ALL_ASSUMPTION_GROUPS,
  ASSUMPTION_GROUPS,
  ASSUMPTION_KEYS,
  assumptionSpecs,
  type AssumptionKey,
  type ParamSpec,
  type Source,
} from "@/lib/assumptions";
import { assumptionDocs } from "@/lib/assumption-docs";
import { formatPlain } from "@/lib/format";
import { priceSetDoc } from "@/lib/price-set-docs";
import { priceSet } from "@/lib/price-sets";
import { localPath } from "@/lib/paths";
import { defaultOf } from "@/lib/scenario";
import { AccuracyPanel } from "./AccuracyPanel";
import { numberInputClass, useNumberField } from "./NumberField";
import { useCalculator } from "./store";
import { useStrings } from "@/components/i18n/context";
import { format } from "@/lib/i18n/format";

function AssumptionRow({ k }: { k: AssumptionKey }) {
  const t = useStrings();
  const lang = t.lang;
  const spec: ParamSpec = { ...assumptionSpecs[k], ...assumptionDocs[k] };
  const value = useCalculator((s) => s.scenario.assumptions[k]);
  const pricing = useCalculator((s) => s.scenario.pricing);
  const version = useCalculator((s) => s.scenario.version);
  // A value the price set prices is sourced by the set; the others keep the table's own source.
  const setPrices = priceSet(pricing)?.values[k] !== undefined;
  const evidence = setPrices ? priceSetDoc(pricing)?.evidence[k]?.[0] : undefined;
  const source: Source | undefined = evidence
    ? { url: evidence.url, asOf: evidence.checked, note: evidence.unconfirmed }
    : setPrices
      ? undefined
      : spec.source;
  const setAssumption = useCalculator((s) => s.setAssumption);
  const fallback = defaultOf(k, version, pricing);
  const changed = value !== fallback;
  const id = `assumption-${k}`;
  const typed = useNumberField({ value, range: spec, onCommit: (n) => setAssumption(k, n) });
  return (
    <li
      className={`grid grid-cols-[1fr_7rem] gap-x-3 gap-y-0.5 rounded-md px-2 py-2 ${changed ? "bg-amber-50 dark:bg-amber-950/40" : ""}`}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {spec.label[lang]}
      </label>
      <input id={id} {...typed.inputProps} className={numberInputClass} data-testid={id} />
      <div className="col-span-2">{typed.message}</div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {spec.help[lang]}
        {source ? (
          <>
            {" · "}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer" className="text-sky-700 underline dark:text-sky-300">
                {t.assumptions.source}
              </a>
            ) : (
              source.note?.[lang]
            )}
            {source.url && source.note ? ` (${source.note[lang]})` : ""}
            {`, ${format(t.assumptions.asOf, { date: source.asOf })}`}
          </>
        ) : null}
      </p>
      <p className="text-right text-xs text-slate-500 dark:text-slate-400">
        {spec.unit[lang]}
        {changed ? (
          <button
            type="button"
            className="tap mt-0.5 block w-full text-right text-sky-700 underline dark:text-sky-300"
            onClick={() => setAssumption(k, fallback)}
            aria-label={`${t.assumptions.resetOne}: ${spec.label[lang]}`}
          >
            {format(t.assumptions.defaultIs, { value: formatPlain(fallback, lang) })}
          </button>
        ) : null}
      </p>
    </li>
  );
}

/**
 * Every assumption, by group (v3 adds long context's), and in v3 the accuracies and cost per correct
 * answer above them. `action`: the page the accuracy form loads without the code (the article's by default).
 */
export function AssumptionsPanel({ action, options }: { action?: string; options?: Record<string, string> } = {}) {
  const t = useStrings();
  const v3 = useCalculator((s) => s.scenario.version >= 3);
  const groups = v3 ? ALL_ASSUMPTION_GROUPS : ASSUMPTION_GROUPS;
  return (
    <>
      {v3 ? <AccuracyPanel action={action ?? localPath(t.lang, "")} options={options} /> : null}
      <AssumptionsDetails groups={groups} />
    </>
  );
}

function AssumptionsDetails({ groups }: { groups: typeof ALL_ASSUMPTION_GROUPS }) {
  const t = useStrings();
  return (
    <details className="group rounded-xl border border-slate-200 dark:border-slate-800" data-testid="assumptions">
      <summary className="cursor-pointer list-none px-4 py-3 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-sky-600">
        <span className="mr-1 inline-block transition-transform group-open:rotate-90" aria-hidden>
          ▸
        </span>
        {t.assumptions.heading}
        <span className="block pl-4 text-xs font-normal text-slate-500 dark:text-slate-400">{t.assumptions.intro}</span>
      </summary>
      <div className="grid gap-4 px-2 pb-3">
        {groups.map((g) => (
          <fieldset key={g}>
            <legend className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {t.assumptions.groups[g]}
            </legend>
            <ul>
              {ASSUMPTION_KEYS.filter((k) => assumptionSpecs[k].group === g).map((k) => (
                <AssumptionRow key={k} k={k} />
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </details>
  );
}
