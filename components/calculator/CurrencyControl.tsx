"use client";
import { DEFAULT_FX, type Currency } from "@/lib/params";
import { numberInputClass, useNumberField, useTakeUp } from "./NumberField";
import { useCalculator } from "./store";
import { useStrings } from "@/components/i18n/context";

export function CurrencyControl() {
  const t = useStrings();
  const currency = useCalculator((s) => s.scenario.currency);
  const fxRate = useCalculator((s) => s.scenario.fxRate);
  const setCurrency = useCalculator((s) => s.setCurrency);
  const fx = useNumberField({ value: fxRate, range: DEFAULT_FX, name: "fx", onCommit: (n) => setCurrency("CNY", n) });
  // A currency tapped before the code arrived is taken up when it does (see useTakeUp).
  const radios = {
    USD: useTakeUp<HTMLInputElement>(currency === "USD", (el) => el.checked && setCurrency("USD")),
    CNY: useTakeUp<HTMLInputElement>(currency === "CNY", (el) => el.checked && setCurrency("CNY")),
  } satisfies Record<Currency, unknown>;
  return (
    <div className="grid gap-1 text-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <fieldset className="flex items-center gap-2">
          <legend className="sr-only">{t.calculator.currency}</legend>
          <span aria-hidden className="text-slate-600 dark:text-slate-300">
            {t.calculator.currency}
          </span>
          {/* Each option is a pill the whole of which is the radio: a large target, the native control underneath. */}
          {(["USD", "CNY"] as const).map((c) => (
            <label
              key={c}
              className="tap relative flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1 has-checked:border-sky-600 has-checked:bg-sky-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-sky-600 dark:border-slate-600 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-950"
            >
              <input
                ref={radios[c]}
                type="radio"
                name="cur"
                value={c}
                checked={currency === c}
                onChange={() => setCurrency(c)}
                className="radio-fill accent-sky-600"
                data-testid={`currency-${c}`}
              />
              {c}
            </label>
          ))}
        </fieldset>
        {currency === "CNY" ? (
          <>
            <label className="flex items-center gap-2">
              <span className="text-slate-600 dark:text-slate-300">{t.calculator.fxRate}</span>
              <span className="w-20">
                <input {...fx.inputProps} className={numberInputClass} data-testid="fx-input" />
              </span>
            </label>
            <a
              className="tap inline-flex items-center text-xs text-sky-700 underline dark:text-sky-300"
              href={DEFAULT_FX.source.url}
              target="_blank"
              rel="noreferrer"
            >
              ECB {DEFAULT_FX.source.asOf}
            </a>
          </>
        ) : null}
      </div>
      {fx.message}
    </div>
  );
}
