/** Every UI string of the site in Chinese (the primary language). The English file has the same shape. */
import type { AssumptionGroup } from "../assumptions";
import type { Lang } from "../i18n-text";
import {
  formatMoney,
  formatMonthOrdinal,
  formatMonths,
  formatPercent,
  formatQueries,
  spaceCjk,
  type Money,
} from "../format";
import type { Approach, CostCategory } from "../model";
import type { WarningCode } from "../scenario";
import type { Verdict } from "../verdict";

const name: Record<Approach, string> = { rag: "RAG", ft: "微调", hybrid: "混合方案" };

export const zh = {
  lang: "zh" as Lang,
  htmlLang: "zh-CN",
  siteName: "RAG 还是微调？",
  siteTagline: "交互式讲解与成本计算器",
  description:
    "RAG 与微调怎么选？用你自己的查询量、更新频率和数据规模，算出两种方案的前期与持续成本、盈亏平衡点、延迟和知识时效。",
  approach: name,
  approachLong: {
    rag: "RAG（检索增强生成）",
    ft: "微调",
    hybrid: "混合方案（风格微调 + RAG）",
  } as Record<Approach, string>,
  calculator: {
    heading: "成本计算器",
    intro: "拖动滑块，输入你的场景；所有图表与结论即时更新，链接随时可分享。",
    workload: "你的场景",
    presets: "文章中的例子",
    reset: "恢复默认",
    typed: "精确数值",
    perMonthUnit: "次/月",
    currency: "货币",
    fxRate: "汇率（人民币/美元）",
    jumpToCalculator: "跳到计算器",
  },
  verdict: {
    heading: "结论",
    sentences(v: Verdict, horizon: number, money: Money): string[] {
      const out: string[] = [];
      const m = (usd: number) => formatMoney(usd, money, "zh");
      out.push(
        `${formatMonths(horizon, "zh")}内，${name[v.cheapest]}最省：比第二名${name[v.runnerUp]}少花 ${m(v.saving)}（${formatPercent(v.savingShare, "zh")}）。`,
      );
      if (v.breakEvenMonth !== null && v.cheaperFromBreakEven) {
        const later = v.cheaperFromBreakEven;
        const other = later === "rag" ? "ft" : "rag";
        out.push(
          `${name[later]}前期更贵，但从${formatMonthOrdinal(v.breakEvenMonth, "zh")}起累计成本不高于${name[other]}。`,
        );
      } else if (v.ragVsFt.cheaper) {
        out.push(`在这段时间里 RAG 与微调的累计成本没有交叉：${name[v.ragVsFt.cheaper]}始终更便宜。`);
      }
      if (v.breakEvenVolume !== null && v.cheaperAboveVolume) {
        out.push(
          `盈亏平衡查询量约为 ${formatQueries(v.breakEvenVolume, "zh")}：高于它时${name[v.cheaperAboveVolume]}在${formatMonths(horizon, "zh")}后更便宜。`,
        );
      } else {
        out.push("在 1 到 10 亿次/天的范围内，RAG 与微调的总成本不会相等。");
      }
      return out.map(spaceCjk);
    },
    short(v: Verdict, horizon: number, money: Money): string {
      return spaceCjk(`${formatMonths(horizon, "zh")}内${name[v.cheapest]}最省，比${name[v.runnerUp]}少 ${formatMoney(v.saving, money, "zh")}`);
    },
  },
  results: {
    heading: "各方案对比",
    approach: "方案",
    upfront: "前期成本",
    monthly: "月均持续成本",
    total: (h: number) => `${formatMonths(h, "zh")}总成本`,
    perQuery: "每次查询",
    latency: "响应延迟（估算）",
    staleness: "知识时效",
    stalenessHelp: "知识变化后，多久才会反映在回答中",
    retrain: (cost: string, perMonth: string) => `每次重训 ${cost}，每月最多 ${perMonth} 次`,
    cheapest: "最省",
  },
  charts: {
    cumulative: "累计成本",
    cumulativeHelp: "第 0 个月的竖直跳升是前期成本；微调曲线的台阶是每次重训。",
    breakEven: "盈亏平衡",
    month: "月份",
    breakdown: "前期与持续成本",
    breakdownHelp: "每种方案在整个时间跨度内的总成本，拆分为前期投入与持续支出。",
    upfront: "前期",
    ongoing: "持续",
    showTable: "以表格查看数据",
    loading: "图表加载中…",
    latency: "响应延迟",
    latencyOurs: "本站对你场景的估算",
    latencyArticle: "原文引用的典型值",
    staleness: "知识时效",
  },
  categories: {
    people: "人力",
    dataPreparation: "数据准备",
    training: "训练",
    inference: "推理（LLM）",
    embeddings: "向量化",
    vectorDatabase: "向量数据库",
    retraining: "重训",
  } as Record<CostCategory, string>,
  assumptions: {
    heading: "假设与价格",
    intro: "模型中的每个默认值都可以修改；价格附有来源与核对日期。",
    groups: { shared: "通用", rag: "RAG", ft: "微调", hybrid: "混合方案" } as Record<AssumptionGroup, string>,
    source: "来源",
    asOf: (date: string) => `核对于 ${date}`,
    resetOne: "恢复默认值",
    defaultIs: (v: string) => `默认 ${v}`,
  },
  warnings: {
    heading: "链接中的部分数值已更正",
    dismiss: "知道了",
    describe(code: WarningCode, param: string, given: string, used: string | undefined): string {
      switch (code) {
        case "clamped":
          return `${param}=${given} 超出范围，已改为 ${used}`;
        case "invalid":
          return `${param}=${given} 无法识别，已使用默认值 ${used}`;
        case "rounded":
          return `${param}=${given} 须为整数，已改为 ${used}`;
        case "duplicate":
          return `${param} 出现了多次，已使用第一个值 ${used}`;
        case "unknown-param":
          return `不认识参数 ${param}，已忽略`;
        case "unknown-version":
          return `模型版本 v=${given} 不存在，已按 v=${used} 计算`;
      }
    },
  },
  a11y: {
    chartTableCaption: "各方案每月的累计成本",
    sliderValue: (v: string) => v,
  },
  footer: {
    code: "代码以 MIT 许可发布",
    methodology: "方法与数据来源",
  },
  article: {
    title: "RAG 还是微调？",
    subtitle: "两种给大模型补充知识的方法：它们是什么、有何不同、该怎么选——并用你自己的数字算一算。",
    credit: "基于 ZIYU 的文章改编",
    original: "原文",
    licence: "CC BY-NC-SA 4.0",
    changes: "本页已改写并有增补，编者注与本站新增的互动图均已标明。",
    table: "表格",
    toc: "目录",
    editorNote: "编者注",
    editorNoteHint: "本站补充或更正，非原文内容",
    ourAddition: "本站新增",
    calculatorHeading: "成本计算器",
    backToCalculator: "计算器",
    adjust: "调整场景",
    currentScenario: "当前场景",
  },
  quiz: {
    heading: "选型问卷",
    intro: "回答下面几个问题，再结合计算器里的成本结果，给出一个推荐。可以只答一部分。",
    result: "推荐",
    reasons: "理由",
    clear: "清空回答",
    choice: { rag: "RAG", ft: "微调", hybrid: "混合方案（RAG + 风格微调）" } as Record<Approach, string>,
    costReason: (cheaper: string, other: string, diff: string, horizon: string) =>
      spaceCjk(`按计算器当前的场景，${horizon}内${cheaper}比${other}便宜 ${diff}。`),
    score: (rag: number, ft: number) => `得分：RAG ${rag} · 微调 ${ft}`,
  },
  site: {
    switchLanguage: "English",
    switchLanguageLabel: "切换到英文版",
    themeDark: "切换到深色模式",
    themeLight: "切换到浅色模式",
    home: "首页",
    notFoundTitle: "页面不存在",
    notFoundBody: "这个地址没有对应的页面。也许链接被截断了？",
    notFoundBack: "回到首页",
  },
  share: {
    heading: "分享与下载",
    copyLink: "复制链接",
    copyEmbed: "复制嵌入代码",
    linkCopied: "链接已复制 ✓",
    embedCopied: "嵌入代码已复制 ✓",
    copyFailed: "无法访问剪贴板，请手动复制地址栏中的链接",
    openFull: "打开完整讲解 ↗",
  },
  og: {
    queries: "每日查询量",
    updates: "知识更新频率",
    corpus: "知识库规模",
    horizon: "时间跨度",
    breakEven(v: Verdict, lang: Lang): string {
      const month =
        v.breakEvenMonth !== null && v.cheaperFromBreakEven
          ? `${name[v.cheaperFromBreakEven]}从${formatMonthOrdinal(v.breakEvenMonth, lang)}起更省`
          : "RAG 与微调的累计成本不交叉";
      const volume = v.breakEvenVolume !== null ? `盈亏平衡查询量约 ${formatQueries(v.breakEvenVolume, lang)}` : "无盈亏平衡查询量";
      return spaceCjk(`${month} · ${volume}`);
    },
  },
  methodology: {
    title: "方法与数据来源",
    description: "成本模型 v1 的全部公式、默认值、单位与来源。",
    formulas: "公式",
    inputs: "四个主要输入",
    defaults: "假设与默认值",
    name: "名称",
    urlName: "链接参数",
    defaultValue: "默认值",
    range: "范围",
    unit: "单位",
    source: "来源",
    contractDefault: "成本模型 v1 的约定值",
    reasoned: "本站估计",
    constants: "常量",
    fx: "人民币汇率",
  },
};

export type Strings = typeof zh;
