import { describe, expect, it } from "vitest";
import { parsePanels, parseTheme } from "./embed";
import { estimateJson } from "./estimate-json";
import { chartSvgFile, estimateJsonDocument, exportFileName, seriesCsv } from "./export";
import { defaultScenario, parseScenario } from "./scenario";
import { PALETTE } from "./palette";

/** The hand-computed numbers below are v1's: a v1 link, on its retired gpt-4o-mini prices. */
const v1 = () => parseScenario("v=1").scenario;

const LINK = "https://example.org/en?v=1&q=100000&u=never";
/** The CSV's data lines, below its "#" header block. */
const dataLines = (csv: string) =>
  csv
    .trim()
    .split("\n")
    .filter((l) => !l.startsWith("#"));

describe("downloads", () => {
  it("CSV holds the series, month 0 to the horizon, in USD", () => {
    const lines = dataLines(seriesCsv(v1(), LINK));
    expect(lines[0]).toBe("month,rag_usd,ft_usd,hybrid_usd");
    expect(lines).toHaveLength(26);
    expect(lines[1]).toBe("0,8000.40,13279.00,14256.20");
    // Hybrid by hand: 14,256.20 + 24 × (0.001231 × 152,187.5 + 50 + 0.032 + 640) = 35,313.20.
    expect(lines[25]).toBe("24,22011.11,66006.28,35313.20");
  });

  it("CSV opens with the permalink, the model version and the prices' date", () => {
    const head = seriesCsv(defaultScenario(), LINK).split("\n").slice(0, 4);
    expect(head).toEqual([
      "# RAG or fine-tuning? — cumulative cost by month",
      `# permalink: ${LINK}`,
      "# model version: 3",
      "# prices as of: 2026-12-02",
    ]);
  });

  it("CSV adds CNY columns when the display currency is CNY", () => {
    const s = { ...v1(), currency: "CNY" as const, fxRate: 7 };
    expect(dataLines(seriesCsv(s, LINK))[1]).toBe("0,8000.40,13279.00,14256.20,56002.80,92953.00,99793.40");
  });

  it("JSON is the API's answer for the scenario, with its permalink and model version", () => {
    const j = JSON.parse(estimateJsonDocument(v1(), LINK, estimateJson(v1(), [])));
    // A v1 link is answered as the current version, v3, with v1's retired set and numbers.
    expect(j.version).toBe(3);
    expect(j.permalink).toBe(LINK);
    expect(j.modelVersion).toBe(3);
    expect(j.pricesAsOf).toBe("2026-11-23");
    expect(j.pricing).toMatchObject({ id: "openai-4o-mini", status: "retired", retiredOn: "2026-05-07" });
    expect(j.approaches.ft.total).toBeCloseTo(66006.28, 2);
  });

  it("file names name the scenario by its non-default values", () => {
    expect(exportFileName(defaultScenario(), "svg")).toBe("rag-or-fine-tuning.svg");
    expect(exportFileName({ ...defaultScenario(), queriesPerDay: 123456, updatesPerMonth: 1 }, "png")).toBe(
      "rag-or-fine-tuning-q123456-umonthly.png",
    );
    expect(exportFileName({ ...defaultScenario(), queriesPerDay: 100000, updatesPerMonth: 0, horizonMonths: 12 }, "csv")).toBe(
      "rag-or-fine-tuning-q100000-unever-h12.csv",
    );
  });

  it("the chart's SVG stands alone: title, description, legend with the pinned lines, scenario, source, link", () => {
    const s = { ...defaultScenario(), queriesPerDay: 100000 };
    const svg = chartSvgFile({ scenario: s, pinned: defaultScenario(), lang: "en", permalink: LINK });
    expect(svg).toContain('<title id="chart-title">RAG or fine-tuning? · Cumulative cost</title>');
    expect(svg).toMatch(
      /<desc id="chart-desc">Cumulative cost of the three approaches over 24 months\. Scenario: .+Totals: RAG \$/,
    );
    expect(svg).toContain(">Fine-tuning (A, pinned)</text>");
    expect(svg).toContain("Queries per day: 100K / day");
    expect(svg).toContain("Currency: USD · prices as of 2026-12-02 · cost model v3");
    expect(svg).toContain("RAG or fine-tuning? · Adapted from an article by ZIYU, CC BY-NC-SA 4.0");
    expect(svg).toContain("https://example.org/en?v=1&amp;q=100000&amp;u=never");
    expect(svg).not.toMatch(/lab\(|oklch|var\(|currentColor|role="application"|<title\/>/);
    expect(svg).toMatch(/stroke="#0072b2"/);
  });

  it("a v3 chart adds long context's line and total where it fits, and says why where it does not", () => {
    const fits = parseScenario("v=3&d=100000&q=2000", { maxVersion: 3 }).scenario;
    const svg = chartSvgFile({ scenario: fits, lang: "en", permalink: LINK });
    // Hand-worked total 11,125.46 (docs/cost-model.md, 200 pages).
    expect(svg).toMatch(
      /Cumulative cost of the four approaches, long context included, over 24 months\..+Long context \$11,125\./,
    );
    expect(svg).toContain(">Long context</text>");
    expect(svg).toContain(`stroke="${PALETTE.light.series.lc}"`);
    expect(svg).toContain("cost model v3");
    const out = parseScenario("v=3", { maxVersion: 3 }).scenario;
    const zh = chartSvgFile({ scenario: out, lang: "zh", permalink: LINK });
    expect(zh).toContain("长上下文放不下：知识库是 12.8 万 tokens 窗口的 157 倍");
    expect(zh).not.toContain(">长上下文</text>");
  });

  it("the Chinese SVG says the same in Chinese, with round ¥ ticks", () => {
    const s = { ...defaultScenario(), currency: "CNY" as const, fxRate: 7 };
    const svg = chartSvgFile({ scenario: s, lang: "zh", permalink: LINK });
    expect(svg).toContain("币种：人民币（1 美元 = 7 元） · 价格截至 2026-12-02");
    expect(svg).toContain("RAG 还是微调？ · 基于 ZIYU 的文章改编，CC BY-NC-SA 4.0");
    expect(svg).toContain(">¥60 万</text>");
  });
});

describe("embedding", () => {
  it("reads panels and themes, ignoring what it does not know", () => {
    expect(parsePanels("chart, verdict,nope,chart")).toEqual(["chart", "verdict"]);
    expect(parsePanels("nope")).toEqual(["controls", "verdict", "table", "chart"]);
    expect(parsePanels(undefined)).toEqual(["controls", "verdict", "table", "chart"]);
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("auto")).toBe("auto");
    expect(parseTheme("<x>")).toBe("light");
    expect(parseTheme(undefined)).toBe("light");
  });
});
