/**
 * Accuracy and cost per correct answer for a scenario (model v3), computed once per scenario object.
 * Kept out of the store's `derive` so that pages load lib/accuracy.ts's code only where they show it:
 * the accuracy panel, the per-correct sentence (loaded once accuracy is set) and the article's prose.
 */
import { perCorrectView, type PerCorrectView } from "@/lib/accuracy";
import { TASKS } from "@/lib/task-evidence";
import { derive, memoByScenario, useScenario } from "./store";

export const perCorrectOf = memoByScenario<PerCorrectView | null>((s) =>
  s.version >= 3 ? perCorrectView(s, derive(s).estimate, TASKS) : null,
);

export const usePerCorrect = () => perCorrectOf(useScenario());
