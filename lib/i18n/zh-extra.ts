/** Chinese strings of the panels that load lazily, and of server-only surfaces (preview image, methodology). */
import { formatMonthOrdinal, formatQueries, spaceCjk } from "../format";
import type { Lang } from "../i18n-text";
import type { AssumptionGroup } from "../assumptions";
import type { Approach } from "../model";
import type { WarningCode } from "../scenario";
import type { Verdict } from "../verdict";
import type { ExtraUiStrings } from "./types";

const name: Record<Approach, string> = { rag: "RAG", ft: "微调", hybrid: "混合方案" };

export const zhExtra: ExtraUiStrings = {
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
        case "more":
          return `还有 ${given} 个更正已省略`;
      }
    },
  },
  footer: {
    code: "代码以 MIT 许可发布",
    methodology: "方法与数据来源",
  },
  site: {
    navLabel: "网站",
    switchLanguage: "English",
    switchLanguageLabel: "（切换到英文版）",
    themeDark: "切换到深色模式",
    themeLight: "切换到浅色模式",
    notFoundTitle: "页面不存在",
    notFoundBody: "这个地址没有对应的页面。也许链接被截断了？",
    notFoundBack: "回到首页",
  },
  description:
    "RAG 与微调怎么选？用你自己的请求量、更新频率和数据规模，算出两种方案的前期与持续成本、盈亏平衡点、延迟和知识时效。",
  siteTagline: "交互式讲解与成本计算器",
  pricing: {
    heading: "价格方案",
    retired: "已停用",
    sources: "来源",
    asOf: (d: string) => `核对于 ${d}`,
  },
  uncertainty: {
    holds: (winner: Approach) => spaceCjk(`所有假设取乐观值或保守值时，${name[winner]}都仍是最省的方案。`),
    flips: (optimistic: Approach, pessimistic: Approach) =>
      spaceCjk(`这个结论并不稳固：假设都取乐观值时${name[optimistic]}最省，都取保守值时${name[pessimistic]}最省。`),
    drivers: (names: string[]) => `对 RAG 与微调成本差影响最大的假设：${names.join("、")}。`,
    tornadoHeading: "哪些假设影响最大",
    tornadoHelp: "每个假设单独取乐观值或保守值时，RAG 与微调在时间跨度末的总成本差（RAG − 微调）变化多少。",
    optimistic: "乐观",
    pessimistic: "保守",
    bar: (name: string, optimistic: string, pessimistic: string) => `${name}：乐观 ${optimistic}，保守 ${pessimistic}`,
    favoursRag: "← 对 RAG 更有利",
    favoursFt: "对微调更有利 →",
  },
  map: {
    heading: "哪种方案更省",
    help: "在每日请求量 × 更新频率的平面上，颜色表示时间跨度末总成本最低的方案；其他输入同当前场景。点击或按回车可把场景移到该格。",
    queries: "每日请求量",
    boundary: "RAG 与微调的盈亏平衡线",
    current: "当前场景",
    cell: (approach: string, queries: string, updates: string) => spaceCjk(`${queries}、${updates}：${approach}最省`),
    keyboard: "用方向键移动，回车把场景移到该格",
  },
  compare: {
    heading: "对比两个场景",
    pin: "固定当前场景，改动后对比",
    unpin: "取消固定",
    pinned: "固定的场景（A）",
    current: "当前场景（B）",
    difference: "B − A",
    help: "固定后再调整输入，两个场景会并排显示；链接会同时带上两者。",
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
  staleness: {
    /** Fine-tuning's staleness when the knowledge is never updated: nothing to retrain, not "immediate". */
    noUpdates: "不更新，无需重新训练",
    noUpdatesHelp: "知识从不更新时，微调模型没有需要重新训练的内容",
  },
  quiz: {
    heading: "选型问卷",
    intro: "回答下面几个问题，再结合计算器里的成本结果，给出一个推荐。可以只答一部分。",
    prompt: "还没有推荐：请至少回答一个问题。",
    result: "推荐",
    reasons: "理由",
    clear: "清空回答",
    submit: "查看推荐",
    choice: { rag: "RAG", ft: "微调", hybrid: "混合方案（RAG + 风格微调）" } as Record<Approach, string>,
    costReason: (cheapest: Approach, runnerUp: Approach, saving: string, horizon: string) =>
      spaceCjk(`按计算器当前的场景，${horizon}内${name[cheapest]}最省，比第二名${name[runnerUp]}少花 ${saving}。`),
    score: (rag: number, ft: number) => `得分：RAG ${rag} · 微调 ${ft}`,
  },
  exports: {
    currency: (currency: "USD" | "CNY", fxRate: number) =>
      currency === "CNY" ? `币种：人民币（1 美元 = ${fxRate} 元）` : "币种：美元",
    pricesAsOf: (date: string) => `价格截至 ${date}`,
    modelVersion: (v: number) => `成本模型 v${v}`,
    description: (scenario: string, totals: string, horizon: string) =>
      spaceCjk(`${horizon}内三种方案的累计成本。场景：${scenario}。总成本：${totals}。`),
  },
  og: {
    queries: "每日请求量",
    updates: "知识更新频率",
    corpus: "知识库规模",
    horizon: "时间跨度",
    breakEven(v: Verdict, lang: Lang): string {
      const month =
        v.breakEvenMonth !== null && v.cheaperFromBreakEven
          ? `${name[v.cheaperFromBreakEven]}从${v.breakEvenMonth <= 1 ? "第一个月" : formatMonthOrdinal(v.breakEvenMonth, lang)}起更省`
          : "RAG 与微调的累计成本不交叉";
      const volume =
        v.breakEvenVolume !== null ? `盈亏平衡请求量约 ${formatQueries(v.breakEvenVolume, lang)}` : "无盈亏平衡请求量";
      return spaceCjk(`${month} · ${volume}`);
    },
  },
  methodology: {
    title: "方法与数据来源",
    description: "成本模型 v2 的全部公式、默认值、单位、价格方案与来源；v1 的价格方案作为已停用方案保留。",
    formulas: "公式",
    inputs: "四个主要输入",
    defaults: "假设与默认值",
    name: "名称",
    urlName: "链接参数",
    defaultValue: "默认值",
    range: "范围",
    unit: "单位",
    source: "来源",
    band: "乐观 / 保守",
    presets: "价格方案",
    presetsIntro:
      "价格方案是某家厂商某一天可以买到的一组价格（及其延迟数据），随链接中的 p 参数保存；不带 p 的链接使用当前版本的默认方案（列在最前）。方案一经发布就不再修改：价格变了就发布新方案，旧方案标为“已停用”但数字不变，所以旧链接永远算出同样的结果。每个数字都注明来源页面、核对日期和原文；无法在现行页面上核实的，明确写出。区间系数的理由：价格按厂商不同档位、批量折扣与地区差异取值；工时与 token 数按常见团队和提示词的跨度估计；标注“本站估计”的均为推理而非报价。",
    contractDefault: "成本模型的约定值",
    current: "现行",
    retiredOn: (d: string) => `已于 ${d} 停用`,
    value: "取值",
    quote: "原文",
    checked: "核对日期",
    unconfirmed: "未能核实",
    latency: "延迟数据",
    defaultSet: "默认方案",
    constants: "常量",
    fx: "人民币汇率",
  },
};

export type ExtraStrings = ExtraUiStrings;
