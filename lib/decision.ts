/*
 * Licence: the questionnaire below (its questions, answers and reasons, in Chinese and English) is
 * adapted from the decision table in ZIYU's article
 * (https://blog.341359.xyz/article/268ed29d-c23f-80d3-9fb5-f23a065b584f) and, like the article text in
 * content/, is licensed under CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/),
 * not MIT. Changes were made. See content/LICENSE.md.
 */
/**
 * The article's decision table as a questionnaire. Each answer gives points and a reason to RAG or
 * fine-tuning; the cost result at the horizon adds its own. Strong signals on both sides point to
 * the hybrid (knowledge in RAG, a small fine-tune for style), as the article's closing suggests.
 * Until at least one question is answered there is no recommendation at all.
 */
import type { Text } from "./i18n-text";
import type { Approach } from "./model";
import type { CostComparison } from "./verdict";

export type Side = "rag" | "ft";

export interface QuizOption {
  id: string;
  label: Text;
  /** Points and the reason shown when this answer is chosen; none for a neutral answer. */
  points?: { side: Side; weight: number; reason: Text };
}

export interface QuizQuestion {
  id: "freshness" | "scale" | "citations" | "latency" | "risk";
  label: Text;
  options: QuizOption[];
}

export const QUIZ: readonly QuizQuestion[] = [
  {
    id: "freshness",
    label: { zh: "你的知识多久变一次？", en: "How often does your knowledge change?" },
    options: [
      {
        id: "often",
        label: { zh: "每天或每周（新闻、实时事件、最新法规）", en: "Daily or weekly (news, live events, the latest rules)" },
        points: {
          side: "rag",
          weight: 2,
          reason: {
            zh: "知识变化频繁：RAG 只需更新知识库，几分钟内生效；微调要为改动重新训练，每月最多几次（计算器默认 4 次），其余更新只能等下一次训练。",
            en: "Your knowledge changes often: RAG only updates its knowledge base, live within minutes; fine-tuning must retrain for the changes, at most a few times a month (the calculator assumes 4), so other updates wait for the next run.",
          },
        },
      },
      { id: "sometimes", label: { zh: "每月或每季度", en: "Monthly or quarterly" } },
      {
        id: "rarely",
        label: { zh: "很少变（领域知识稳定、术语固定）", en: "Rarely (stable domain knowledge and terminology)" },
        points: {
          side: "ft",
          weight: 1,
          reason: {
            zh: "知识稳定：一次微调可以长期使用，历史规律比最新动态更重要。",
            en: "Your knowledge is stable: one fine-tuned model lasts, and past patterns matter more than current events.",
          },
        },
      },
    ],
  },
  {
    id: "scale",
    label: { zh: "你的查询是什么样的？", en: "What are your queries like?" },
    options: [
      {
        id: "diverse",
        label: { zh: "多种多样（多租户、探索性项目）", en: "Many and varied (multi-tenant, exploratory)" },
        points: {
          side: "rag",
          weight: 1,
          reason: {
            zh: "查询多样或多租户：换一个知识库就能服务新场景，不必各训一个模型。",
            en: "Varied or multi-tenant queries: a new knowledge base serves a new use without training another model.",
          },
        },
      },
      {
        id: "focused",
        label: { zh: "单一任务、持续高频", en: "One task, sustained and high-volume" },
        points: {
          side: "ft",
          weight: 1,
          reason: {
            zh: "单一任务高频运行：微调模型提示词更短，量大时每次查询更省。",
            en: "One task at high volume: a fine-tuned model needs a shorter prompt, which adds up per query.",
          },
        },
      },
    ],
  },
  {
    id: "citations",
    label: { zh: "回答需要注明来源吗？", en: "Must answers cite their sources?" },
    options: [
      {
        id: "yes",
        label: { zh: "需要", en: "Yes" },
        points: {
          side: "rag",
          weight: 2,
          reason: {
            zh: "需要引用来源：RAG 能指出答案依据了哪些文档，微调做不到。",
            en: "You need citations: RAG can show which documents an answer came from; a fine-tuned model cannot.",
          },
        },
      },
      { id: "no", label: { zh: "不需要", en: "No" } },
    ],
  },
  {
    id: "latency",
    label: { zh: "响应延迟的预算有多紧？", en: "How tight is your latency budget?" },
    options: [
      {
        id: "strict",
        label: {
          zh: "很紧：检索多出的几百毫秒也嫌多（实时对话、高并发 API）",
          en: "Tight: even the few hundred milliseconds retrieval adds are too many (real-time chat, high-traffic APIs)",
        },
        points: {
          side: "ft",
          weight: 2,
          reason: {
            zh: "延迟预算紧：微调省去检索，也不用读入检索来的段落，第一个字出来得更早；你的场景具体差多少，见 2.1 节的延迟图。",
            en: "Your latency budget is tight: fine-tuning skips retrieval and the retrieved passages, so its first words come sooner; how much sooner in your scenario is in the latency figure in 2.1.",
          },
        },
      },
      { id: "relaxed", label: { zh: "宽松：多等半秒到一秒也无妨", en: "Relaxed: an extra half second to a second is fine" } },
    ],
  },
  {
    id: "risk",
    label: { zh: "你更担心哪类风险？", en: "Which risk worries you more?" },
    options: [
      {
        id: "opaque",
        label: { zh: "模型出错难以排查、修正代价高", en: "Errors that are hard to trace and costly to fix" },
        points: {
          side: "rag",
          weight: 1,
          reason: {
            zh: "重视可追溯与可调试：RAG 的答案能追到文档，改知识库即可纠错；微调则有漂移和灾难性遗忘的风险。",
            en: "You value traceability: RAG answers trace back to documents and are fixed by editing them; a fine-tuned model can drift and forget.",
          },
        },
      },
      {
        id: "dependency",
        label: {
          zh: "检索失灵、注入无关上下文、依赖外部系统",
          en: "Retrieval failures, irrelevant context, outside dependencies",
        },
        points: {
          side: "ft",
          weight: 1,
          reason: {
            zh: "重视稳定可控：微调模型行为一致，不依赖外部检索，也不会被无关上下文带偏。",
            en: "You value control: a fine-tuned model behaves consistently, with no retrieval to fail or mislead it.",
          },
        },
      },
    ],
  },
];

export type QuizAnswers = Partial<Record<QuizQuestion["id"], string>>;

export interface Recommendation {
  /** How many questions have an answer. */
  answered: number;
  /** null until a question is answered: the questionnaire stays neutral. */
  choice: Approach | null;
  scores: Record<Side, number>;
  reasons: { side: Side | "hybrid"; text: Text }[];
}

/** Points the cost result adds: all to the cheapest of RAG and fine-tuning, half to each when the hybrid is cheapest. */
export const COST_WEIGHT = 2;

/**
 * `cost` is the verdict's own comparison (cheapest against runner-up, see compareTotals), so the
 * questionnaire and the verdict never name different cheapest approaches.
 */
export function recommend(answers: QuizAnswers, cost: Pick<CostComparison, "cheapest">, costReason: () => Text): Recommendation {
  const scores: Record<Side, number> = { rag: 0, ft: 0 };
  const reasons: Recommendation["reasons"] = [];
  let answered = 0;
  for (const q of QUIZ) {
    const option = q.options.find((o) => o.id === answers[q.id]);
    if (!option) continue;
    answered++;
    if (option.points) {
      scores[option.points.side] += option.points.weight;
      reasons.push({ side: option.points.side, text: option.points.reason });
    }
  }
  if (answered === 0) return { answered, choice: null, scores, reasons };
  const cheapest = cost.cheapest;
  if (cheapest === "hybrid") {
    scores.rag += COST_WEIGHT / 2;
    scores.ft += COST_WEIGHT / 2;
  } else scores[cheapest] += COST_WEIGHT;
  reasons.push({ side: cheapest, text: costReason() });
  let choice: Approach;
  const gap = scores.rag - scores.ft;
  if (gap >= 2) choice = "rag";
  else if (gap <= -2) choice = "ft";
  else if (scores.rag >= 2 && scores.ft >= 2) choice = "hybrid";
  else choice = gap > 0 ? "rag" : gap < 0 ? "ft" : cheapest;
  if (choice === "hybrid" && scores.rag >= 2 && scores.ft >= 2) {
    reasons.push({
      side: "hybrid",
      text: {
        zh: "两边的理由都很充分：用 RAG 承载会变的知识，再用小规模微调固定语气、格式和术语。",
        en: "Both sides have strong reasons: keep changing knowledge in RAG and use a small fine-tune for tone, format and terminology.",
      },
    });
  }
  return { answered, choice, scores, reasons };
}
