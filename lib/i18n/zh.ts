/** Every UI string of the site in Chinese (the primary language). The English file has the same shape. */
import type { Lang } from "../i18n-text";
import {
  compactNumber,
  formatMoney,
  formatMonthOrdinal,
  formatMonths,
  formatPercent,
  formatPlain,
  formatQueries,
  spaceCjk,
  type Money,
} from "../format";
import type { Approach, CostCategory } from "../model";
import type { Adjustment, Conversion, QuantityError } from "../quantity";
import type { Verdict } from "../verdict";
import type { UiStrings } from "./types";

const name: Record<Approach, string> = { rag: "RAG", ft: "微调", hybrid: "混合方案" };

export const zh: UiStrings = {
  lang: "zh" as Lang,
  htmlLang: "zh-CN",
  siteName: "RAG 还是微调？",
  approach: name,
  calculator: {
    heading: "成本计算器",
    workload: "你的场景",
    presets: "文章中的例子",
    reset: "恢复默认",
    typed: "精确数值",
    perMonthUnit: "次/月",
    currency: "货币",
    fxRate: "汇率（人民币/美元）",
    update: "更新结果",
    input: {
      corpusHint: "可填 token 数、页数或纯文本大小，如 2000万、4万页、5 GB",
      problem(reason: QuantityError, given: string, current: string, corpus: boolean): string {
        const still = `仍使用 ${current}。`;
        switch (reason) {
          case "empty":
            return `请输入一个数。${still}`;
          case "not-a-number":
            return corpus
              ? `无法识别“${given}”（可以写 2000万、4万页或 5 GB）。${still}`
              : `无法识别“${given}”（可以写 20000、2万或 20k）。${still}`;
          case "negative":
            return `这里不能是负数。${still}`;
          case "too-large":
            return `“${given}”太大，无法计算。${still}`;
          case "separator":
            return `小数请用小数点（1.5）；逗号和空格只用来三位一组分隔（20,000）。${still}`;
          case "unit-here":
            return `只有知识库规模可以按 GB 或页数填写，这里请填数字。${still}`;
        }
      },
      adjusted(how: Exclude<Adjustment, null>, given: string, used: string): string {
        if (how === "above-max") return `${given} 超过上限，已改为 ${used}。`;
        if (how === "below-min") return `${given} 低于下限，已改为 ${used}。`;
        return `${given} 须为整数，已改为 ${used}。`;
      },
      converted(c: Conversion, tokens: number): string {
        const t = `${compactNumber(tokens, "zh")} tokens`;
        if (c.from === "pages") return `${formatPlain(c.pages, "zh")} 页 ≈ ${t}（按每页 ${c.tokensPerPage} tokens 计）。`;
        return `${formatPlain(c.amount, "zh")} ${c.unit} 纯文本 ≈ ${t}（按每个 token ${c.bytesPerToken} 字节文本计）。`;
      },
      pdf: (size: string) => `${size} 的 PDF 不等于 ${size} 文本：PDF 里还有版式、图片和字体。请先提取纯文本，再填它的大小。`,
    },
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
          v.breakEvenMonth <= 1
            ? `${name[later]}前期更贵，但从第一个月起累计成本就不高于${name[other]}。`
            : `${name[later]}前期更贵，但从${formatMonthOrdinal(v.breakEvenMonth, "zh")}起累计成本不高于${name[other]}。`,
        );
      } else if (v.ragVsFt.cheaper) {
        out.push(`在这段时间里 RAG 与微调的累计成本没有交叉：${name[v.ragVsFt.cheaper]}始终更便宜。`);
      }
      if (v.breakEvenVolume !== null && v.cheaperAboveVolume) {
        out.push(
          `盈亏平衡请求量约为 ${formatQueries(v.breakEvenVolume, "zh")}：高于它时${name[v.cheaperAboveVolume]}在${formatMonths(horizon, "zh")}后更便宜。`,
        );
      } else {
        out.push("在 1 到 10 亿次/天的范围内，RAG 与微调的总成本不会相等。");
      }
      return out.map(spaceCjk);
    },
    short(v: Verdict, horizon: number, money: Money): string {
      return spaceCjk(
        `${formatMonths(horizon, "zh")}内${name[v.cheapest]}最省，比${name[v.runnerUp]}少 ${formatMoney(v.saving, money, "zh")}`,
      );
    },
  },
  answer: {
    heading: "答案",
    headline: (who: string, total: string, horizon: string) => spaceCjk(`${horizon}内，${who}最省：共 ${total}`),
    runnerUp: (who: string, saving: string, share: string) => spaceCjk(`比第二便宜的${who}少花 ${saving}（${share}）。`),
    third: (who: string, total: string) => spaceCjk(`${who}要 ${total}。`),
    /** The approaches in words a reader has before reading the article. */
    plain: { rag: "RAG（检索增强生成）", ft: "纯微调", hybrid: "RAG 加一次风格微调（混合方案）" } as Record<Approach, string>,
    short: { rag: "RAG", ft: "微调", hybrid: "RAG 加风格微调" } as Record<Approach, string>,
    more: "全部图表与假设",
    edit: "改数字",
    bar: (who: string, total: string, horizon: string) => spaceCjk(`${who}最省 · ${horizon} ${total}`),
  },
  prices: {
    asOf: (date: string, name: string) => `价格核对于 ${date} · ${name}`,
    stale: (date: string) => `这套价格最后核对于 ${date}，已超过六个月，可能已经变动。`,
    retired: (name: string, date: string) => `这个链接用的是「${name}」的价格，该方案已于 ${date} 停用，新用户买不到了。`,
    toToday: "按今天的价格重算同一场景",
  },
  results: {
    heading: "各方案对比",
    approach: "方案",
    upfront: "前期投入",
    monthly: "月均持续成本",
    total: (h: number) => `${formatMonths(h, "zh")}总成本`,
    perQuery: "每次请求",
    stalenessHelp: "知识变化后，多久才会反映在回答中",
    retrain: (cost: string, perMonth: string) => `每次重新训练 ${cost}，每月最多 ${perMonth} 次`,
    cheapest: "最省",
  },
  charts: {
    pinnedSuffix: "（A，固定）",
    noScript: "图表和表格无需 JavaScript 即可查看；滑块等控件需要启用 JavaScript。",
    bandsClipped: "超出坐标轴的部分已截去。",
    showBands: "显示不确定区间",
    bandsHelp: "阴影是每种方案在所有假设都取乐观值与都取保守值之间的范围。",
    cumulative: "累计成本",
    cumulativeHelp: "第 0 个月的竖直跳升是前期投入；微调曲线的台阶是每次重新训练。",
    breakEven: "盈亏平衡",
    month: "月份",
    breakdown: "前期与持续成本",
    breakdownHelp: "每种方案在整个时间跨度内的总成本，拆分为前期投入与持续支出。",
    upfront: "前期",
    ongoing: "持续",
    showTable: "以表格查看数据",
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
    retraining: "重新训练",
  } as Record<CostCategory, string>,
  a11y: {
    chartTableCaption: "各方案每月的累计成本",
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
    adjust: "调整场景",
    currentScenario: "当前场景",
    inArticle: "文中图示",
  },
};

export type Strings = UiStrings;
