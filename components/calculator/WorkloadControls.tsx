"use client";
import { workloadSpecs, type WorkloadKey } from "@/lib/assumptions";
import { formatCorpus, formatCorpusBytes, formatMonths, formatQueries, formatUpdates } from "@/lib/format";
import { SLIDER_PARAMS, originParam } from "@/lib/form";
import { sliderScale } from "@/lib/scales";
import type { QuantityKind } from "@/lib/quantity";
import { numberInputClass, useNumberField, useTakeUp } from "./NumberField";
import { useCalculator } from "./store";
import { useStrings } from "@/components/i18n/context";

interface SliderRowProps {
  field: WorkloadKey;
  valueText: string;
  hint?: string;
  unit: string;
  kind?: QuantityKind;
}

/**
 * One workload input: a slider and the exact value typed beside it, both named as the calculator's
 * form sends them (lib/form.ts), so they work as a plain form before and without the code.
 */
function SliderRow({ field, valueText, hint, unit, kind }: SliderRowProps) {
  const t = useStrings();
  const value = useCalculator((s) => s.scenario[field]);
  const setWorkload = useCalculator((s) => s.setWorkload);
  const spec = workloadSpecs[field];
  const scale = sliderScale(field);
  const position = scale.position(value);
  const onPosition = (p: number) => setWorkload({ [field]: scale.value(p) });
  const slider = useTakeUp<HTMLInputElement>(String(position), (el) => onPosition(Number(el.value)));
  const typed = useNumberField({ value, range: spec, kind, name: spec.url, onCommit: (n) => setWorkload({ [field]: n }) });
  const id = `slider-${spec.url}`;
  return (
    <div className="grid gap-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="shrink-0 whitespace-nowrap text-sm font-medium text-slate-700 dark:text-slate-200">
          {spec.label[t.lang]}
        </label>
        <output
          htmlFor={id}
          className="text-right text-[13px] font-semibold tabular-nums text-slate-900 sm:text-sm dark:text-white"
          data-testid={`${field}-value`}
        >
          {valueText}
        </output>
      </div>
      <div className="flex items-center gap-3">
        <input type="hidden" name={originParam(SLIDER_PARAMS[field])} value={position} />
        <input
          ref={slider}
          id={id}
          name={SLIDER_PARAMS[field]}
          type="range"
          min={scale.min}
          max={scale.max}
          step={1}
          value={position}
          aria-valuetext={valueText}
          onChange={(e) => onPosition(Number(e.target.value))}
          className="range tap h-6 min-w-0 flex-1 cursor-pointer"
          data-testid={`${field}-slider`}
        />
        <span className="w-28 shrink-0">
          <input
            {...typed.inputProps}
            aria-label={t.lang === "zh" ? `${spec.label.zh}（${unit}）` : `${spec.label.en} (${unit})`}
            title={t.lang === "zh" ? `${t.calculator.typed}（${unit}）` : `${t.calculator.typed} (${unit})`}
            className={numberInputClass}
            data-testid={`${field}-input`}
          />
        </span>
      </div>
      {hint ? <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p> : null}
      {typed.message}
    </div>
  );
}

/** The sliders; `fields` picks which (all four by default, in this order). */
export function WorkloadControls({
  fields = ["queriesPerDay", "updatesPerMonth", "corpusTokens", "horizonMonths"],
}: {
  fields?: readonly WorkloadKey[];
}) {
  const t = useStrings();
  const lang = t.lang;
  const s = useCalculator((st) => st.scenario);
  return (
    <div className="grid gap-3 sm:gap-4">
      {fields.includes("queriesPerDay") ? (
        <SliderRow
          field="queriesPerDay"
          valueText={formatQueries(s.queriesPerDay, lang)}
          unit={workloadSpecs.queriesPerDay.unit[lang]}
        />
      ) : null}
      {fields.includes("updatesPerMonth") ? (
        <SliderRow field="updatesPerMonth" valueText={formatUpdates(s.updatesPerMonth, lang)} unit={t.calculator.perMonthUnit} />
      ) : null}
      {fields.includes("corpusTokens") ? (
        <SliderRow
          field="corpusTokens"
          valueText={formatCorpus(s.corpusTokens, lang)}
          hint={`${formatCorpusBytes(s.corpusTokens, lang)} · ${t.calculator.input.corpusHint}`}
          unit="tokens"
          kind="corpus"
        />
      ) : null}
      {fields.includes("horizonMonths") ? (
        <SliderRow
          field="horizonMonths"
          valueText={formatMonths(s.horizonMonths, lang)}
          unit={workloadSpecs.horizonMonths.unit[lang]}
        />
      ) : null}
    </div>
  );
}
