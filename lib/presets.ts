/*
 * Licence: the presets below (the article's own examples, their names and descriptions) are adapted
 * from ZIYU's article (https://blog.341359.xyz/article/268ed29d-c23f-80d3-9fb5-f23a065b584f) and, like
 * the article text in content/, are licensed under CC BY-NC-SA 4.0
 * (https://creativecommons.org/licenses/by-nc-sa/4.0/), not MIT. Changes were made. See content/LICENSE.md.
 */
/** The article's own examples as workload presets. They set the four sliders and nothing else. */
import type { Text } from "./i18n-text";
import type { Workload } from "./model";

export interface WorkloadPreset {
  id: string;
  label: Text;
  description: Text;
  workload: Workload;
}

export const WORKLOAD_PRESETS: readonly WorkloadPreset[] = [
  {
    id: "earnings",
    label: { zh: "财报问答", en: "Earnings Q&A" },
    description: {
      zh: "上市公司财报问答：每季度更新，中等流量",
      en: "Questions on company filings: quarterly updates, moderate traffic",
    },
    workload: { queriesPerDay: 2_000, updatesPerMonth: 1 / 3, corpusTokens: 50_000_000, horizonMonths: 24 },
  },
  {
    id: "medical",
    label: { zh: "医疗助手", en: "Medical assistant" },
    description: {
      zh: "基于稳定医学知识的诊疗助手：每年更新一次",
      en: "A clinical assistant on stable medical knowledge: updated yearly",
    },
    workload: { queriesPerDay: 20_000, updatesPerMonth: 1 / 12, corpusTokens: 100_000_000, horizonMonths: 36 },
  },
  {
    id: "support",
    label: { zh: "新闻 / 客服机器人", en: "News / support bot" },
    description: {
      zh: "新闻或客服机器人：知识每天更新",
      en: "A news or customer-service bot: knowledge changes daily",
    },
    workload: { queriesPerDay: 50_000, updatesPerMonth: 30, corpusTokens: 10_000_000, horizonMonths: 24 },
  },
  {
    id: "chat",
    label: { zh: "高流量实时对话", en: "High-traffic chat" },
    description: {
      zh: "高并发的实时对话产品：每月更新，延迟敏感",
      en: "Real-time chat at high volume: monthly updates, latency-sensitive",
    },
    workload: { queriesPerDay: 5_000_000, updatesPerMonth: 1, corpusTokens: 5_000_000, horizonMonths: 24 },
  },
];
