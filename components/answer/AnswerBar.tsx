"use client";
import { useEffect, useState } from "react";
import { useStrings } from "@/components/i18n/context";
import { useCalculator, useDerived } from "@/components/calculator/store";
import { formatMoney, formatMonths } from "@/lib/format";
import { answerBar } from "@/lib/i18n/text";

/**
 * Once the answer has scrolled out of view, a slim bar under the header keeps it in sight (with its
 * horizon) and leads back up to the controls. It hides while the answer is on screen.
 */
export function AnswerBar() {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const { verdict, estimate } = useDerived();
  const [answerVisible, setAnswerVisible] = useState(true);
  useEffect(() => {
    const target = document.getElementById("answer");
    if (!target) return;
    const observer = new IntersectionObserver(([entry]) => setAnswerVisible(entry!.isIntersecting), { threshold: 0 });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);
  const total = formatMoney(estimate.approaches[verdict.cheapest]!.total, scenario, t.lang);
  return (
    <div
      className={`absolute inset-x-0 top-full h-12 border-b border-slate-200 bg-white/95 px-4 backdrop-blur transition-opacity print:hidden dark:border-slate-700 dark:bg-slate-900/95 ${
        answerVisible ? "pointer-events-none opacity-0" : "opacity-100"
      }`}
      aria-hidden={answerVisible}
      data-testid="answer-bar"
    >
      <div className="mx-auto flex h-full max-w-6xl items-center justify-between gap-3 text-sm">
        <span className="min-w-0 truncate" data-testid="answer-bar-text">
          {answerBar(t, t.answer.short[verdict.cheapest], total, formatMonths(scenario.horizonMonths, t.lang))}
        </span>
        <a
          href="#answer"
          tabIndex={answerVisible ? -1 : 0}
          className="inline-flex min-h-11 shrink-0 items-center rounded-full bg-sky-800 px-4 font-medium text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950"
          data-testid="jump-to-answer"
        >
          {t.answer.edit} <span aria-hidden>&nbsp;↑</span>
        </a>
      </div>
    </div>
  );
}
