/**
 * Points for drawing the cumulative curves: the model's monthly series plus the two kinds of
 * vertical steps the reader should see, the upfront jump at month 0 and FT's retrains at the month
 * they happen. Derived from the estimate; no number of its own.
 */
import { retrainsBy, type Estimate } from "./model";

export interface CurvePoint {
  month: number;
  rag: number;
  ft: number;
  hybrid: number;
  /** Long context (v3, where it fits). */
  lc?: number;
}

export function cumulativeCurve(e: Estimate): CurvePoint[] {
  const { series, fineTune } = e;
  const points: CurvePoint[] = [{ month: 0, rag: 0, ft: 0, hybrid: 0, ...(series[0]?.lc !== undefined ? { lc: 0 } : {}) }];
  series.forEach((p, m) => {
    const retrainsNow = m === 0 ? 0 : retrainsBy(m, fineTune.retrainsPerMonth) - retrainsBy(m - 1, fineTune.retrainsPerMonth);
    if (retrainsNow > 0) points.push({ ...p, ft: p.ft - retrainsNow * fineTune.retrainCost });
    points.push(p);
  });
  return points;
}
