import { describe, expect, it } from "vitest";
import { embedSnippet, parsePanels, parseTheme } from "./embed";
import { estimateJsonText, seriesCsv } from "./export";
import { defaultScenario, parseScenario } from "./scenario";

/** The hand-computed numbers below are v1's: a v1 link, on its retired gpt-4o-mini prices. */
const v1 = () => parseScenario("v=1").scenario;

describe("downloads", () => {
  it("CSV holds the series, month 0 to the horizon, in USD", () => {
    const lines = seriesCsv(v1()).trim().split("\n");
    expect(lines[0]).toBe("month,rag_usd,ft_usd,hybrid_usd");
    expect(lines).toHaveLength(26);
    expect(lines[1]).toBe("0,8000.40,13279.00,14256.20");
    // Hybrid by hand: 14,256.20 + 24 × (0.001231 × 152,187.5 + 50 + 0.032 + 640) = 35,313.20.
    expect(lines[25]).toBe("24,22011.11,66006.28,35313.20");
  });

  it("CSV adds CNY columns when the display currency is CNY", () => {
    const s = { ...v1(), currency: "CNY" as const, fxRate: 7 };
    expect(seriesCsv(s).split("\n")[1]).toBe("0,8000.40,13279.00,14256.20,56002.80,92953.00,99793.40");
  });

  it("JSON is the API's answer for the scenario", () => {
    const j = JSON.parse(estimateJsonText(v1()));
    expect(j.version).toBe(2);
    expect(j.pricing).toMatchObject({ id: "openai-4o-mini", status: "retired", retiredOn: "2026-05-07" });
    expect(j.approaches.ft.total).toBeCloseTo(66006.28, 2);
  });
});

describe("embedding", () => {
  it("reads panels and themes, ignoring what it does not know", () => {
    expect(parsePanels("chart, verdict,nope,chart")).toEqual(["chart", "verdict"]);
    expect(parsePanels("nope")).toEqual(["controls", "verdict", "table", "chart"]);
    expect(parsePanels(undefined)).toEqual(["controls", "verdict", "table", "chart"]);
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("<x>")).toBe("auto");
  });

  it("writes an escaped iframe snippet with the permalink's query", () => {
    const s = { ...defaultScenario(), queriesPerDay: 100000 };
    const html = embedSnippet("https://example.org", "en", s, 'A "calc" <x>');
    expect(html).toContain('src="https://example.org/en/embed?v=2&amp;q=100000"');
    expect(html).toContain('title="A &quot;calc&quot; &lt;x>"');
    expect(html).toContain('<script async src="https://example.org/embed.js"></script>');
  });
});
