import { describe, expect, it } from "vitest";
import { QUIZ, recommend, type QuizAnswers } from "./decision";
import { estimate } from "./model";
import { parseScenario } from "./scenario";
import { compareTotals, verdictOf } from "./verdict";

const ragCheapest = compareTotals({ rag: 1000, hybrid: 1500, ft: 2000 });
const ftCheapest = compareTotals({ rag: 2000, hybrid: 2500, ft: 1000 });
const hybridCheapest = compareTotals({ rag: 2000, hybrid: 1000, ft: 3000 });
const reason = () => ({ zh: "成本", en: "cost" });

describe("the questionnaire", () => {
  it("has the article's five questions, each with distinct answers", () => {
    expect(QUIZ.map((q) => q.id)).toEqual(["freshness", "scale", "citations", "latency", "risk"]);
    for (const q of QUIZ) expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
  });

  it("is neutral before any answer: no choice, no points, no reasons, whatever the cost", () => {
    for (const cost of [ragCheapest, ftCheapest, hybridCheapest]) {
      expect(recommend({}, cost, reason)).toEqual({ answered: 0, choice: null, scores: { rag: 0, ft: 0 }, reasons: [] });
    }
  });

  it("with only neutral answers follows the cost result", () => {
    const a: QuizAnswers = { freshness: "sometimes" };
    expect(recommend(a, ragCheapest, reason)).toMatchObject({ answered: 1, choice: "rag", scores: { rag: 2, ft: 0 } });
    expect(recommend(a, ftCheapest, reason)).toMatchObject({ answered: 1, choice: "ft", scores: { rag: 0, ft: 2 } });
    // The hybrid cheapest: a point to each side, a tie, so the hybrid.
    expect(recommend(a, hybridCheapest, reason)).toMatchObject({ choice: "hybrid", scores: { rag: 1, ft: 1 } });
  });

  it("recommends RAG for fresh, cited knowledge, even if fine-tuning is cheaper", () => {
    const a: QuizAnswers = { freshness: "often", citations: "yes", latency: "relaxed" };
    const r = recommend(a, ftCheapest, reason);
    // RAG 2 + 2 = 4, FT 2 (cost): gap 2.
    expect(r.scores).toEqual({ rag: 4, ft: 2 });
    expect(r.choice).toBe("rag");
    expect(r.reasons.map((x) => x.side)).toEqual(["rag", "rag", "ft"]);
  });

  it("recommends fine-tuning for stable knowledge, one task and a tight latency budget", () => {
    const a: QuizAnswers = { freshness: "rarely", scale: "focused", citations: "no", latency: "strict", risk: "dependency" };
    expect(recommend(a, ragCheapest, reason)).toMatchObject({ choice: "ft", scores: { rag: 2, ft: 5 } });
  });

  it("recommends the hybrid when both sides have strong reasons", () => {
    const a: QuizAnswers = { citations: "yes", latency: "strict" };
    const r = recommend(a, hybridCheapest, reason);
    expect(r.scores).toEqual({ rag: 3, ft: 3 });
    expect(r.choice).toBe("hybrid");
    expect(r.reasons.at(-1)!.side).toBe("hybrid");
  });

  it("gives the cost points to the approach the verdict names, not to a second comparison", () => {
    for (const q of ["v=1", "v=1&q=1000000", "v=1&u=never&q=100000", "v=1&q=10&h=60"]) {
      const s = parseScenario(q).scenario;
      const v = verdictOf(s, estimate(s));
      const r = recommend({ citations: "no" }, v, reason);
      expect(r.reasons.map((x) => x.side)).toEqual([v.cheapest]);
    }
  });
});
