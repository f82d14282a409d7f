/**
 * Axes that fit: a domain just wide enough for the data and ticks at round steps (1, 2, 2.5 or 5
 * × 10ⁿ). Money is ticked in the display currency (convert first, then tick), so a CNY axis reads
 * ¥20 万, ¥40 万 rather than converted dollars.
 */
import { formatMoneyCompact, type Money } from "./format";
import type { Lang } from "./i18n-text";

export interface Axis {
  /** [low, high]: the first and last tick. */
  domain: [number, number];
  ticks: number[];
  step: number;
}

const STEPS = [1, 2, 2.5, 5, 10];

/** Removes floating-point dust: 0.1 × 3 → 0.3. */
const clean = (n: number) => Number(n.toPrecision(12));

/** The smallest round step (1, 2, 2.5, 5 × 10ⁿ) at least `raw`. */
export function roundStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const m = STEPS.find((s) => s * magnitude >= raw * (1 - 1e-9)) ?? 10;
  return clean(m * magnitude);
}

/**
 * Round ticks covering [min, max] with at most `maxIntervals` intervals (4 by default, so 5 ticks).
 * The domain always includes 0: costs start there, and a bar's length must mean its value.
 */
export function niceAxis(max: number, min = 0, maxIntervals = 4): Axis {
  let lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi - lo <= 0) hi = lo + 1;
  let step = roundStep((hi - lo) / maxIntervals);
  // Rounding the ends out can add an interval; widen the step until it fits.
  for (let i = 0; i < 8; i++) {
    const count = Math.ceil(clean(hi / step)) - Math.floor(clean(lo / step));
    if (count <= maxIntervals) break;
    step = roundStep(step * 1.01);
  }
  const first = Math.floor(clean(lo / step));
  const last = Math.ceil(clean(hi / step));
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(clean(i * step));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks, step };
}

/** A symmetric axis around 0 (for the tornado): ticks at round steps out to ±max|value|. */
export function symmetricAxis(maxAbs: number, maxIntervalsPerSide = 2): Axis {
  const half = niceAxis(Math.abs(maxAbs) || 1, 0, maxIntervalsPerSide);
  const ticks = [
    ...half.ticks
      .slice(1)
      .map((t) => -t)
      .reverse(),
    ...half.ticks,
  ];
  return { domain: [-half.domain[1], half.domain[1]], ticks, step: half.step };
}

/** Month ticks: whole months at 1, 2, 3, 6, 12 or 24-month steps, at most 7 ticks. */
export function monthAxis(horizon: number): Axis {
  const h = Math.max(1, Math.round(horizon));
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => h / s <= 6) ?? 60;
  const ticks: number[] = [];
  for (let m = 0; m <= h; m += step) ticks.push(m);
  return { domain: [0, h], ticks, step };
}

/** A money axis in the display currency, from amounts in USD. */
export function moneyAxis(maxUsd: number, money: Money, minUsd = 0, maxIntervals = 4): Axis {
  const rate = money.currency === "CNY" ? money.fxRate : 1;
  return niceAxis(maxUsd * rate, minUsd * rate, maxIntervals);
}

/** A tick label for an amount already in the display currency: "$20K", "¥20 万", "¥1.5 亿". */
export function moneyTickLabel(value: number, money: Money, lang: Lang): string {
  return formatMoneyCompact(value, { currency: money.currency, fxRate: 1 }, lang, 4);
}
