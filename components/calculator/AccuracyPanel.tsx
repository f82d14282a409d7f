"use client";
/**
 * Accuracy and cost per correct answer (model v3): the task kind whose published studies give each
 * approach's accuracy, an accuracy per approach the reader may type instead, and the cost per correct
 * answer once any is set. The fields sit in a GET form named with the link's keys (`task`,
 * `acc_rag`, …, see lib/form.ts), so they work before and without the code; once it is here they
 * update the answer at once. Nothing is set by default, and then nothing here claims to know.
 */
import { useId, useState } from "react";
import { useStrings } from "@/components/i18n/context";
import { ACCURACY_SPEC, type AccuracyStudy, type ApproachAccuracy } from "@/lib/accuracy";
import { formatUnitPrice } from "@/lib/format";
import { format } from "@/lib/i18n/format";
import { PERCENT_PARAM } from "@/lib/form";
import { ALL_APPROACHES, type AnyApproach, type Range } from "@/lib/model";
import { SERIES_VAR } from "@/lib/palette";
import { ACCURACY_PARAMS, TASK_PARAM, parseNumber } from "@/lib/scenario";
import { TASKS } from "@/lib/task-evidence";
import { numberInputClass, useTakeUp } from "./NumberField";
import { ScenarioForm } from "./ScenarioForm";
import { usePerCorrect } from "./per-correct";
import { useCalculator, useDerived } from "./store";

/** A share as the field shows it, in percent: 0.85 → "85", 0.705 → "70.5". */
const percentText = (share: number | undefined) => (share === undefined ? "" : String(Math.round(share * 1000) / 10));
const percentRange = (r: Range) =>
  r.low === r.high ? `${percentText(r.low)}%` : `${percentText(r.low)}–${percentText(r.high)}%`;

/** "Table 2 (main results; …)" → "Table 2". */
const tableRef = (s: AccuracyStudy) => s.table.split(/ \(|\. /)[0]!;
const arxivUrl = (s: AccuracyStudy) => `https://arxiv.org/abs/${s.arxiv}`;

/** What the field's text means: a share, nothing (not set), or text it cannot read. */
function readPercent(text: string): { ok: true; share: number | undefined } | { ok: false } {
  const t = text.trim().replace(/%$/, "");
  if (t === "") return { ok: true, share: undefined };
  const n = parseNumber(t);
  if (Number.isNaN(n)) return { ok: false };
  return { ok: true, share: Math.min(ACCURACY_SPEC.max, Math.max(ACCURACY_SPEC.min, n / 100)) };
}

function AccuracyField({ approach, view }: { approach: AnyApproach; view: ApproachAccuracy }) {
  const t = useStrings();
  const id = useId();
  const typed = useCalculator((s) => s.scenario.accuracy?.[approach]);
  const setAccuracy = useCalculator((s) => s.setAccuracy);
  const task = useCalculator((s) => TASKS.find((k) => k.id === s.scenario.task));
  const shown = percentText(typed);
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null);
  const [bad, setBad] = useState<{ given: string; base: string } | null>(null);
  const liveDraft = draft && draft.base === shown ? draft.text : null;
  const liveBad = bad && bad.base === shown ? bad : null;
  const apply = (text: string) => {
    const r = readPercent(text);
    setDraft(null);
    if (!r.ok) {
      setBad({ given: text.trim().slice(0, 32), base: shown });
      return;
    }
    setBad(null);
    if (r.share !== typed) setAccuracy(approach, r.share);
  };
  const ref = useTakeUp<HTMLInputElement>(shown, (el) => apply(el.value));
  const fromTask = task?.accuracy[approach];
  const hint =
    view.source === "typed"
      ? t.perCorrect.typed
      : view.source === "task" && fromTask
        ? `${t.perCorrect.fromTask} ${percentRange(fromTask)}`
        : view.reason === "task-lacks-approach"
          ? t.perCorrect.lacks
          : t.perCorrect.notSet;
  const messageId = `${id}-message`;
  return (
    <li className="grid grid-cols-[1fr_5.5rem] items-center gap-x-3 gap-y-0.5 px-2 py-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        <span className="mr-1.5 inline-block size-2.5 rounded-full" style={{ background: SERIES_VAR[approach] }} aria-hidden />
        {t.approach[approach]} · {t.perCorrect.accuracy} (%)
      </label>
      <input
        id={id}
        ref={ref}
        name={ACCURACY_PARAMS[approach]}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder={fromTask && view.source === "task" ? percentRange(fromTask).replace("%", "") : ""}
        value={liveDraft ?? shown}
        aria-invalid={liveBad ? true : undefined}
        aria-describedby={messageId}
        className={numberInputClass}
        data-testid={`accuracy-${approach}`}
        onChange={(e) => setDraft({ text: e.target.value, base: shown })}
        onBlur={(e) => apply(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            apply(e.currentTarget.value);
          }
        }}
      />
      <p id={messageId} aria-live="polite" className="col-span-2 text-xs text-slate-500 dark:text-slate-400">
        {liveBad ? (
          <span className="font-medium text-red-700 dark:text-red-300">
            {format(t.perCorrect.invalid, { given: liveBad.given })}
          </span>
        ) : (
          <>
            {hint}
            {view.source === "task" && task
              ? task.studies.map((s) => (
                  <span key={s.arxiv}>
                    {" · "}
                    <a href={arxivUrl(s)} target="_blank" rel="noreferrer" className="text-sky-700 underline dark:text-sky-300">
                      arXiv {s.arxiv}
                    </a>
                    {`, ${tableRef(s)}`}
                  </span>
                ))
              : null}
          </>
        )}
      </p>
    </li>
  );
}

function TaskPicker() {
  const t = useStrings();
  const id = useId();
  const task = useCalculator((s) => s.scenario.task ?? "");
  const setTask = useCalculator((s) => s.setTask);
  const ref = useTakeUp<HTMLSelectElement>(task, (el) => setTask(el.value || null));
  const current = TASKS.find((k) => k.id === task);
  return (
    <div className="grid gap-1 px-2">
      <label htmlFor={id} className="text-sm font-medium">
        {t.perCorrect.task}
      </label>
      <select
        id={id}
        ref={ref}
        name={TASK_PARAM}
        value={task}
        onChange={(e) => setTask(e.target.value || null)}
        className="tap w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        data-testid="task"
      >
        <option value="">{t.perCorrect.taskNone}</option>
        {TASKS.map((k) => (
          <option key={k.id} value={k.id}>
            {k.label[t.lang]}
          </option>
        ))}
      </select>
      {current ? (
        <ul className="text-xs text-slate-600 dark:text-slate-400" data-testid="task-studies">
          {current.studies.map((s) => (
            <li key={s.arxiv}>
              {t.perCorrect.studies}:{" "}
              <a href={arxivUrl(s)} target="_blank" rel="noreferrer" className="text-sky-700 underline dark:text-sky-300">
                {s.paper}
              </a>
              , {tableRef(s)} ({format(t.assumptions.asOf, { date: s.checked })})
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Each approach's accuracy and cost per correct answer (all costs, and queries only), as a table. */
function PerCorrectTable() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const perCorrect = usePerCorrect();
  if (!perCorrect || perCorrect.compared.length === 0) return null;
  const price = (r: Range) =>
    r.low === r.high
      ? formatUnitPrice(r.low, scenario, lang)
      : format(t.perCorrect.range, {
          low: formatUnitPrice(r.low, scenario, lang),
          high: formatUnitPrice(r.high, scenario, lang),
        });
  const rows = ALL_APPROACHES.filter((a) => perCorrect.approaches[a].reason !== "infeasible");
  return (
    <div className="overflow-x-auto px-2">
      <table className="w-full border-collapse text-xs" data-testid="per-correct-table">
        <caption className="sr-only">{t.perCorrect.heading}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500 dark:border-slate-700 dark:text-slate-400">
            <th scope="col" className="py-1.5 pr-2 font-medium">
              {t.results.approach}
            </th>
            <th scope="col" className="px-1 py-1.5 text-right font-medium">
              {t.perCorrect.accuracy}
            </th>
            <th scope="col" className="px-1 py-1.5 text-right font-medium">
              {t.perCorrect.perCorrect}
            </th>
            <th scope="col" className="py-1.5 pl-1 text-right font-medium">
              {t.perCorrect.marginal}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const v = perCorrect.approaches[a];
            const best = perCorrect.cheapestPerCorrect === a;
            return (
              <tr key={a} className="border-b border-slate-100 dark:border-slate-800" data-testid={`per-correct-${a}`}>
                <th scope="row" className="py-1.5 pr-2 text-left font-medium">
                  {t.approach[a]}
                  {best ? (
                    <span className="ml-1 inline-block rounded bg-emerald-100 px-1 text-[0.65rem] leading-4 font-semibold whitespace-nowrap text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200">
                      {t.results.cheapest}
                    </span>
                  ) : null}
                </th>
                <td className="px-1 py-1.5 text-right tabular-nums">
                  {v.accuracy ? percentRange(v.accuracy) : t.perCorrect.notSet}
                </td>
                <td className="px-1 py-1.5 text-right tabular-nums">{v.perCorrect ? price(v.perCorrect) : "—"}</td>
                <td className="py-1.5 pl-1 text-right tabular-nums">
                  {v.perCorrectMarginal ? price(v.perCorrectMarginal) : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t.perCorrect.tableHelp}</p>
    </div>
  );
}

/** The task kind, the accuracies and the cost per correct answer; nothing before model v3. */
export function AccuracyPanel({ action, options }: { action: string; options?: Record<string, string> }) {
  const t = useStrings();
  const headingId = useId();
  const { estimate } = useDerived();
  const perCorrect = usePerCorrect();
  if (!perCorrect) return null;
  // Long context's accuracy is asked for only where it exists.
  const approaches = ALL_APPROACHES.filter((a) => estimate.approaches[a] !== undefined);
  return (
    <section
      aria-labelledby={headingId}
      className="grid gap-3 rounded-xl border border-slate-200 py-3 dark:border-slate-800"
      data-testid="per-correct"
    >
      <div className="px-4">
        <h3 id={headingId} className="text-sm font-semibold">
          {t.perCorrect.heading}
        </h3>
        <p className="text-xs text-slate-500 dark:text-slate-400">{t.perCorrect.intro}</p>
      </div>
      <ScenarioForm
        action={action}
        options={options}
        fields={[]}
        names={[TASK_PARAM, ...approaches.map((a) => ACCURACY_PARAMS[a])]}
        currency={false}
        className="grid gap-2"
      >
        <input type="hidden" name={PERCENT_PARAM} value="1" />
        <TaskPicker />
        <ul>
          {approaches.map((a) => (
            <AccuracyField key={a} approach={a} view={perCorrect.approaches[a]} />
          ))}
        </ul>
        <p className="px-2 text-xs text-slate-500 dark:text-slate-400">{t.perCorrect.accuracyHelp}</p>
      </ScenarioForm>
      <PerCorrectTable />
    </section>
  );
}
