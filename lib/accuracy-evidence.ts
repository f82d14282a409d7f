/**
 * How often each approach answers correctly, by task kind, as published. Each range is the lowest and
 * highest of the cells quoted in `cells` (a share, 0–1: the paper's percentages divided by 100), read
 * from the table named in `table`. An approach a study did not measure, or whose cells we could not
 * check against the paper's own table, is left out of that task kind rather than guessed.
 * How each number was found and checked: docs/long-context-evidence.md.
 *
 * "lc" is the whole document in the prompt (long context); "rag" is retrieval of chunks from it. None of
 * the studies below measures fine-tuning or our hybrid (a small fine-tune plus RAG), so "ft" and
 * "hybrid" appear in no task kind yet; see UNVERIFIED at the end of this file.
 */
import type { AccuracyStudy, TaskEvidence, TaskKind } from "./accuracy";

export type { AccuracyStudy, TaskEvidence, TaskKind };

const CHECKED = "2026-12-02";

const LARA = "Li et al., LaRA: Benchmarking Retrieval-Augmented Generation and Long-Context LLMs (ICML 2025)";
const LARA_TABLE =
  "Table 2 (main results; the authors' copy is figs/main.png in github.com/Alibaba-NLP/LaRA). " +
  "White cells are LC, grey cells RAG; accuracy in %, judged by GPT-4o. We use the four proprietary LLMs at 32k and 128k.";

export const TASK_EVIDENCE: readonly TaskEvidence[] = [
  {
    id: "long-doc-lookup",
    label: {
      zh: "在一份长文档里查找一处事实（小说、论文或财报，3.2 万至 12.8 万 tokens）",
      en: "Looking up one fact in a long document (a novel, paper or financial report, 32k–128k tokens)",
    },
    accuracy: { rag: { low: 0.7471, high: 0.831 }, lc: { low: 0.7894, high: 0.877 } },
    studies: [
      {
        paper: LARA,
        arxiv: "2502.09977",
        table: LARA_TABLE,
        cells:
          "Location column. LC: 32k GPT-4o 86.33, GPT-4o-mini 79.92, Claude-3.5-sonnet 85.82, Gemini-1.5-pro 78.94; " +
          "128k GPT-4o 87.70, GPT-4o-mini 79.86, Claude-3.5-sonnet 85.44, Gemini-1.5-pro 82.15. " +
          "RAG: 32k GPT-4o 82.55, GPT-4o-mini 77.69, Claude-3.5-sonnet 83.10, Gemini-1.5-pro 74.71; " +
          "128k GPT-4o 82.22, GPT-4o-mini 80.43, Claude-3.5-sonnet 80.94, Gemini-1.5-pro 75.41.",
        checked: CHECKED,
      },
    ],
  },
  {
    id: "long-doc-reasoning",
    label: {
      zh: "根据一份长文档推理作答（需要把几处内容联系起来）",
      en: "Reasoning over a long document (linking several passages)",
    },
    accuracy: { rag: { low: 0.4847, high: 0.7026 }, lc: { low: 0.6468, high: 0.7935 } },
    studies: [
      {
        paper: LARA,
        arxiv: "2502.09977",
        table: LARA_TABLE,
        cells:
          "Reasoning column. LC: 32k GPT-4o 75.48, GPT-4o-mini 77.65, Claude-3.5-sonnet 70.42, Gemini-1.5-pro 64.68; " +
          "128k GPT-4o 79.35, GPT-4o-mini 67.80, Claude-3.5-sonnet 73.79, Gemini-1.5-pro 67.97. " +
          "RAG: 32k GPT-4o 68.51, GPT-4o-mini 62.23, Claude-3.5-sonnet 66.81, Gemini-1.5-pro 53.50; " +
          "128k GPT-4o 70.26, GPT-4o-mini 65.15, Claude-3.5-sonnet 64.81, Gemini-1.5-pro 48.47.",
        checked: CHECKED,
      },
    ],
  },
  {
    id: "long-doc-comparison",
    label: {
      zh: "比较一份长文档里相隔很远的几部分",
      en: "Comparing parts of a long document that lie far apart",
    },
    accuracy: { rag: { low: 0.3318, high: 0.5643 }, lc: { low: 0.5835, high: 0.7966 } },
    studies: [
      {
        paper: LARA,
        arxiv: "2502.09977",
        table: LARA_TABLE,
        cells:
          "Comparison column. LC: 32k GPT-4o 79.66, GPT-4o-mini 73.91, Claude-3.5-sonnet 66.28, Gemini-1.5-pro 77.34; " +
          "128k GPT-4o 64.74, GPT-4o-mini 65.31, Claude-3.5-sonnet 58.35, Gemini-1.5-pro 61.67. " +
          "RAG: 32k GPT-4o 46.56, GPT-4o-mini 54.48, Claude-3.5-sonnet 51.38, Gemini-1.5-pro 56.43; " +
          "128k GPT-4o 40.84, GPT-4o-mini 41.29, Claude-3.5-sonnet 33.18, Gemini-1.5-pro 36.54.",
        checked: CHECKED,
      },
    ],
  },
  {
    id: "unanswerable-detection",
    label: {
      zh: "识别文档里没有答案的问题（拒答而不是编造）",
      en: "Spotting questions the document cannot answer (declining instead of making one up)",
    },
    accuracy: { rag: { low: 0.5931, high: 0.9099 }, lc: { low: 0.3208, high: 0.8612 } },
    studies: [
      {
        paper: LARA,
        arxiv: "2502.09977",
        table: LARA_TABLE,
        cells:
          "Hallucination column. LC: 32k GPT-4o 72.30, GPT-4o-mini 52.82, Claude-3.5-sonnet 86.12, Gemini-1.5-pro 84.58; " +
          "128k GPT-4o 56.34, GPT-4o-mini 32.08, Claude-3.5-sonnet 77.64, Gemini-1.5-pro 66.16. " +
          "RAG: 32k GPT-4o 78.39, GPT-4o-mini 67.17, Claude-3.5-sonnet 90.99, Gemini-1.5-pro 88.03; " +
          "128k GPT-4o 67.33, GPT-4o-mini 59.31, Claude-3.5-sonnet 84.73, Gemini-1.5-pro 78.60.",
        checked: CHECKED,
      },
    ],
  },
  {
    id: "very-long-text-choice",
    label: {
      zh: "针对一篇超长文本的选择题（∞Bench En.MC，平均约 14 万词）",
      en: "Multiple-choice questions on one very long text (∞Bench En.MC, about 140,000 words on average)",
    },
    accuracy: { rag: { low: 0.8472, high: 0.8865 }, lc: { low: 0.7162, high: 0.8557 } },
    studies: [
      {
        paper: "Yu, Xu & Akkiraju, In Defense of RAG in the Era of Long-Context Language Models (2024)",
        arxiv: "2409.01666",
        table:
          "Table 1 (EN.MC accuracy, %). RAG is the paper's order-preserve RAG (OP-RAG) on Llama3.1-70B; " +
          "LC is each model without RAG. The GPT-4O and Gemini-1.5-Pro LC rows are quoted by the paper from Li et al. (2024).",
        cells:
          "LC: Llama3.1-70B 71.62 (117K tokens), GPT-4O 78.42 (117K), Gemini-1.5-Pro 85.57 (188K). " +
          "RAG: OP-RAG-16K 84.72, OP-RAG-24K 88.65, OP-RAG-48K 85.59.",
        checked: CHECKED,
      },
    ],
  },
];

/*
 * UNVERIFIED — not used as defaults (kept here so nobody adds them by mistake without checking):
 * - RAFT (Zhang et al., arXiv 2403.10131) Table 1, PubMedQA, Llama2-7B-chat: base + RAG 58.8, domain
 *   fine-tuning (DSF) 59.7, DSF + RAG 71.6, RAFT 73.30. These would give "ft" and "hybrid" a value for a
 *   biomedical yes/no task, but we found them only in two third-party summaries, not in a copy of the paper.
 * - Self-Route (Li et al., arXiv 2407.16833) Table 1 reports averages of F1, ROUGE and accuracy over nine
 *   data sets, not a share of correct answers; only its En.MC cells are accuracies, and the copy we found
 *   disagrees with OP-RAG's quotation of them (GPT-4O LC 76.42 there, 78.42 in OP-RAG's Table 1).
 * - Retrieval meets Long Context (Xu et al., arXiv 2310.03025) Tables 2–3 are averages of mixed metrics
 *   (ROUGE, F1, exact match), and we found them only in third-party notes.
 */
