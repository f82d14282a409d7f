/**
 * Slider scales: the positions a range input moves through and the values they stand for. Query
 * volume and corpus size move on a log scale (they span decades); updates move through named stops.
 */

import { workloadSpecs, type WorkloadKey } from "./assumptions";

/** Positions per decade on log sliders: one keyboard step is 10^(1/100) ≈ 2.3 %. */
export const LOG_STEPS_PER_DECADE = 100;

export interface LogScale {
  min: number;
  max: number;
}

export const logScale = {
  /** Slider position (an integer) of a value. */
  position: (s: LogScale, value: number) => Math.round(Math.log10(value) * LOG_STEPS_PER_DECADE),
  minPosition: (s: LogScale) => Math.round(Math.log10(s.min) * LOG_STEPS_PER_DECADE),
  maxPosition: (s: LogScale) => Math.round(Math.log10(s.max) * LOG_STEPS_PER_DECADE),
  /** The roundest value that still sits at this position: 5,000 rather than 5,011.87. */
  value: (s: LogScale, position: number) => {
    const raw = 10 ** (position / LOG_STEPS_PER_DECADE);
    const round = roundestNear(raw, position);
    return Math.min(s.max, Math.max(s.min, round));
  },
};

/** The number with the fewest significant digits whose slider position is still `position`. */
function roundestNear(raw: number, position: number): number {
  for (let digits = 1; digits <= 6; digits++) {
    const candidate = Number(raw.toPrecision(digits));
    if (Math.round(Math.log10(candidate) * LOG_STEPS_PER_DECADE) === position) return candidate;
  }
  return raw;
}

/** Update-frequency slider stops, per month: the named ones and a few in between. */
export const UPDATE_SLIDER_VALUES: readonly number[] = [0, 1 / 12, 1 / 6, 1 / 3, 1 / 2, 1, 2, 4, 8, 15, 30, 60, 120, 240, 720];

/** Index of the positive value nearest to x on a log scale (values ≤ 0 are skipped). */
export function nearestOnLogScale(values: readonly number[], x: number): number {
  let best = -1;
  let bestDistance = Infinity;
  values.forEach((v, i) => {
    if (v <= 0) return;
    const d = Math.abs(Math.log(v) - Math.log(x));
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/** The stop nearest to an update rate (on a log scale), for typed values between stops; 0 is "never". */
export function nearestUpdateStop(u: number): number {
  return u <= 0 ? 0 : nearestOnLogScale(UPDATE_SLIDER_VALUES, u);
}

/** A workload slider: its range of positions and the value at each (the page's sliders and the form reader share it). */
export interface SliderScale {
  min: number;
  max: number;
  position: (value: number) => number;
  value: (position: number) => number;
}

const onLogScale = (s: LogScale): SliderScale => ({
  min: logScale.minPosition(s),
  max: logScale.maxPosition(s),
  position: (v) => logScale.position(s, v),
  value: (p) => logScale.value(s, p),
});

/** The slider of each workload input: queries and corpus on a log scale, updates by stops, the horizon in months. */
export function sliderScale(key: WorkloadKey): SliderScale {
  const spec = workloadSpecs[key];
  if (key === "updatesPerMonth") {
    return {
      min: 0,
      max: UPDATE_SLIDER_VALUES.length - 1,
      position: nearestUpdateStop,
      value: (p) => UPDATE_SLIDER_VALUES[Math.min(UPDATE_SLIDER_VALUES.length - 1, Math.max(0, Math.round(p)))]!,
    };
  }
  if (key === "horizonMonths") {
    return {
      min: spec.min,
      max: spec.max,
      position: (v) => v,
      value: (p) => Math.min(spec.max, Math.max(spec.min, Math.round(p))),
    };
  }
  return onLogScale(spec);
}
