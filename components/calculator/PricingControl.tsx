"use client";
import { useId } from "react";
import { useStrings } from "@/components/i18n/context";
import { priceSetDoc, sourcesOf } from "@/lib/price-set-docs";
import { CURRENT_PRICE_SETS, isPriceSetId, priceSet } from "@/lib/price-sets";
import { withPriceSet } from "@/lib/scenario";
import { useCalculator } from "./store";
import { format } from "@/lib/i18n/format";

/** Choose whose prices the model uses: one of today's dated, sourced price sets (or the link's retired one). */
export function PricingControl() {
  const t = useStrings();
  const lang = t.lang;
  const id = useId();
  const scenario = useCalculator((s) => s.scenario);
  const replaceScenario = useCalculator((s) => s.replaceScenario);
  const current = priceSet(scenario.pricing);
  const doc = priceSetDoc(scenario.pricing);
  const sources = sourcesOf(scenario.pricing);
  // The link's own set is always there, even when it is not one of today's (a retired set, or a
  // v2 set on a v2 link): the picker never shows a set the numbers do not use.
  const options = current && !CURRENT_PRICE_SETS.includes(current) ? [...CURRENT_PRICE_SETS, current] : CURRENT_PRICE_SETS;
  return (
    <div className="grid min-w-0 gap-1 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700 dark:text-slate-200">
        {t.pricing.heading}
      </label>
      <select
        id={id}
        value={scenario.pricing}
        data-testid="pricing-preset"
        onChange={(e) => {
          if (isPriceSetId(e.target.value)) replaceScenario(withPriceSet(scenario, e.target.value));
        }}
        className="w-full min-w-0 truncate rounded-md border border-slate-300 bg-white px-2 py-1 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900"
      >
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name[lang]}
            {p.status === "retired" ? ` (${t.pricing.retired})` : ""}
          </option>
        ))}
      </select>
      {doc && current ? (
        <div className="text-xs text-slate-600 dark:text-slate-400" data-testid="pricing-preset-note">
          <p>{doc.description[lang]}</p>
          <p className="mt-0.5">
            {t.pricing.sources}:{" "}
            {sources.map((url, i) => (
              <span key={url}>
                {i > 0 ? " · " : ""}
                <a href={url} target="_blank" rel="noreferrer" className="break-all text-sky-700 underline dark:text-sky-300">
                  {new URL(url).hostname.replace(/^www\./, "")}
                </a>
              </span>
            ))}{" "}
            ({format(t.pricing.asOf, { date: current.asOf })})
          </p>
        </div>
      ) : null}
    </div>
  );
}
