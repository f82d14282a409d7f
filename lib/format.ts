/**
 * Human-readable numbers in the reader's language: money (USD or CNY), query volumes, update
 * frequencies, corpus sizes, durations. Chinese groups large numbers by 万 and 亿.
 */
import { TOKENS_PER_PAGE, UPDATE_STOPS } from "./assumptions";
import type { Lang } from "./i18n-text";
import type { Currency } from "./scenario";

/** Bytes of text per token, for the "≈ MB" hint (English averages ~4; Chinese is close to it in UTF-8). */
export const BYTES_PER_TOKEN = 4;

export interface Money {
  currency: Currency;
  /** CNY per USD. */
  fxRate: number;
}

/** The locale our numbers are written in, by page language. */
export const LOCALE: Readonly<Record<Lang, string>> = { zh: "zh-CN", en: "en-US" };

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    numberFormats.set(key, f);
  }
  return f;
}

/** Up to `digits` significant digits, no trailing zeros. */
function sig(n: number, lang: Lang, digits = 3): string {
  return nf(lang, { maximumSignificantDigits: digits }).format(n);
}

/** 12,345 → "1.23 万"; 123,456,789 → "1.23 亿" (zh); "12.3K", "123M" (en). Plain below 10,000 (zh) / 1,000 (en). */
export function compactNumber(n: number, lang: Lang, digits = 3): string {
  const abs = Math.abs(n);
  if (lang === "zh") {
    if (abs >= 1e12) return `${sig(n / 1e12, lang, digits)} 万亿`;
    if (abs >= 1e8) return `${sig(n / 1e8, lang, digits)} 亿`;
    if (abs >= 1e4) return `${sig(n / 1e4, lang, digits)} 万`;
    return sig(n, lang, Math.max(digits, 4));
  }
  if (abs >= 1e12) return `${sig(n / 1e12, lang, digits)}T`;
  if (abs >= 1e9) return `${sig(n / 1e9, lang, digits)}B`;
  if (abs >= 1e6) return `${sig(n / 1e6, lang, digits)}M`;
  if (abs >= 1e3) return `${sig(n / 1e3, lang, digits)}K`;
  return sig(n, lang, Math.max(digits, 3));
}

export function convert(usd: number, money: Money): number {
  return money.currency === "CNY" ? usd * money.fxRate : usd;
}

const SYMBOL: Record<Currency, string> = { USD: "$", CNY: "¥" };

/** Full amount, whole units for large sums and cents below 100: "$22,011", "$0.62". */
export function formatMoney(usd: number, money: Money, lang: Lang): string {
  const v = convert(usd, money);
  const abs = Math.abs(v);
  const digits = abs < 100 ? 2 : 0;
  const body = nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(abs);
  return `${v < 0 ? "−" : ""}${SYMBOL[money.currency]}${body}`;
}

/** Short amount for axes and tight spaces: "$22K", "¥2.2 万". */
export function formatMoneyCompact(usd: number, money: Money, lang: Lang, digits = 3): string {
  const v = convert(usd, money);
  return `${v < 0 ? "−" : ""}${SYMBOL[money.currency]}${compactNumber(Math.abs(v), lang, digits)}`;
}

/** Per-query or per-unit prices, with enough digits to be meaningful: "$0.000616". */
export function formatUnitPrice(usd: number, money: Money, lang: Lang): string {
  const v = convert(usd, money);
  return `${SYMBOL[money.currency]}${nf(lang, { maximumSignificantDigits: 3 }).format(v)}`;
}

/** "44.5 万次/天" but "800 次/天": a unit joins a Chinese magnitude word without a space. */
function withZhUnit(n: string, unit: string): string {
  return /[万亿]$/.test(n) ? `${n}${unit}` : `${n} ${unit}`;
}

export function formatQueries(q: number, lang: Lang): string {
  if (lang === "zh") {
    // "5 千次/天" reads more naturally than "5,000 次/天" in the 1,000–9,999 range.
    if (q >= 1e3 && q < 1e4) return `${sig(q / 1e3, lang)} 千次/天`;
    return withZhUnit(compactNumber(q, lang), "次/天");
  }
  return `${compactNumber(q, lang)} / day`;
}

/** "每周", "每月 2 次", "每 6 个月一次" / "weekly", "2× a month", "every 6 months". */
export function formatUpdates(u: number, lang: Lang): string {
  const stop = UPDATE_STOPS.find((s) => s.value === u);
  if (stop) return stop.label[lang];
  if (u >= 1) {
    const perDay = u / 30.4375;
    if (u >= 60 && lang === "zh") return `每天约 ${sig(perDay, lang, 2)} 次`;
    if (u >= 60) return `~${sig(perDay, lang, 2)}× a day`;
    return lang === "zh" ? `每月 ${sig(u, lang, 2)} 次` : `${sig(u, lang, 2)}× a month`;
  }
  const months = 1 / u;
  return lang === "zh" ? `每 ${sig(months, lang, 2)} 个月一次` : `every ${sig(months, lang, 2)} months`;
}

/** "2,000 万 tokens ≈ 4 万页" / "20M tokens ≈ 40,000 pages". */
export function formatCorpus(tokens: number, lang: Lang): string {
  const pages = tokens / TOKENS_PER_PAGE;
  if (lang === "zh") {
    const t =
      tokens >= 1e4 && tokens < 1e8
        ? `${nf(lang, { maximumSignificantDigits: 3 }).format(tokens / 1e4)} 万`
        : compactNumber(tokens, lang);
    // Pages are an estimate: three significant figures, as in English ("≈ 255 页", not "254.6 页").
    const p = pages < 1e4 ? sig(pages, lang) : compactNumber(pages, lang);
    return `${t} tokens ≈ ${withZhUnit(p, "页")}`;
  }
  return `${compactNumber(tokens, lang)} tokens ≈ ${nf(lang, { maximumSignificantDigits: 3 }).format(pages)} pages`;
}

/** "≈ 80 MB of text". */
export function formatCorpusBytes(tokens: number, lang: Lang): string {
  const mb = (tokens * BYTES_PER_TOKEN) / 1e6;
  const size = mb >= 1000 ? `${sig(mb / 1000, lang)} GB` : `${sig(mb, lang)} MB`;
  return lang === "zh" ? `约 ${size} 文本` : `≈ ${size} of text`;
}

/**
 * Spaces between Chinese and Latin letters or digits where a sentence was assembled from parts
 * ("RAG始终" → "RAG 始终"), the convention our Chinese text follows throughout.
 */
export function spaceCjk(text: string): string {
  return text.replace(/([\u4e00-\u9fff])([A-Za-z0-9$¥])/g, "$1 $2").replace(/([A-Za-z0-9%])([\u4e00-\u9fff])/g, "$1 $2");
}

export function formatMonths(m: number, lang: Lang): string {
  if (lang === "zh") return `${m} 个月`;
  return m === 1 ? "1 month" : `${m} months`;
}

/** "第 12 个月" / "month 12". */
export function formatMonthOrdinal(m: number, lang: Lang): string {
  return lang === "zh" ? `第 ${m} 个月` : `month ${m}`;
}

export function formatMs(ms: number, lang: Lang): string {
  return `${nf(lang, { maximumFractionDigits: 0 }).format(ms)} ms`;
}

/** "15 分钟", "4.8 天" / "15 min", "4.8 days". */
export function formatHours(h: number, lang: Lang): string {
  const zh = lang === "zh";
  if (h === 0) return zh ? "即时" : "immediate";
  if (h < 1) return zh ? `${sig(h * 60, lang, 2)} 分钟` : `${sig(h * 60, lang, 2)} min`;
  if (h < 48) return zh ? `${sig(h, lang, 3)} 小时` : `${sig(h, lang, 3)} h`;
  const days = h / 24;
  if (days < 730) return zh ? `${sig(days, lang, 3)} 天` : `${sig(days, lang, 3)} days`;
  return zh ? `${sig(days / 365.25, lang, 3)} 年` : `${sig(days / 365.25, lang, 3)} years`;
}

export function formatPercent(fraction: number, lang: Lang): string {
  return nf(lang, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

export function formatPlain(n: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 6 }).format(n);
}
