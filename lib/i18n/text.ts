/**
 * The sentences that depend on the numbers: which message to say (a verdict's case, an error's reason,
 * one page or several) and what fills it. The messages themselves are data (zh.ts, en.ts); this is the
 * code that picks them. Pure: no React, no Next.
 */
import {
  compactNumber,
  formatCorpus,
  formatMoney,
  formatMonthOrdinal,
  formatMonths,
  formatPercent,
  formatPlain,
  formatQueries,
  spaceCjk,
  type Money,
} from "../format";
import type { AnyApproach, Approach, LongContextInfeasible } from "../model";
import type { Adjustment, Conversion, QuantityError } from "../quantity";
import type { WarningCode } from "../scenario";
import type { Verdict } from "../verdict";
import { format, type MessageValues } from "./format";
import type { ClientMessages, Messages } from "./types";

/** A message filled, then spaced the Chinese way (a space between Han characters and Latin or digits). */
function spaced(t: ClientMessages, message: string, values: MessageValues): string {
  const text = format(message, values);
  return t.lang === "zh" ? spaceCjk(text) : text;
}

const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** Why a typed value was refused, and what the field keeps using. */
export function inputProblem(t: ClientMessages, reason: QuantityError, given: string, current: string, corpus: boolean): string {
  const m = t.calculator.input;
  const message = reason === "not-a-number" && corpus ? m.problem.notANumberCorpus : m.problem[reason];
  return format(message, { given, still: format(m.still, { current }) });
}

/** How a typed value was brought into range or rounded. */
export function inputAdjusted(t: ClientMessages, how: Exclude<Adjustment, null>, given: string, used: string): string {
  return format(t.calculator.input.adjusted[how], { given, used });
}

/** What a size in pages or bytes came to in tokens. */
export function inputConverted(t: ClientMessages, c: Conversion, tokens: number): string {
  const m = t.calculator.input;
  const tokensText = compactNumber(tokens, t.lang);
  if (c.from === "pages")
    return format(c.pages === 1 ? m.convertedPages.one : m.convertedPages.other, {
      pages: formatPlain(c.pages, t.lang),
      tokens: tokensText,
      perPage: c.tokensPerPage,
    });
  return format(m.convertedBytes, {
    amount: formatPlain(c.amount, t.lang),
    unit: c.unit,
    tokens: tokensText,
    perToken: c.bytesPerToken,
  });
}

/** The verdict in full: the cheapest, when the curves cross, and the break-even volume. */
export function verdictSentences(t: ClientMessages, v: Verdict, horizon: number, money: Money): string[] {
  const m = t.verdict;
  const { mid, start } = t.names;
  const months = formatMonths(horizon, t.lang);
  const out = [
    spaced(t, m.first, {
      horizon: months,
      cheapest: mid[v.cheapest],
      runnerUp: mid[v.runnerUp],
      saving: formatMoney(v.saving, money, t.lang),
      share: formatPercent(v.savingShare, t.lang),
    }),
  ];
  if (v.breakEvenMonth !== null && v.cheaperFromBreakEven) {
    const later = v.cheaperFromBreakEven;
    const other: Approach = later === "rag" ? "ft" : "rag";
    out.push(
      v.breakEvenMonth <= 1
        ? spaced(t, m.breakEvenFirstMonth, { Later: start[later], other: mid[other] })
        : spaced(t, m.breakEvenLater, {
            Later: start[later],
            other: mid[other],
            month: formatMonthOrdinal(v.breakEvenMonth, t.lang),
          }),
    );
  } else if (v.ragVsFt.cheaper) {
    out.push(spaced(t, m.neverCross, { cheaper: mid[v.ragVsFt.cheaper] }));
  }
  out.push(
    v.breakEvenVolume !== null && v.cheaperAboveVolume
      ? spaced(t, m.volume, {
          volume: formatQueries(v.breakEvenVolume, t.lang),
          cheaper: mid[v.cheaperAboveVolume],
          other: mid[v.cheaperAboveVolume === "rag" ? "ft" : "rag"],
          horizon: months,
        })
      : spaced(t, m.noVolume, {}),
  );
  // v3: when long context does not fit, one line says so (it is in no ranking, row or chart).
  if (v.lcMissing) out.push(lcMissingLine(t, v.lcMissing));
  return out;
}

/** A number of tokens as the calculator shows a knowledge base ("127,300 tokens ≈ 255 pages"). */
const windowTokens = (t: ClientMessages, tokens: number) =>
  t.lang === "zh" ? `${compactNumber(tokens, "zh")} tokens` : `${compactNumber(tokens, "en")}-token`;

/** Why long context is out: no window in the price set, a base too large (by how much, and the largest that fits). */
export function lcMissingLine(t: ClientMessages, lc: LongContextInfeasible): string {
  if (lc.reason === "no-window") return t.lc.noWindow;
  if (lc.ratio === null) return spaced(t, t.lc.noRoom, { window: windowTokens(t, lc.contextWindow) });
  return spaced(t, t.lc.tooLarge, {
    ratio: formatRatio(lc.ratio, t.lang),
    window: windowTokens(t, lc.contextWindow),
    max: formatCorpus(lc.maxCorpusTokens, t.lang),
  });
}

/** How many times too large: two decimals below 10 (1.18), whole numbers above (157). */
export function formatRatio(ratio: number, lang: ClientMessages["lang"]): string {
  const digits = ratio < 10 ? 2 : 0;
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: digits }).format(ratio);
}

/** The verdict in one line (page titles, the comparison, the preview image). */
export function verdictShort(t: ClientMessages, v: Verdict, horizon: number, money: Money): string {
  return spaced(t, t.verdict.short, {
    horizon: formatMonths(horizon, t.lang),
    cheapest: t.names.mid[v.cheapest],
    runnerUp: t.names.mid[v.runnerUp],
    saving: formatMoney(v.saving, money, t.lang),
  });
}

/** The answer's headline, runner-up and third lines, and the bar that keeps it in view. */
export function answerHeadline(t: ClientMessages, who: string, total: string, horizon: string): string {
  return spaced(t, t.answer.headline, { who, total, horizon });
}
export function answerRunnerUp(t: ClientMessages, who: string, saving: string, share: string): string {
  return spaced(t, t.answer.runnerUp, { who, saving, share });
}
export function answerThird(t: ClientMessages, who: string, total: string): string {
  return spaced(t, t.answer.third, { Who: capitalised(who), total });
}
export function answerBar(t: ClientMessages, who: string, total: string, horizon: string): string {
  return spaced(t, t.answer.bar, { who, total, horizon });
}

/** A correction made to a link's query. */
export function warningText(
  t: ClientMessages,
  code: WarningCode,
  param: string,
  given: string,
  used: string | undefined,
): string {
  return format(t.warnings.codes[code], { param, given, used: used ?? "" });
}

/** Whether the cheapest holds across the ranges, or which approach wins at each end. */
export function uncertaintyHolds(t: ClientMessages, winner: AnyApproach): string {
  return spaced(t, t.uncertainty.holds, { Winner: t.names.start[winner] });
}
export function uncertaintyFlips(t: ClientMessages, optimistic: AnyApproach, pessimistic: AnyApproach): string {
  return spaced(t, t.uncertainty.flips, { optimistic: t.names.mid[optimistic], pessimistic: t.names.mid[pessimistic] });
}
export function uncertaintyDrivers(t: ClientMessages, names: readonly string[]): string {
  return format(t.uncertainty.drivers, { names: names.join(t.listSeparator) });
}

/** One cell of the map of where each approach wins. */
export function mapCell(t: ClientMessages, approach: string, queries: string, updates: string): string {
  return spaced(t, t.map.cell, { approach, queries, updates });
}

/** One cell of v3's map over knowledge-base size. */
export function mapCellCorpus(t: ClientMessages, approach: string, queries: string, corpus: string): string {
  return spaced(t, t.map.cellCorpus, { approach, queries, size: corpus });
}

/** The questionnaire's reason from cost. */
export function quizCostReason(
  t: ClientMessages,
  cheapest: Approach,
  runnerUp: Approach,
  saving: string,
  horizon: string,
): string {
  return spaced(t, t.quiz.costReason, { cheapest: t.names.mid[cheapest], runnerUp: t.names.mid[runnerUp], saving, horizon });
}

/** The downloads' currency line and description. */
export function exportCurrency(t: Messages, currency: "USD" | "CNY", fxRate: number): string {
  return currency === "CNY" ? format(t.exports.currencyCny, { fxRate }) : t.exports.currencyUsd;
}
export function exportDescription(
  t: Messages,
  scenario: string,
  totals: string,
  horizon: string,
  { withLc = false, lcMissing = null }: { withLc?: boolean; lcMissing?: LongContextInfeasible | null } = {},
): string {
  const text = spaced(t, withLc ? t.exports.descriptionFour : t.exports.description, { scenario, totals, horizon });
  // v3 where long context does not fit: the file says why, as the page does.
  return lcMissing ? `${text}${t.lang === "zh" ? "" : " "}${lcMissingLine(t, lcMissing)}` : text;
}

/** The preview image's line on when and at what volume RAG and fine-tuning break even. */
export function ogBreakEven(t: Messages, v: Verdict): string {
  const m = t.og;
  const month =
    v.breakEvenMonth !== null && v.cheaperFromBreakEven
      ? format(m.cheaperFrom, {
          Later: t.names.start[v.cheaperFromBreakEven],
          month: v.breakEvenMonth <= 1 ? m.firstMonth : formatMonthOrdinal(v.breakEvenMonth, t.lang),
        })
      : m.noCross;
  const volume = v.breakEvenVolume !== null ? format(m.volume, { volume: formatQueries(v.breakEvenVolume, t.lang) }) : m.noVolume;
  const line = `${month} · ${volume}`;
  return t.lang === "zh" ? spaceCjk(line) : line;
}
