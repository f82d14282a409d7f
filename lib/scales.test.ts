import { describe, expect, it } from "vitest";
import { workloadSpecs } from "./assumptions";
import { logScale, nearestUpdateStop, UPDATE_SLIDER_VALUES } from "./scales";

describe("log slider scale", () => {
  const q = workloadSpecs.queriesPerDay;
  it("covers the whole range, ends included", () => {
    expect(logScale.value(q, logScale.minPosition(q))).toBe(1);
    expect(logScale.value(q, logScale.maxPosition(q))).toBe(100_000_000);
  });

  it("gives round numbers", () => {
    expect(logScale.value(q, 370)).toBe(5000);
    expect(logScale.value(q, 500)).toBe(100_000);
  });

  it("never gets stuck: every position maps back to itself", () => {
    for (let p = logScale.minPosition(q); p <= logScale.maxPosition(q); p++) {
      expect(logScale.position(q, logScale.value(q, p))).toBe(p);
    }
  });
});

describe("update stops", () => {
  it("finds the stop itself and the nearest one between stops", () => {
    UPDATE_SLIDER_VALUES.forEach((v, i) => expect(nearestUpdateStop(v)).toBe(i));
    expect(nearestUpdateStop(5)).toBe(UPDATE_SLIDER_VALUES.indexOf(4));
    expect(nearestUpdateStop(1e-6)).toBe(1);
  });
});
