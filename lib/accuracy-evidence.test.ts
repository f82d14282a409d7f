/**
 * The accuracy ranges are the papers' cells: each range below is pinned by hand to the lowest and
 * highest of the cells read from the table (LaRA Table 2, OP-RAG Table 1; see
 * docs/long-context-evidence.md), and each of those cells is quoted, as printed, in the study's `cells`.
 */
import { describe, expect, it } from "vitest";
import { TASK_EVIDENCE, type TaskEvidence } from "./accuracy-evidence";

const byId = (id: string): TaskEvidence => {
  const kind = TASK_EVIDENCE.find((k) => k.id === id);
  if (!kind) throw new Error(`no task kind ${id}`);
  return kind;
};

/** Task kind → approach → [low cell, high cell] as the paper prints them (percent), then the same as shares. */
const PINNED: Record<string, Record<string, [string, string, number, number]>> = {
  // LaRA Table 2, Location: LC low Gemini-1.5-pro 32k, high GPT-4o 128k; RAG low Gemini-1.5-pro 32k, high Claude 32k.
  "long-doc-lookup": { lc: ["78.94", "87.70", 0.7894, 0.877], rag: ["74.71", "83.10", 0.7471, 0.831] },
  // Reasoning: LC low Gemini 32k, high GPT-4o 128k; RAG low Gemini 128k, high GPT-4o 128k.
  "long-doc-reasoning": { lc: ["64.68", "79.35", 0.6468, 0.7935], rag: ["48.47", "70.26", 0.4847, 0.7026] },
  // Comparison: LC low Claude 128k, high GPT-4o 32k; RAG low Claude 128k, high Gemini 32k.
  "long-doc-comparison": { lc: ["58.35", "79.66", 0.5835, 0.7966], rag: ["33.18", "56.43", 0.3318, 0.5643] },
  // Hallucination: LC low GPT-4o-mini 128k, high Claude 32k; RAG low GPT-4o-mini 128k, high Claude 32k.
  "unanswerable-detection": { lc: ["32.08", "86.12", 0.3208, 0.8612], rag: ["59.31", "90.99", 0.5931, 0.9099] },
  // OP-RAG Table 1, EN.MC: LC low Llama3.1-70B, high Gemini-1.5-Pro; RAG low OP-RAG-16K, high OP-RAG-24K.
  "very-long-text-choice": { lc: ["71.62", "85.57", 0.7162, 0.8557], rag: ["84.72", "88.65", 0.8472, 0.8865] },
};

describe("accuracy evidence by task kind", () => {
  it("has exactly the pinned task kinds, with unique ids", () => {
    expect(TASK_EVIDENCE.map((k) => k.id)).toEqual(Object.keys(PINNED));
  });

  for (const [id, approaches] of Object.entries(PINNED)) {
    describe(id, () => {
      const kind = byId(id);

      it("gives exactly the approaches the papers measured", () => {
        expect(Object.keys(kind.accuracy).sort()).toEqual(Object.keys(approaches).sort());
      });

      for (const [approach, [low, high, lowShare, highShare]] of Object.entries(approaches)) {
        it(`${approach}: ${low}–${high} % as a share`, () => {
          const range = kind.accuracy[approach as keyof TaskEvidence["accuracy"]];
          expect(range).toEqual({ low: lowShare, high: highShare });
          const quoted = kind.studies.map((s) => s.cells).join(" ");
          expect(quoted).toContain(` ${low}`);
          expect(quoted).toContain(` ${high}`);
        });
      }
    });
  }

  it("ranges are shares with low ≤ high", () => {
    for (const kind of TASK_EVIDENCE) {
      for (const range of Object.values(kind.accuracy)) {
        expect(range.low).toBeGreaterThan(0);
        expect(range.high).toBeLessThanOrEqual(1);
        expect(range.low).toBeLessThanOrEqual(range.high);
      }
    }
  });

  it("every task kind is labelled in both languages and names its studies, tables and check date", () => {
    for (const kind of TASK_EVIDENCE) {
      expect(kind.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(kind.label.en).toMatch(/^[A-Z][\x20-\x7e–∞]+$/);
      expect(kind.studies.length).toBeGreaterThan(0);
      for (const s of kind.studies) {
        expect(s.arxiv).toMatch(/^\d{4}\.\d{5}$/);
        expect(s.table).toMatch(/^Table \d/);
        expect(s.paper.length).toBeGreaterThan(10);
        expect(s.checked).toBe("2026-12-02");
      }
    }
  });

  it("no range rests on a cell that is not quoted: every quoted LaRA cell list has 8 LC and 8 RAG cells", () => {
    for (const kind of TASK_EVIDENCE.filter((k) => k.studies.some((s) => s.arxiv === "2502.09977"))) {
      const cells = kind.studies[0]!.cells;
      const [lc, rag] = cells.split("RAG:");
      expect(lc!.match(/\d+\.\d\d/g)).toHaveLength(8);
      expect(rag!.match(/\d+\.\d\d/g)).toHaveLength(8);
    }
  });
});
