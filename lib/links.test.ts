import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_PANELS, embedHeight } from "./embed";
import {
  embedSnippet,
  embedUrl,
  languageSwitchHref,
  methodologyHref,
  oembedDiscoveryUrl,
  pageHref,
  permalink,
  previewImageUrl,
  scenarioHref,
  scenarioSearch,
} from "./links";
import { oembed } from "./oembed";
import { defaultScenario, parseScenario, type Scenario } from "./scenario";
import { arbScenario } from "./test-arbitraries";

const ORIGIN = "https://calc.example";
const parsedFrom = (href: string) => parseScenario(new URL(href, ORIGIN).search);
const decodeAttr = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("every link built from a scenario parses back to it", () => {
  it("permalink, language switch, methodology, home, embed, full explainer (with the pinned scenario)", () => {
    fc.assert(
      fc.property(arbScenario, fc.option(arbScenario, { nil: null }), (scenario, pinned) => {
        const pair = { scenario, pinned };
        const hrefs = [
          permalink(ORIGIN, "en", pair),
          languageSwitchHref("zh", "", pair, "costs"),
          languageSwitchHref("en", "/methodology", pair),
          methodologyHref("zh", pair),
          scenarioHref("home", "en", pair),
          scenarioHref("fullExplainer", "zh", pair),
          embedUrl(ORIGIN, "en", pair, { theme: "dark", panels: ["verdict", "chart"] }),
        ];
        for (const href of hrefs) {
          const back = parsedFrom(href);
          expect(back.scenario, href).toEqual(scenario);
          expect(back.pinned, href).toEqual(pinned);
          expect(back.warnings, href).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("the preview image and oEmbed discovery carry the scenario (not the pinned one)", () => {
    fc.assert(
      fc.property(arbScenario, (scenario) => {
        expect(parsedFrom(previewImageUrl(ORIGIN, "en", { scenario })).scenario).toEqual(scenario);
        const page = new URL(oembedDiscoveryUrl(ORIGIN, "zh", "/embed", { scenario })).searchParams.get("url")!;
        expect(page.startsWith(`${ORIGIN}/embed?`)).toBe(true);
        expect(parsedFrom(page).scenario).toEqual(scenario);
        // …and what oEmbed answers for that page embeds the same scenario.
        const answer = oembed(new URLSearchParams({ url: page }), [ORIGIN], `${ORIGIN}/`);
        const src = decodeAttr(/src="([^"]+)"/.exec(String(answer.body.html))![1]!);
        expect(parsedFrom(src).scenario).toEqual(scenario);
      }),
      { numRuns: 30 },
    );
  });
});

describe("links", () => {
  const s: Scenario = { ...defaultScenario(), queriesPerDay: 100000 };
  const pinned: Scenario = { ...defaultScenario(), queriesPerDay: 300 };

  it("the permalink is versioned and keeps the pin; links between pages drop the default scenario", () => {
    expect(permalink(ORIGIN, "zh", { scenario: s })).toBe(`${ORIGIN}/?v=3&q=100000`);
    expect(permalink(ORIGIN, "en", { scenario: s, pinned })).toBe(`${ORIGIN}/en?v=3&q=100000&pin=v%3D3%26q%3D300`);
    expect(permalink(ORIGIN, "zh", { scenario: defaultScenario() })).toBe(`${ORIGIN}/?v=3`);
    expect(scenarioSearch({ scenario: defaultScenario() })).toBe("");
    expect(pageHref("en", "", { scenario: defaultScenario() })).toBe("/en");
    expect(pageHref("zh", "", { scenario: defaultScenario(), pinned })).toBe("/?v=3&pin=v%3D3%26q%3D300");
    expect(methodologyHref("en", { scenario: s })).toBe("/en/methodology?v=3&q=100000");
  });

  it("the language switch goes to the same page in the other language, keeping the section", () => {
    expect(languageSwitchHref("zh", "", { scenario: s }, "costs")).toBe("/en?v=3&q=100000#costs");
    expect(languageSwitchHref("en", "", { scenario: s })).toBe("/?v=3&q=100000");
    expect(languageSwitchHref("en", "/methodology", { scenario: defaultScenario() })).toBe("/methodology");
  });

  it("keeps page options on the embed, only when given", () => {
    expect(embedUrl(ORIGIN, "zh", { scenario: s })).toBe(`${ORIGIN}/embed?v=3&q=100000`);
    const url = new URL(embedUrl("", "en", { scenario: s }, { panels: ["verdict", "chart"], theme: "auto" }), ORIGIN);
    expect(url.pathname).toBe("/en/embed");
    expect(url.searchParams.get("panels")).toBe("verdict,chart");
    expect(url.searchParams.get("theme")).toBe("auto");
    expect(previewImageUrl("", "en", { scenario: s })).toBe("/api/og?v=3&q=100000&lang=en");
  });

  it("escapes the embed snippet, and writes a theme only when one is given", () => {
    const html = embedSnippet(ORIGIN, "en", { scenario: s }, 'A "calc" <x> & more');
    expect(html).toContain(`<iframe src="${ORIGIN}/en/embed?v=3&amp;q=100000"`);
    expect(html).toContain('title="A &quot;calc&quot; &lt;x&gt; &amp; more"');
    expect(html).toContain(`<script async src="${ORIGIN}/embed.js"></script>`);
    expect(html).not.toContain("theme=");
    expect(html).toContain(`height="${embedHeight(DEFAULT_EMBED_PANELS, 720)}"`);
    expect(embedSnippet(ORIGIN, "zh", { scenario: s }, "t", { theme: "dark" })).toContain("&amp;theme=dark");
    // A hostile origin or title cannot break out of the attribute.
    const hostile = embedSnippet('https://x"><script>', "zh", { scenario: s }, '"><script>alert(1)</script>');
    expect(hostile).not.toMatch(/<script>alert|"><script>/);
  });
});
