import { describe, expect, it } from "vitest";
import { isFormSubmission, readForm } from "./form";

/** A submission of the article's form as the browser sends it: the fields in order, hidden ones first. */
const submit = (pairs: [string, string][]) => new URLSearchParams(pairs);
const read = (pairs: [string, string][]) => readForm(submit(pairs)).toString();

// The positions the sliders are rendered at for the default scenario (5,000 a day, weekly, 20M tokens):
// round(log10(5000) × 100) = 370, the "weekly" stop is index 7, round(log10(2e7) × 100) = 730.
const AT_DEFAULTS: [string, string][] = [
  ["sq", "370"],
  ["sq0", "370"],
  ["su", "7"],
  ["su0", "7"],
  ["sd", "730"],
  ["sd0", "730"],
];

describe("the calculator as a plain form", () => {
  it("knows a submission by its slider positions, and a permalink by their absence", () => {
    expect(isFormSubmission(submit([["v", "2"], ...AT_DEFAULTS]))).toBe(true);
    expect(
      isFormSubmission(
        submit([
          ["v", "2"],
          ["q", "20000"],
        ]),
      ),
    ).toBe(false);
  });

  it("reads what was typed as the field reads it", () => {
    const typed = (q: string, d = "20000000") => read([["v", "2"], ["q", q], ["u", "4"], ["d", d], ...AT_DEFAULTS]);
    expect(typed("20k")).toBe("v=2&q=20000&u=4&d=20000000");
    expect(typed("2万")).toBe("v=2&q=20000&u=4&d=20000000");
    expect(typed("1.2亿")).toBe("v=2&q=120000000&u=4&d=20000000");
    // 5 GB of text at 4 bytes a token; 40,000 pages at 500 tokens a page.
    expect(typed("5000", "5 GB")).toBe("v=2&q=5000&u=4&d=1250000000");
    expect(typed("5000", "40,000 pages")).toBe("v=2&q=5000&u=4&d=20000000");
  });

  it("leaves what it cannot read to the codec, which warns", () => {
    expect(read([["q", "lots"], ["d", "-5"], ...AT_DEFAULTS])).toBe("q=lots&d=-5");
  });

  it("takes a moved slider's value, unless its field was typed into too", () => {
    // The queries slider moved from 370 to 373: 10^3.73 ≈ 5,370, whose roundest value at 373 is 5,400.
    const moved: [string, string][] = [
      ["sq", "373"],
      ["sq0", "370"],
    ];
    expect(read([["q", "5000"], ...moved])).toBe("q=5400");
    // Both moved and typed: the typed value wins.
    expect(read([["q", "20k"], ...moved])).toBe("q=20000");
    // The update slider moved from "weekly" (index 7) to index 10: 30 a month, daily.
    expect(
      read([
        ["u", "4"],
        ["su", "10"],
        ["su0", "7"],
      ]),
    ).toBe("u=30");
    // A position out of range is held to the slider's ends: 10^8 a day.
    expect(
      read([
        ["q", "5000"],
        ["sq", "999"],
        ["sq0", "370"],
      ]),
    ).toBe("q=100000000");
  });

  it("keeps every other parameter as it came (pinned scenario, page options, assumptions)", () => {
    expect(
      read([["v", "2"], ["p", "runpod-qwen3-8b-lora"], ["pin", "v=2&q=300"], ["theme", "dark"], ["q", "5000"], ...AT_DEFAULTS]),
    ).toBe("v=2&p=runpod-qwen3-8b-lora&pin=v%3D2%26q%3D300&theme=dark&q=5000");
  });
});

describe("the accuracy form (v3)", () => {
  it("is a form's submission by its percent marker, and its fields are percentages", () => {
    const pairs: [string, string][] = [
      ["v", "3"],
      ["pct", "1"],
      ["task", "long-doc-lookup"],
      ["acc_rag", "85"],
      ["acc_ft", ""],
      ["acc_hybrid", " "],
      ["acc_lc", "70%"],
    ];
    expect(isFormSubmission(submit(pairs))).toBe(true);
    expect(read(pairs)).toBe("v=3&task=long-doc-lookup&acc_rag=85%25&acc_lc=70%25");
  });

  it("leaves an unset task kind out, and text it cannot read for the codec to report", () => {
    expect(
      read([
        ["v", "3"],
        ["pct", "1"],
        ["task", ""],
        ["acc_rag", "most"],
      ]),
    ).toBe("v=3&acc_rag=most");
  });

  it("leaves accuracies in a link without the marker as the codec reads them (shares)", () => {
    expect(
      isFormSubmission(
        submit([
          ["v", "3"],
          ["acc_rag", "0.85"],
        ]),
      ),
    ).toBe(false);
  });
});
