import { describe, expect, it } from "vitest";
import { embedHeight, oembed } from "./oembed";

const ours = ["https://calc.example"];
const ask = (q: string) => oembed(new URLSearchParams(q), ours, "https://calc.example/");
const url = (u: string) => `url=${encodeURIComponent(u)}`;

describe("oEmbed", () => {
  it("answers rich JSON for our permalinks, with the scenario in the iframe", () => {
    const r = ask(url("https://calc.example/en?v=1&q=100000&u=never"));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 720,
      height: 1266,
      provider_name: "RAG or fine-tuning?",
    });
    expect(r.body.html).toContain('src="https://calc.example/en/embed?v=3&amp;p=openai-4o-mini&amp;q=100000&amp;u=never"');
    expect(r.body.html).toContain('width="720" height="1266"');
    expect(r.body.title).toContain("fine-tuning is cheapest");
    expect(r.body.thumbnail_url).toBe("https://calc.example/api/og?v=3&p=openai-4o-mini&q=100000&u=never&lang=en");
  });

  it("sizes the iframe for the panels the URL asks for and the width, and carries them to the iframe", () => {
    const r = ask(url("https://calc.example/en/embed?v=1&panels=verdict,chart&theme=dark"));
    // A v1 link's prices are retired: the verdict carries a notice, and the height counts it.
    expect(r.body.height).toBe(embedHeight(["verdict", "chart"], 720, { retiredPrices: true }));
    expect(r.body.height).toBeGreaterThan(embedHeight(["verdict", "chart"], 720));
    expect(r.body.html).toContain("panels=verdict%2Cchart&amp;theme=dark");
    // No theme (or theme=light) in the page URL: none in the iframe, which is light by default.
    expect(ask(url("https://calc.example/en/embed?theme=light")).body.html).not.toContain("theme=");
    expect(ask(url("https://calc.example/en/embed?theme=auto")).body.html).toContain("theme=auto");
    expect(embedHeight(["verdict"], 320)).toBeGreaterThan(embedHeight(["verdict"], 720));
    expect(embedHeight(["controls", "verdict", "table", "chart"], 720)).toBeGreaterThan(embedHeight(["verdict"], 720));
    const narrow = ask(`${url("https://calc.example/")}&maxwidth=400`);
    expect(narrow.body.height).toBe(embedHeight(["controls", "verdict", "table", "chart"], 400));
  });

  it("honours maxwidth and maxheight", () => {
    const r = ask(`${url("https://calc.example/")}&maxwidth=400&maxheight=300`);
    expect(r.body).toMatchObject({ width: 400, height: 300 });
    expect(r.body.html).toContain('width="400" height="300"');
    expect(r.body.thumbnail_url).toBeUndefined();
  });

  it("refuses what is not ours, and xml", () => {
    expect(ask(url("https://evil.example/?q=1")).status).toBe(404);
    expect(ask(url("https://calc.example/methodology")).status).toBe(404);
    expect(ask(url("https://user:pw@calc.example/")).status).toBe(404);
    expect(ask(url("not a url")).status).toBe(404);
    expect(ask(`${url("https://calc.example/")}&format=xml`).status).toBe(501);
    expect(ask("").status).toBe(400);
  });

  it("escapes whatever a hostile permalink carries", () => {
    const r = ask(url('https://calc.example/?q="><script>alert(1)</script>'));
    expect(r.status).toBe(200);
    expect(String(r.body.html)).not.toContain("<script>alert");
  });
});
