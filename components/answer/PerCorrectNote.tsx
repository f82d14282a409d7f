"use client";
/**
 * The per-correct-answer verdict (model v3, once the reader sets an accuracy or a task kind): the
 * sentence of lib/accuracy.ts (the API's perCorrect.note) and, in the answer, each compared approach's
 * cost per correct answer. Loaded in its own chunk, only when accuracy is set (lazy-per-correct.tsx).
 */
import { useStrings } from "@/components/i18n/context";
import { useCalculator } from "@/components/calculator/store";
import { usePerCorrect } from "@/components/calculator/per-correct";
import { perCorrectNote } from "@/lib/accuracy";
import { formatUnitPrice, spaceCjk } from "@/lib/format";
import { format } from "@/lib/i18n/format";

export function PerCorrectNote({ variant }: { variant: "answer" | "verdict" }) {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const view = usePerCorrect();
  if (!view?.set) return null;
  const note = perCorrectNote(view);
  const sentence = t.lang === "zh" ? spaceCjk(note.zh) : note.en;
  if (variant === "verdict") {
    return (
      <p data-testid="verdict-sentence" className="mt-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
        {sentence}
      </p>
    );
  }
  // Each approach's cost per correct answer, all costs in, at the middle of its accuracy range.
  const parts = view.compared.map(
    (a) => `${t.approach[a]} ${formatUnitPrice(view.approaches[a].perCorrectMid!, scenario, t.lang)}`,
  );
  const list = format(t.perCorrect.answerLine, { list: parts.join(t.lang === "zh" ? "，" : ", ") });
  return (
    <p className="mt-1 text-[13px] leading-snug text-slate-700 sm:text-sm dark:text-slate-300" data-testid="answer-per-correct">
      {sentence}
      {parts.length > 0 ? (t.lang === "zh" ? spaceCjk(list) : ` ${list}`) : null}
    </p>
  );
}
