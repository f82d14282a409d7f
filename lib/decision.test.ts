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
      const r = recommend({ citations: "no" }, v.threeWay, reason);
      expect(r.reasons.map((x) => x.side)).toEqual([v.cheapest]);
    }
  });
});

describe("the latency question agrees with the model's latency ranges", () => {
  /**
   * Time to the first token at each current set's defaults, as /api/v1/estimate answers
   * (approaches.ft.latencyMs, approaches.rag.latencyMs), pinned: [ft low, ft high, rag low, rag high].
   */
  const PINNED: Record<string, [number, number, number, number]> = {
    "bedrock-nova-micro": [230, 410, 605, 1510],
    "vertex-gemini-3-5-flash-lite": [320, 1080, 695, 2180],
    "together-qwen3-8b-dedicated": [58, 290, 358, 1140],
    "runpod-qwen3-8b-lora": [58, 290, 358, 1140],
  };
  const latency = QUIZ.find((q) => q.id === "latency")!;
  const msIn = (s: string) => [...s.matchAll(/(\d[\d,]*)\s*(?:ms|毫秒)/g)].map((m) => Number(m[1]!.replace(/,/g, "")));

  it("names no budget that fine-tuning's own estimate misses at any current set's defaults", () => {
    const slowestFt = Math.max(...Object.values(PINNED).map((r) => r[1]));
    for (const o of latency.options)
      for (const lang of ["zh", "en"] as const)
        for (const ms of msIn(o.label[lang])) {
          expect(ms, `${o.id} (${lang}): ${o.label[lang]}`).toBeGreaterThanOrEqual(slowestFt);
        }
  });

  it("the model's ranges are the pinned ones, and retrieval adds a few hundred ms to a second, as the options say", () => {
    for (const [p, [ftLow, ftHigh, ragLow, ragHigh]] of Object.entries(PINNED)) {
      const e = estimate(parseScenario(new URLSearchParams({ p })).scenario).approaches;
      expect([e.ft.latencyMs.low, e.ft.latencyMs.high, e.rag.latencyMs.low, e.rag.latencyMs.high].map(Math.round)).toEqual([
        ftLow,
        ftHigh,
        ragLow,
        ragHigh,
      ]);
      // "the few hundred milliseconds retrieval adds" / "an extra half second to a second".
      expect(ragLow - ftLow).toBeGreaterThanOrEqual(200);
      expect(ragHigh - ftHigh).toBeLessThanOrEqual(1100);
    }
  });
});
