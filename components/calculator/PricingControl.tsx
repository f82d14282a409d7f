"use client";
import { useId } from "react";
import { useStrings } from "@/components/i18n/context";
import { useExtraStrings } from "@/components/i18n/extra";
import { pricingPresetDocs } from "@/lib/pricing-preset-docs";
import { PRICING_PRESETS } from "@/lib/pricing-presets";
import { assumptionDefaults } from "@/lib/scenario";
import { useCalculator } from "./store";

/** Choose whose prices the model uses: v1's defaults or a dated, sourced preset. */
export function PricingControl() {
  const t = useStrings();
  const x = useExtraStrings();
  const lang = t.lang;
  const id = useId();
  const scenario = useCalculator((s) => s.scenario);
  const replaceScenario = useCalculator((s) => s.replaceScenario);
  const preset = scenario.pricing ? pricingPresetDocs[scenario.pricing] : undefined;
  return (
    <div className="grid min-w-0 gap-1 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700 dark:text-slate-200">
        {x.pricing.heading}
      </label>
      <select
        id={id}
        value={scenario.pricing ?? ""}
        data-testid="pricing-preset"
        onChange={(e) => {
          const pricing = e.target.value || null;
          replaceScenario({ ...scenario, pricing, assumptions: assumptionDefaults(pricing) });
        }}
        className="w-full min-w-0 truncate rounded-md border border-slate-300 bg-white px-2 py-1 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900"
      >
        <option value="">{x.pricing.v1}</option>
        {PRICING_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {pricingPresetDocs[p.id]!.label[lang]}
          </option>
        ))}
      </select>
      {preset ? (
        <div className="text-xs text-slate-600 dark:text-slate-400" data-testid="pricing-preset-note">
          <p>{preset.description[lang]}</p>
          {preset.derivation ? <p className="mt-0.5">{preset.derivation[lang]}</p> : null}
          <p className="mt-0.5">
            {x.pricing.sources}:{" "}
            {preset.sources.map((s, i) => (
              <span key={s.url}>
                {i > 0 ? " · " : ""}
                <a href={s.url} target="_blank" rel="noreferrer" className="text-sky-700 underline dark:text-sky-300">
                  {s.label}
                </a>
              </span>
            ))}{" "}
            ({x.pricing.asOf(preset.asOf)})
          </p>
        </div>
      ) : null}
    </div>
  );
}
