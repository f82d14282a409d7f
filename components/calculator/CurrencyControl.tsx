"use client";
import { DEFAULT_FX, clampToSpec } from "@/lib/scenario";
import { NumberField } from "./NumberField";
import { useCalculator } from "./store";
import { useStrings } from "@/components/i18n/context";

export function CurrencyControl() {
  const t = useStrings();
  const currency = useCalculator((s) => s.scenario.currency);
  const fxRate = useCalculator((s) => s.scenario.fxRate);
  const setCurrency = useCalculator((s) => s.setCurrency);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">{t.calculator.currency}</legend>
        <span aria-hidden className="text-slate-600 dark:text-slate-300">
          {t.calculator.currency}
        </span>
        {(["USD", "CNY"] as const).map((c) => (
          <label key={c} className="flex cursor-pointer items-center gap-1">
            <input
              type="radio"
              name="currency"
              value={c}
              checked={currency === c}
              onChange={() => setCurrency(c)}
              className="accent-sky-600"
            />
            {c}
          </label>
        ))}
      </fieldset>
      {currency === "CNY" ? (
        <label className="flex items-center gap-2">
          <span className="text-slate-600 dark:text-slate-300">{t.calculator.fxRate}</span>
          <span className="w-20">
            <NumberField value={fxRate} onCommit={(n) => setCurrency("CNY", clampToSpec(DEFAULT_FX, n))} />
          </span>
          <a className="text-xs text-sky-700 underline dark:text-sky-300" href={DEFAULT_FX.source.url} target="_blank" rel="noreferrer">
            ECB {DEFAULT_FX.source.asOf}
          </a>
        </label>
      ) : null}
    </div>
  );
}
