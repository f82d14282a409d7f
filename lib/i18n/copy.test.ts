import { describe, expect, it } from "vitest";
import { compareTotals, type Verdict } from "../verdict";
import { STRINGS } from ".";
import { ogBreakEven, quizCostReason, uncertaintyFlips, verdictSentences } from "./text";

const money = { currency: "USD" as const, fxRate: 6.8 };
const verdict = (over: Partial<Verdict>): Verdict => ({
  ...compareTotals({ rag: 2000, ft: 1000, hybrid: 2500 }),
  ragVsFt: { cheaper: "ft", difference: 1000 },
  breakEvenMonth: 12,
  cheaperFromBreakEven: "ft",
  breakEvenVolume: null,
  cheaperAboveVolume: null,
  threeWay: compareTotals({ rag: 2000, ft: 1000, hybrid: 2500 }),
  lcMissing: null,
  ...over,
});

describe("the verdict's wording", () => {
  it("says 'from the first month' rather than 'by month 1'", () => {
    const v = verdict({ breakEvenMonth: 1 });
    expect(verdictSentences(STRINGS.en, v, 24, money)[1]).toBe(
      "Fine-tuning costs more up front, but its running total is at or below RAG's from the first month on.",
    );
    expect(verdictSentences(STRINGS.zh, v, 24, money)[1]).toBe("微调前期更贵，但从第一个月起累计成本就不高于 RAG。");
    expect(ogBreakEven(STRINGS.en, v)).toMatch(/^Fine-tuning is cheaper from the first month/);
    expect(ogBreakEven(STRINGS.zh, v)).toMatch(/^微调从第一个月起更省/);
  });

  it("keeps 'by month 12' for later months", () => {
    expect(verdictSentences(STRINGS.en, verdict({}), 24, money)[1]).toContain("has caught up with RAG by month 12");
  });

  it("names approaches in lower case mid-sentence in English", () => {
    expect(uncertaintyFlips(STRINGS.en, "ft", "hybrid")).toBe(
      "The answer is not robust: with every assumption optimistic, fine-tuning is cheapest; with every one pessimistic, the hybrid is.",
    );
    expect(quizCostReason(STRINGS.en, "ft", "rag", "$1,000", "24 months")).toBe(
      "In the calculator's current scenario, fine-tuning costs least over 24 months: $1,000 less than RAG, the runner-up.",
    );
  });

  it("uses one word per concept", () => {
    const leaves: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") leaves.push(v);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(STRINGS);
    for (const text of leaves) expect(text).not.toMatch(/精调|语料|刷新|fine tuning|\bFT\b|corpus|refresh/i);
  });
});
