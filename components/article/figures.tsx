"use client";
/** The interactive figures inside the article, bound to the same store as the calculator. */
import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/components/site/useHydrated";
import { formatCorpus, formatMoney, formatMonths, formatQueries, formatUpdates } from "@/lib/format";
import { QUIZ, recommend, type QuizAnswers } from "@/lib/decision";
import { BreakdownFigure } from "@/components/calculator/BreakdownFigure";
import { CumulativeFigure } from "@/components/calculator/Charts";
import { LatencyPanel, StalenessPanel } from "@/components/calculator/LatencyPanel";
import { useCalculator, useDerived } from "@/components/calculator/store";
import { useStrings } from "@/components/i18n/context";
import { quizCostReason } from "@/lib/i18n/text";
import { format } from "@/lib/i18n/format";

function FigureFrame({ children, testId }: { children: React.ReactNode; testId: string }) {
  const t = useStrings();
  const s = useCalculator((st) => st.scenario);
  const lang = t.lang;
  return (
    <div
      className="not-prose my-6 grid gap-3 rounded-xl border border-sky-200 bg-sky-50/40 p-4 dark:border-sky-900 dark:bg-sky-950/20"
      data-testid={testId}
    >
      <p className="flex flex-wrap items-baseline justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span>
          <span className="mr-2 rounded bg-sky-100 px-1.5 py-0.5 font-semibold text-sky-800 dark:bg-sky-900 dark:text-sky-200">
            {t.article.ourAddition}
          </span>
          {t.article.currentScenario}: {formatQueries(s.queriesPerDay, lang)} · {formatUpdates(s.updatesPerMonth, lang)} ·{" "}
          {formatCorpus(s.corpusTokens, lang)} · {formatMonths(s.horizonMonths, lang)}
        </span>
        <a href="#calculator" className="text-sky-700 underline dark:text-sky-300">
          {t.article.adjust}
        </a>
      </p>
      {children}
    </div>
  );
}

export function LatencyFigure() {
  const t = useStrings();
  return (
    <FigureFrame testId="article-latency">
      <LatencyPanel context={t.article.inArticle} />
    </FigureFrame>
  );
}

export function CostCurvesFigure() {
  const t = useStrings();
  return (
    <FigureFrame testId="article-cost">
      <CumulativeFigure />
      <BreakdownFigure />
      <StalenessPanel context={t.article.inArticle} />
    </FigureFrame>
  );
}

export function DecisionQuiz() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const { verdict } = useDerived();
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const formId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();
  // Answers ticked before the code arrived (the server's HTML is plain radios) are taken up.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const ticked: QuizAnswers = {};
    for (const q of QUIZ) {
      const checked = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${formId}-${q.id}`)}"]:checked`);
      if (checked) Object.assign(ticked, { [q.id]: checked.value });
    }
    // Once, on arrival: the DOM is what the reader did before React was there to hear it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (Object.keys(ticked).length > 0) setAnswers(ticked);
  }, [formId]);
  // The verdict's own comparison (cheapest against runner-up), so both always name the same approach.
  // The questionnaire weighs RAG against fine-tuning, so it reads the verdict's three-way ranking
  // (the same as the verdict in v1 and v2; v3 adds long context, which the questions do not cover).
  // The page holds its own language's messages only, and the reason is shown in that language.
  const cost = verdict.threeWay;
  const r = recommend(answers, cost, () => {
    const text = quizCostReason(
      t,
      cost.cheapest,
      cost.runnerUp,
      formatMoney(cost.saving, scenario, lang),
      formatMonths(scenario.horizonMonths, lang),
    );
    return { zh: text, en: text };
  });
  return (
    <div className="not-prose my-6 rounded-xl border border-sky-200 p-4 dark:border-sky-900" data-testid="quiz">
      <p className="text-xs">
        <span className="mr-2 rounded bg-sky-100 px-1.5 py-0.5 font-semibold text-sky-800 dark:bg-sky-900 dark:text-sky-200">
          {t.article.ourAddition}
        </span>
        <span className="font-semibold">{t.quiz.heading}</span>
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{t.quiz.intro}</p>
      {/* The result follows every answer as it is given; the submit button takes the reader to it. */}
      <form
        ref={formRef}
        className="mt-3 grid gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          resultRef.current?.focus();
          resultRef.current?.scrollIntoView({ block: "nearest" });
        }}
        aria-describedby={`${formId}-result`}
      >
        {QUIZ.map((q) => (
          <fieldset key={q.id} className="grid gap-1.5">
            <legend className="mb-1 text-sm font-medium">{q.label[lang]}</legend>
            {q.options.map((o) => (
              <label key={o.id} className="flex cursor-pointer items-start gap-2 text-sm">
                <input
                  type="radio"
                  name={`${formId}-${q.id}`}
                  value={o.id}
                  checked={answers[q.id] === o.id}
                  onChange={() => setAnswers((a) => ({ ...a, [q.id]: o.id }))}
                  className="mt-1 accent-sky-600"
                  data-testid={`quiz-${q.id}-${o.id}`}
                />
                <span>{o.label[lang]}</span>
              </label>
            ))}
          </fieldset>
        ))}
        {/* It works only with the code (the result is computed in the page), so it is enabled only then. */}
        <button
          type="submit"
          disabled={!hydrated}
          className="tap w-fit rounded-md bg-sky-800 disabled:opacity-50 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200 dark:focus-visible:outline-sky-300"
          data-testid="quiz-submit"
        >
          {t.quiz.submit}
        </button>
      </form>
      <div
        id={`${formId}-result`}
        ref={resultRef}
        tabIndex={-1}
        aria-live="polite"
        className="mt-4 rounded-lg bg-slate-50 p-3 focus-visible:outline-2 focus-visible:outline-sky-700 dark:bg-slate-900 dark:focus-visible:outline-sky-300"
        data-testid="quiz-result"
      >
        {r.choice === null ? (
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="quiz-prompt">
            {t.quiz.prompt}
          </p>
        ) : (
          <>
            <p className="text-sm">
              {t.quiz.result}:{" "}
              <strong className="text-base" data-testid="quiz-choice">
                {t.quiz.choice[r.choice]}
              </strong>
              <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
                {format(t.quiz.score, { ragScore: r.scores.rag, ftScore: r.scores.ft })}
              </span>
            </p>
            <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {t.quiz.reasons}
            </p>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {r.reasons.map((reason, i) => (
                <li key={i}>
                  <span className="font-medium">{reason.side === "hybrid" ? t.quiz.choice.hybrid : t.approach[reason.side]}</span>
                  : {reason.text[lang]}
                </li>
              ))}
            </ul>
          </>
        )}
        {Object.keys(answers).length > 0 ? (
          <button
            type="button"
            onClick={() => setAnswers({})}
            className="tap mt-2 text-xs text-sky-700 underline dark:text-sky-300"
          >
            {t.quiz.clear}
          </button>
        ) : null}
      </div>
    </div>
  );
}
