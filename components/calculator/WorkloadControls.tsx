"use client";
import { workloadSpecs, type WorkloadKey } from "@/lib/assumptions";
import { formatCorpus, formatCorpusBytes, formatMonths, formatQueries, formatUpdates } from "@/lib/format";
import { logScale, nearestUpdateStop, UPDATE_SLIDER_VALUES } from "@/lib/scales";
import type { QuantityKind } from "@/lib/quantity";
import { numberInputClass, useNumberField } from "./NumberField";
import { useCalculator } from "./store";
import { useStrings } from "@/components/i18n/context";

interface SliderRowProps {
  id: string;
  field: WorkloadKey;
  position: number;
  min: number;
  max: number;
  valueText: string;
  hint?: string;
  onPosition: (p: number) => void;
  value: number;
  unit: string;
  kind?: QuantityKind;
}

function SliderRow({ id, field, position, min, max, valueText, hint, onPosition, value, unit, kind }: SliderRowProps) {
  const t = useStrings();
  const setWorkload = useCalculator((s) => s.setWorkload);
  const spec = workloadSpecs[field];
  const typed = useNumberField({ value, range: spec, kind, onCommit: (n) => setWorkload({ [field]: n }) });
  return (
    <div className="grid gap-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="shrink-0 whitespace-nowrap text-sm font-medium text-slate-700 dark:text-slate-200">
          {spec.label[t.lang]}
        </label>
        <output
          htmlFor={id}
          className="text-right text-sm font-semibold tabular-nums text-slate-900 dark:text-white"
          data-testid={`${field}-value`}
        >
          {valueText}
        </output>
      </div>
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
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
  const setWorkload = useCalculator((st) => st.setWorkload);
  const q = workloadSpecs.queriesPerDay;
  const d = workloadSpecs.corpusTokens;
  const updateIndex = nearestUpdateStop(s.updatesPerMonth);
  return (
    <div className="grid gap-3 sm:gap-4">
      {fields.includes("queriesPerDay") ? (
        <SliderRow
          id="slider-q"
          field="queriesPerDay"
          position={logScale.position(q, s.queriesPerDay)}
          min={logScale.minPosition(q)}
          max={logScale.maxPosition(q)}
          valueText={formatQueries(s.queriesPerDay, lang)}
          onPosition={(p) => setWorkload({ queriesPerDay: logScale.value(q, p) })}
          value={s.queriesPerDay}
          unit={q.unit[lang]}
        />
      ) : null}
      {fields.includes("updatesPerMonth") ? (
        <SliderRow
          id="slider-u"
          field="updatesPerMonth"
          position={updateIndex}
          min={0}
          max={UPDATE_SLIDER_VALUES.length - 1}
          valueText={formatUpdates(s.updatesPerMonth, lang)}
          onPosition={(p) => setWorkload({ updatesPerMonth: UPDATE_SLIDER_VALUES[p]! })}
          value={s.updatesPerMonth}
          unit={t.calculator.perMonthUnit}
        />
      ) : null}
      {fields.includes("corpusTokens") ? (
        <SliderRow
          id="slider-d"
          field="corpusTokens"
          position={logScale.position(d, s.corpusTokens)}
          min={logScale.minPosition(d)}
          max={logScale.maxPosition(d)}
          valueText={formatCorpus(s.corpusTokens, lang)}
          hint={`${formatCorpusBytes(s.corpusTokens, lang)} · ${t.calculator.input.corpusHint}`}
          onPosition={(p) => setWorkload({ corpusTokens: logScale.value(d, p) })}
          value={s.corpusTokens}
          unit="tokens"
          kind="corpus"
        />
      ) : null}
      {fields.includes("horizonMonths") ? (
        <SliderRow
          id="slider-h"
          field="horizonMonths"
          position={s.horizonMonths}
          min={workloadSpecs.horizonMonths.min}
          max={workloadSpecs.horizonMonths.max}
          valueText={formatMonths(s.horizonMonths, lang)}
          onPosition={(p) => setWorkload({ horizonMonths: p })}
          value={s.horizonMonths}
          unit={workloadSpecs.horizonMonths.unit[lang]}
        />
      ) : null}
    </div>
  );
}
