/**
 * Quantities as people type them: "20k", "2万", "1.2亿", "20 000", "２０，０００", "2e7", and for the
 * knowledge-base size also "5 GB", "40,000 pages", "40000页" or "2000万 tokens". Pure: no React.
 *
 * The answer is a value or a reason code (the UI words it in the reader's language); a size in
 * bytes or pages comes back in tokens together with the conversion used, so the UI can show it.
 * Ranges are not checked here: the caller clamps to its field's range and says so.
 */
import { TOKENS_PER_PAGE } from "./assumptions";
import { BYTES_PER_TOKEN } from "./format";

/** "number": any plain quantity; "corpus": a knowledge-base size, also in bytes or pages. */
export type QuantityKind = "number" | "corpus";

export type QuantityError =
  /** Nothing typed. */
  | "empty"
  /** Not a number in any form we know. */
  | "not-a-number"
  /** Below zero: none of our quantities can be. */
  | "negative"
  /** Beyond what a number can hold (1e999). */
  | "too-large"
  /** Commas, spaces or points where they cannot group thousands ("1,5", "20,00"). */
  | "separator"
  /** A size in bytes or pages typed into a field that is not the knowledge-base size. */
  | "unit-here";

export type ByteUnit = "B" | "KB" | "MB" | "GB" | "TB" | "KiB" | "MiB" | "GiB" | "TiB";

/** How a size in bytes or pages became tokens. */
export type Conversion =
  | { from: "bytes"; amount: number; unit: ByteUnit; bytes: number; bytesPerToken: number }
  | { from: "pages"; pages: number; tokensPerPage: number };

export type QuantityResult = { ok: true; value: number; note?: Conversion } | { ok: false; reason: QuantityError };

/** Bytes in each unit: decimal (SI) for KB…TB, binary for KiB…TiB. */
export const BYTE_UNITS: Readonly<Record<ByteUnit, number>> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
};

/** Bytes of plain text per token used to turn a size into tokens (see BYTES_PER_TOKEN in format.ts). */
export const TEXT_BYTES_PER_TOKEN = BYTES_PER_TOKEN;
export { TOKENS_PER_PAGE };

/** Magnitude words and their powers of ten, longest first so "千万" wins over "千". */
const MULTIPLIERS: readonly [string, number][] = [
  ["trillion", 12],
  ["thousand", 3],
  ["billion", 9],
  ["million", 6],
  ["万亿", 12],
  ["千亿", 11],
  ["百亿", 10],
  ["十亿", 9],
  ["千万", 7],
  ["百万", 6],
  ["十万", 5],
  ["mio", 6],
  ["bn", 9],
  ["mn", 6],
  ["tn", 12],
  ["亿", 8],
  ["万", 4],
  ["千", 3],
  ["百", 2],
  ["k", 3],
  ["m", 6],
  ["b", 9],
  ["t", 12],
  ["w", 4], // "2w": how many Chinese readers write 2 万 on a Latin keyboard
];
const LATIN_MULTIPLIER = /^[a-z]/;

const BYTE_UNIT_WORDS: readonly [RegExp, ByteUnit][] = [
  // Not a bare "b": "5B" is five billion.
  [/^(?:bytes?|字节)$/, "B"],
  [/^(?:kb|kbytes?|千字节)$/, "KB"],
  [/^(?:mb|mbytes?|兆|兆字节)$/, "MB"],
  [/^(?:gb|g|gbytes?|吉字节)$/, "GB"],
  [/^(?:tb|tbytes?)$/, "TB"],
  [/^kib$/, "KiB"],
  [/^mib$/, "MiB"],
  [/^gib$/, "GiB"],
  [/^tib$/, "TiB"],
];
const PAGE_WORDS = /^(?:pages?|pp\.?|页|頁|页纸)$/;
const TOKEN_WORDS = /^(?:tokens?|toks?|个\s*tokens?)$/;
/** Units a plain field may carry and that change nothing: the field's own unit, a currency, "/day". */
const IGNORED_UNITS =
  /^(?:tokens?|queries|queries\s*(?:\/|per|a)\s*day|(?:\/|per|a)\s*(?:day|month)|次|次\s*\/\s*[天日月]|次每[天日月]|每[天日月]|\/\s*[天日月]|updates?(?:\s*(?:\/|per|a)\s*month)?|个月|月|months?|mo|元|美元|人民币|usd|cny|rmb|dollars?)$/;

/** One number as written, e.g. "20,000.5" or "2e7": its digits and its power of ten. */
const NUMBER_AT = /^(\d[\d,' _]*\d|\d)?(\.\d*)?(?:e([+-]?\d+))?/;

/**
 * Full-width digits and punctuation to ASCII, every kind of space to a plain one, the typographic
 * minus to a hyphen, lower case.
 */
function normalise(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/(\d)[。｡](\d)/g, "$1.$2")
    .replace(/[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/g, " ")
    .replace(/[\u2212\u2012\u2013\ufe63]/g, "-")
    .toLowerCase()
    .trim();
}

/** Integer digits without grouping, or null if the grouping is not by thousands. */
function ungroup(int: string): string | null {
  if (!/[,' _]/.test(int)) return int;
  const groups = int.split(/[,' _]/);
  if (groups.some((g) => g === "")) return null;
  if (groups[0]!.length > 3) return null;
  return groups.slice(1).every((g) => g.length === 3) ? groups.join("") : null;
}

interface Term {
  value: number;
  power: number;
}

type Step = { ok: true; term: Term; rest: string; multiplied: "cjk" | "latin" | null } | { ok: false; reason: QuantityError };

/** One number at the start of s, with its magnitude word if any. */
function readTerm(s: string): Step {
  const m = NUMBER_AT.exec(s);
  if (!m || (!m[1] && !m[2]) || m[0] === "." || (!m[1] && m[2] === ".")) return { ok: false, reason: "not-a-number" };
  const token = m[0];
  const int = m[1] ?? "0";
  const digits = ungroup(int);
  if (digits === null) return { ok: false, reason: "separator" };
  const fraction = m[2] ?? "";
  const exponent = Number(m[3] ?? 0);
  let rest = s.slice(token.length).trim();
  // A point after grouped digits that is itself followed by three digits and another point is
  // European grouping ("1.000.000"): refuse rather than guess.
  if (/^\.\d/.test(rest) || /^[,']\d/.test(rest)) return { ok: false, reason: "separator" };
  const mantissa = `${digits}${fraction === "." ? "" : fraction}`;
  let power = exponent;
  let multiplied: "cjk" | "latin" | null = null;
  if (!unitOf(rest)) {
    for (const [word, p] of MULTIPLIERS) {
      if (!rest.startsWith(word)) continue;
      const after = rest.slice(word.length);
      // "k" in "kb" is a unit, not a multiplier followed by bytes; "b" alone would be bytes, so
      // a Latin word must end at a space, a CJK character or the end.
      if (LATIN_MULTIPLIER.test(word) && /^[a-z]/.test(after) && !unitOf(after.trim())) continue;
      power += p;
      multiplied = LATIN_MULTIPLIER.test(word) ? "latin" : "cjk";
      rest = after.trim();
      break;
    }
  }
  return { ok: true, term: { value: Number(`${mantissa}e${power}`), power }, rest, multiplied };
}

type Unit = { kind: "tokens" } | { kind: "pages" } | { kind: "bytes"; unit: ByteUnit } | { kind: "ignored" };

function unitOf(rest: string): Unit | null {
  if (rest === "") return null;
  if (TOKEN_WORDS.test(rest)) return { kind: "tokens" };
  if (PAGE_WORDS.test(rest)) return { kind: "pages" };
  for (const [re, unit] of BYTE_UNIT_WORDS) if (re.test(rest)) return { kind: "bytes", unit };
  if (IGNORED_UNITS.test(rest)) return { kind: "ignored" };
  return null;
}

/**
 * Reads a typed quantity. Never throws. `kind: "corpus"` also accepts sizes in bytes and pages
 * and returns tokens with the conversion used.
 */
export function parseQuantity(raw: string, kind: QuantityKind = "number"): QuantityResult {
  if (typeof raw !== "string") return { ok: false, reason: "not-a-number" };
  if (raw.length > 200) return { ok: false, reason: "not-a-number" };
  let s = normalise(raw);
  if (s === "") return { ok: false, reason: "empty" };
  // What our own labels add: "≈ 4 万页" after the tokens, "约"/"~" before a number.
  s = s.split("≈")[0]!.trim();
  s = s.replace(/^(?:~|约|大约|about|approx\.?|ca\.)\s*/, "");
  s = s.replace(/^[$¥]\s*/, "");
  let negative = false;
  if (s.startsWith("-")) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) s = s.slice(1).trim();
  if (s === "") return { ok: false, reason: "not-a-number" };

  // One term, or several Chinese ones in falling order: "1亿2000万", "2万5千".
  let total = 0;
  let lastPower = Infinity;
  let unit: Unit | null = null;
  let rest = s;
  for (let i = 0; ; i++) {
    const step = readTerm(rest);
    if (!step.ok) return i === 0 ? step : { ok: false, reason: step.reason };
    const { term } = step;
    if (i > 0) {
      // A further term needs its own smaller magnitude word: "2万5" could mean 25,000 or 20,005.
      if (step.multiplied !== "cjk" || term.power >= lastPower || term.value >= 10 ** lastPower)
        return { ok: false, reason: "not-a-number" };
    }
    total += term.value;
    lastPower = term.power;
    rest = step.rest;
    if (rest === "") break;
    unit = unitOf(rest);
    if (unit) break;
    if (step.multiplied !== "cjk" || !/^[\d.]/.test(rest)) return { ok: false, reason: "not-a-number" };
  }
  if (Number.isNaN(total)) return { ok: false, reason: "not-a-number" };
  if (!Number.isFinite(total)) return { ok: false, reason: negative ? "negative" : "too-large" };
  if (negative && total !== 0) return { ok: false, reason: "negative" };

  if (unit?.kind === "bytes" || unit?.kind === "pages") {
    if (kind !== "corpus") return { ok: false, reason: "unit-here" };
    if (unit.kind === "pages") {
      const value = total * TOKENS_PER_PAGE;
      if (!Number.isFinite(value)) return { ok: false, reason: "too-large" };
      return { ok: true, value, note: { from: "pages", pages: total, tokensPerPage: TOKENS_PER_PAGE } };
    }
    const bytes = total * BYTE_UNITS[unit.unit];
    if (!Number.isFinite(bytes)) return { ok: false, reason: "too-large" };
    return {
      ok: true,
      value: Math.round(bytes / TEXT_BYTES_PER_TOKEN),
      note: { from: "bytes", amount: total, unit: unit.unit, bytes, bytesPerToken: TEXT_BYTES_PER_TOKEN },
    };
  }
  return { ok: true, value: total === 0 ? 0 : total };
}

/** Where a value landed against a field's range, for the message that says so. */
export type Adjustment = "above-max" | "below-min" | "rounded" | null;

/** The value a field uses for a parsed one, and why it differs if it does. */
export function fitToRange(
  value: number,
  range: { min: number; max: number; integer?: boolean },
): { value: number; adjusted: Adjustment } {
  if (value > range.max) return { value: range.max, adjusted: "above-max" };
  if (value < range.min) return { value: range.min, adjusted: "below-min" };
  if (range.integer && !Number.isInteger(value)) return { value: Math.round(value), adjusted: "rounded" };
  return { value, adjusted: null };
}
