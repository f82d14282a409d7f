import { describe, expect, it } from "vitest";
import { QUIZ, recommend, type QuizAnswers } from "./decision";

const ragCheaper = { ragVsFt: { cheaper: "rag" as const, difference: 1000 } };
const ftCheaper = { ragVsFt: { cheaper: "ft" as const, difference: 1000 } };
const reason = () => ({ zh: "成本", en: "cost" });

describe("the questionnaire", () => {
  it("has the article's five questions, each with distinct answers", () => {
    expect(QUIZ.map((q) => q.id)).toEqual(["freshness", "scale", "citations", "latency", "risk"]);
    for (const q of QUIZ) expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
  });

  it("with no answers follows the cost result", () => {
    expect(recommend({}, ragCheaper, reason).choice).toBe("rag");
    expect(recommend({}, ftCheaper, reason).choice).toBe("ft");
  });

  it("recommends RAG for fresh, cited knowledge, even if fine-tuning is cheaper", () => {
    const a: QuizAnswers = { freshness: "often", citations: "yes", latency: "relaxed" };
    const r = recommend(a, ftCheaper, reason);
    // RAG 2 + 2 = 4, FT 2 (cost): gap 2.
    expect(r.scores).toEqual({ rag: 4, ft: 2 });
    expect(r.choice).toBe("rag");
    expect(r.reasons.map((x) => x.side)).toEqual(["rag", "rag", "ft"]);
  });

  it("recommends fine-tuning for stable knowledge, one task and a tight latency budget", () => {
    const a: QuizAnswers = { freshness: "rarely", scale: "focused", citations: "no", latency: "strict", risk: "dependency" };
    expect(recommend(a, ragCheaper, reason)).toMatchObject({ choice: "ft", scores: { rag: 2, ft: 5 } });
  });

  it("recommends the hybrid when both sides have strong reasons", () => {
    const a: QuizAnswers = { citations: "yes", latency: "strict" };
    const r = recommend(a, { ragVsFt: { cheaper: null, difference: 0 } }, reason);
    expect(r.scores).toEqual({ rag: 2, ft: 2 });
    expect(r.choice).toBe("hybrid");
    expect(r.reasons.at(-1)!.side).toBe("hybrid");
  });
});
