import { describe, expect, it } from "vitest";
import { formatCorpus, formatHours, formatMoney, formatMoneyCompact, formatQueries, formatUpdates, spaceCjk } from "./format";

const usd = { currency: "USD" as const, fxRate: 6.8 };
const cny = { currency: "CNY" as const, fxRate: 6.8 };

describe("human labels", () => {
  it("query volumes", () => {
    expect(formatQueries(5000, "zh")).toBe("5 千次/天");
    expect(formatQueries(445_000, "zh")).toBe("44.5 万次/天");
    expect(formatQueries(100_000_000, "zh")).toBe("1 亿次/天");
    expect(formatQueries(800, "zh")).toBe("800 次/天");
    expect(formatQueries(5000, "en")).toBe("5K / day");
  });

  it("update frequencies", () => {
    expect(formatUpdates(4, "zh")).toBe("每周");
    expect(formatUpdates(1 / 3, "en")).toBe("quarterly");
    expect(formatUpdates(2, "zh")).toBe("每月 2 次");
    expect(formatUpdates(1 / 6, "en")).toBe("every 6 months");
    expect(formatUpdates(120, "en")).toBe("~3.9× a day");
  });

  it("corpus sizes, with pages", () => {
    expect(formatCorpus(20_000_000, "zh")).toBe("2,000 万 tokens ≈ 4 万页");
    expect(formatCorpus(20_000_000, "en")).toBe("20M tokens ≈ 40,000 pages");
    // Below 10,000 pages both languages give three significant figures (127,300 / 500 = 254.6).
    expect(formatCorpus(127_300, "zh")).toBe("12.7 万 tokens ≈ 255 页");
    expect(formatCorpus(127_300, "en")).toBe("127K tokens ≈ 255 pages");
    expect(formatCorpus(1_234_000, "zh")).toBe("123 万 tokens ≈ 2,470 页");
  });

  it("money in USD and CNY", () => {
    expect(formatMoney(22011.108, usd, "en")).toBe("$22,011");
    expect(formatMoney(0.5, usd, "en")).toBe("$0.50");
    expect(formatMoney(1000, cny, "zh")).toBe("¥6,800");
    expect(formatMoneyCompact(66006, usd, "zh", 2)).toBe("$6.6 万");
    expect(formatMoneyCompact(66006, usd, "en", 2)).toBe("$66K");
  });

  it("durations", () => {
    expect(formatHours(0.25, "zh")).toBe("15 分钟");
    expect(formatHours(115.3125, "en")).toBe("4.8 days");
    expect(formatHours(0, "en")).toBe("immediate");
  });

  it("spaces Chinese from Latin and digits", () => {
    expect(spaceCjk("RAG始终更便宜")).toBe("RAG 始终更便宜");
    expect(spaceCjk("第12个月")).toBe("第 12 个月");
    expect(spaceCjk("少 $13,302（38%）")).toBe("少 $13,302（38%）");
  });
});
