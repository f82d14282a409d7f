import { describe, expect, it } from "vitest";
import { format, placeholders } from "./format";

describe("format", () => {
  it("fills every placeholder, as often as it occurs", () => {
    expect(format("{size} of PDFs is not {size} of text", { size: "5 GB" })).toBe("5 GB of PDFs is not 5 GB of text");
    expect(format("v{version}", { version: 2 })).toBe("v2");
  });

  it("throws on a placeholder left without a value rather than showing it", () => {
    expect(() => format("checked {date}", {})).toThrow(/\{date\}/);
  });

  it("lists a message's placeholders once each, in order", () => {
    expect(placeholders("{size} of PDFs is not {size} of {what}")).toEqual(["size", "what"]);
  });
});
