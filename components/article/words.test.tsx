// @vitest-environment jsdom
/**
 * The article's words agree with the numbers the page and the API show for the same link. The MDX of
 * both languages is compiled here as the site compiles it (remark-gfm), rendered to static HTML with
 * the live components and figures inside the calculator's store, at scenarios spread over the
 * sliders' corners and every current price set. Each number the prose states is read back from the
 * HTML and compared with /api/v1/estimate's answer for that link (the route's own handler), or with
 * the figure beside it; expected values come from the API's JSON, never from lib/model directly.
 */
import { readFileSync } from "node:fs";
import { evaluate } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import type { ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import remarkGfm from "remark-gfm";
import { beforeAll, describe, expect, it } from "vitest";
import { CostCurvesFigure, DecisionQuiz, LatencyFigure } from "@/components/article/figures";
import { LiveValue, When, WhenRunCheaper } from "@/components/article/live";
import { CalculatorProvider } from "@/components/calculator/store";
import { StringsProvider } from "@/components/i18n/StringsProvider";
import { estimateResponse, pricingJson } from "@/lib/api";
import type { EstimateResponse } from "@/lib/api-schema";
import { parseScenario } from "@/lib/scenario";
import { STRINGS } from "@/lib/i18n";

type Lang = "zh" | "en";
const LANGS: Lang[] = ["zh", "en"];

/** Links over the corners of the query and update sliders (1 … 10⁸ a day, 0 … 720 a month), every current set, and v1. */
const LINKS = [
  "",
  "q=1&u=0",
  "p=vertex-gemini-3-5-flash-lite&q=100000000&u=720",
  "p=together-qwen3-8b-dedicated&q=1&u=720",
  "p=runpod-qwen3-8b-lora&q=100000000&u=0",
  "p=bedrock-nova-micro&q=500&u=30",
  "q=200000&u=0&fs=10",
  "p=vertex-gemini-3-5-flash-lite&q=50&u=0.1&h=60&k=1&ck=100",
  "p=together-qwen3-8b-dedicated&q=2000000&u=4&k=20&ck=1000",
  "v=1&p=together-lora&q=30000&u=2",
  // December's sets (model v3), one link each.
  "v=3&p=bedrock-nova-micro-2026-12&q=3000&u=1",
  "v=3&p=vertex-gemini-3-5-flash-lite-2026-12&q=2000&d=150000",
  "v=3&p=together-qwen3-8b-dedicated-2026-12&q=1000000&u=0",
  "v=3&p=runpod-qwen3-8b-lora-2026-12&q=20000&u=8",
];

const body: Record<Lang, MDXContent> = {} as Record<Lang, MDXContent>;
let currentSets: string[] = [];

beforeAll(async () => {
  for (const lang of LANGS) {
    const source = readFileSync(`content/${lang}/body.mdx`, "utf8");
    const mod = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] });
    body[lang] = mod.default;
  }
  // What /api/v1/pricing lists.
  currentSets = pricingJson()
    .priceSets.filter((p) => p.status === "current")
    .map((p) => p.id);
});

const components = {
  EditorNote: ({ children }: { children: ReactNode }) => <aside data-testid="editor-note">{children}</aside>,
  TableRegion: ({ children }: { children: ReactNode }) => <div>{children}</div>,
  LatencyFigure,
  CostCurvesFigure,
  DecisionQuiz,
  LiveValue,
  When,
  WhenRunCheaper,
};

function render(lang: Lang, link: string, maxVersion?: 3): Document {
  const parsed = parseScenario(new URLSearchParams(link), maxVersion ? { maxVersion } : {});
  const Body = body[lang];
  const html = renderToStaticMarkup(
    <StringsProvider messages={STRINGS[lang]}>
      <CalculatorProvider initialScenario={parsed.scenario} initialPinned={parsed.pinned} warnings={parsed.warnings}>
        <Body components={components} />
      </CalculatorProvider>
    </StringsProvider>,
  );
  return new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
}

/** What /api/v1/estimate answers for the link. */
async function api(link: string): Promise<EstimateResponse> {
  const res = estimateResponse(new Request(`http://localhost/api/v1/estimate?${link}`));
  expect(res.status).toBe(200);
  return (await res.json()) as EstimateResponse;
}

/** "$1,234.50", "¥1,234", "1,234" → 1234.5. */
const num = (text: string) => Number(text.replace(/[^0-9.\-−]/g, "").replace("−", "-"));

/** Money as shown: two decimals under 100, whole units from 100. */
function expectMoney(text: string | undefined, usd: number) {
  expect(text, "a live money value").toBeDefined();
  const tolerance = Math.abs(usd) < 99.995 ? 0.005 + 1e-9 : 0.5 + 1e-9;
  expect(Math.abs(num(text!) - Math.abs(usd))).toBeLessThanOrEqual(tolerance);
}

/** "230 ms – 410 ms" → [230, 410]. */
const msPair = (text: string) => text.split("–").map((p) => num(p));

/** "4.8 days" / "4.8 天" / "5.2 h" / "15 min" / "2.3 years" → hours; "immediate" / "即时" → 0. */
function hoursOf(text: string): number {
  const n = num(text);
  if (/day|天/.test(text)) return n * 24;
  if (/year|年/.test(text)) return n * 24 * 365.25;
  if (/min|分钟/.test(text)) return n / 60;
  if (/\bh\b|小时/.test(text)) return n;
  return NaN;
}

const live = (doc: Document, key: string) =>
  [...doc.querySelectorAll(`[data-testid="live-${key}"]`)].map((e) => e.textContent ?? "");
const shown = (doc: Document, condition: string) => doc.querySelector(`[data-testid="when-${condition}"]`) !== null;
const pct = (text: string) => text.split("–").map((p) => num(p) / 100);

describe("the article's numbers are the page's numbers", () => {
  it("covers every current price set", () => {
    const used = new Set(LINKS.map((l) => new URLSearchParams(l).get("p") ?? "bedrock-nova-micro"));
    for (const id of currentSets) expect(used.has(id), id).toBe(true);
  });

  for (const link of LINKS) {
    for (const lang of LANGS) {
      it(`${lang} /?${link}`, async () => {
        const doc = render(lang, link);
        const r = await api(link);
        const { rag, ft } = r.approaches;
        const x = r.inputs;

        // Latency: the prose states the figure's ranges and the API's.
        for (const [key, a, bar] of [
          ["ftLatency", ft, "latency-ours-ft"],
          ["ragLatency", rag, "latency-ours-rag"],
        ] as const) {
          const texts = live(doc, key);
          expect(texts.length, key).toBeGreaterThan(0);
          for (const t of texts) {
            expect(t).toBe(doc.querySelector(`[data-testid="${bar}"]`)?.textContent);
            expect(msPair(t)).toEqual([Math.round(a.latencyMs.low), Math.round(a.latencyMs.high)]);
          }
        }
        // RAG's extra time = embedding + search + prefill, at each end; the prose's shares follow.
        const [embLow, embHigh] = msPair(live(doc, "embeddingMs")[0]!);
        const [srchLow, srchHigh] = msPair(live(doc, "searchMs")[0]!);
        const extraLow = rag.latencyMs.low - ft.latencyMs.low;
        const extraHigh = rag.latencyMs.high - ft.latencyMs.high;
        const shareLow = (extraLow - embLow! - srchLow!) / extraLow;
        const shareHigh = (extraHigh - embHigh! - srchHigh!) / extraHigh;
        const [pLow, pHigh] = pct(live(doc, "prefillShare")[0]!);
        expect(Math.abs(pLow! - shareLow)).toBeLessThan(0.006);
        expect(Math.abs(pHigh! - shareHigh)).toBeLessThan(0.006);
        expect(shown(doc, "prefillMostly")).toBe(shareLow >= 0.5 && shareHigh >= 0.5);
        expect(shown(doc, "searchMostly")).toBe(shareLow < 0.5 && shareHigh < 0.5);

        // Cost shares of one RAG query, from the API's inputs and per-query cost.
        const llm = ((x.promptTokens! + x.chunkTokens! * x.topK!) * x.baseIn! + x.outputTokens! * x.baseOut!) / 1e6;
        const context = (x.chunkTokens! * x.topK! * x.baseIn!) / 1e6;
        expect(Math.abs(pct(live(doc, "contextShare")[0]!)[0]! - context / rag.perQuery)).toBeLessThan(0.006);
        expect(Math.abs(pct(live(doc, "searchShare")[0]!)[0]! - (rag.perQuery - llm) / rag.perQuery)).toBeLessThan(0.006);
        expect(num(live(doc, "ragInputTokens")[0]!)).toBe(x.promptTokens! + x.chunkTokens! * x.topK!);
        expect(num(live(doc, "ftInputTokens")[0]!)).toBe(x.promptTokens);

        // Per-thousand costs, monthly and upfront costs, and the breakdown's parts.
        expectMoney(live(doc, "ftPerThousand")[0], ft.perQuery * 1000);
        expectMoney(live(doc, "ragPerThousand")[0], rag.perQuery * 1000);
        for (const t of live(doc, "ftMonthly")) expectMoney(t, ft.monthly);
        for (const t of live(doc, "ragMonthly")) expectMoney(t, rag.monthly);
        for (const t of live(doc, "monthlyGap")) expectMoney(t, Math.abs(ft.monthly - rag.monthly));
        for (const t of live(doc, "ftUpfront")) expectMoney(t, ft.upfront);
        for (const t of live(doc, "ragUpfront")) expectMoney(t, rag.upfront);
        for (const t of live(doc, "ftTotal")) expectMoney(t, ft.total);
        for (const t of live(doc, "retrainTotal")) expectMoney(t, ft.breakdown.retraining);
        for (const t of live(doc, "retrainMonthly")) expectMoney(t, r.fineTune.retrainCost * r.fineTune.retrainsPerMonth);
        expectMoney(live(doc, "ragVectorDb")[0], rag.breakdown.vectorDatabase);
        expectMoney(live(doc, "ragInference")[0], rag.breakdown.inference);
        expectMoney(live(doc, "ragPeople")[0], rag.breakdown.people);
        for (const t of live(doc, "ftTraining")) expectMoney(t, ft.breakdown.training);
        for (const t of live(doc, "ftPeople")) expectMoney(t, ft.breakdown.people);
        for (const t of live(doc, "ftDataPreparation")) expectMoney(t, ft.breakdown.dataPreparation);

        // Which sentences show: the comparisons they make hold for the API's numbers.
        expect(shown(doc, "ftRunsCheaper")).toBe(ft.monthly < rag.monthly);
        expect(shown(doc, "ragRunsCheaper")).toBe(!(ft.monthly < rag.monthly));
        if (shown(doc, "ftRunsCheaper")) {
          expect(shown(doc, "ftUpfrontHigher")).toBe(ft.upfront > rag.upfront);
          expect(shown(doc, "ragUpfrontHigher")).toBe(ft.upfront <= rag.upfront);
        }
        expect(shown(doc, "retrievalBillBigger")).toBe(
          rag.breakdown.vectorDatabase + rag.breakdown.embeddings > rag.breakdown.inference,
        );
        expect(shown(doc, "llmBillBigger")).toBe(
          rag.breakdown.vectorDatabase + rag.breakdown.embeddings <= rag.breakdown.inference,
        );
        expect(shown(doc, "trainingSmall")).toBe(ft.breakdown.training < ft.breakdown.people);
        expect(shown(doc, "noRetrains")).toBe(x.updatesPerMonth === 0);
        expect(shown(doc, "retrains")).toBe(r.fineTune.retrainsPerMonth > 0);

        // Retraining: the cap, the retrains a month and the staleness they lead to.
        for (const t of live(doc, "maxRetrains")) expect(num(t)).toBe(x.maxRetrainsPerMonth);
        for (const t of live(doc, "retrainsPerMonth")) expect(num(t)).toBeCloseTo(r.fineTune.retrainsPerMonth, 2);
        expect(shown(doc, "retrainCapped")).toBe(x.updatesPerMonth > x.maxRetrainsPerMonth!);
        for (const t of live(doc, "ftStaleness")) {
          expect(t).toBe(doc.querySelector('[data-testid="staleness-ft"]')?.textContent);
          const h = hoursOf(t);
          expect(Math.abs(h - ft.stalenessHours) / ft.stalenessHours).toBeLessThan(0.01);
        }
        // With no updates the staleness panel does not call fine-tuning "immediate".
        if (x.updatesPerMonth === 0) {
          expect(doc.querySelector('[data-testid="staleness-ft"]')?.textContent).not.toMatch(/immediate|即时/);
        }

        // Prices per million tokens of the set in use.
        if (shown(doc, "ftServer")) expectMoney(live(doc, "ftServerMonthly")[0], x.ftServerMonthly!);
        else {
          expect(num(live(doc, "ftIn")[0]!)).toBeCloseTo(x.ftIn!, 6);
          expect(num(live(doc, "ftOut")[0]!)).toBeCloseTo(x.ftOut!, 6);
        }
        for (const t of live(doc, "baseIn")) expect(num(t)).toBeCloseTo(x.baseIn!, 6);
        expect(live(doc, "priceSet")[0]).toBe(r.pricing.name[lang]);

        // No sentence names a retired set's prices (gpt-4o-mini's) as current.
        const text = doc.body.textContent ?? "";
        for (const sentence of text.split(/(?<=[。；])|(?<=[.;])\s+/)) {
          if (/gpt-4o-mini/.test(sentence) && /\$\s?\d|\d\s?美元/.test(sentence)) {
            expect(sentence, sentence).toMatch(/retired|停用/);
          }
        }
        expect(text).not.toMatch(/v1 uses|v1 默认采用的价格为例/);
      });
    }
  }
});

/** The evidence table's rows (the table under 2.2.1), as [study, task, model, results] texts. */
function evidenceRows(doc: Document): string[][] {
  const heading = doc.querySelector("h4#evidence");
  let el = heading?.nextElementSibling ?? null;
  while (el && !el.querySelector("table") && el.tagName !== "TABLE") el = el.nextElementSibling;
  const table = el?.tagName === "TABLE" ? el : el?.querySelector("table");
  return [...(table?.querySelectorAll("tbody tr") ?? [])].map((tr) =>
    [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
  );
}

/** The text from the heading with this id up to the next <h2> or <h3>. */
function sectionText(doc: Document, id: string): string {
  const heading = doc.getElementById(id);
  let text = heading?.textContent ?? "";
  for (let el = heading?.nextElementSibling; el && !/^H[23]$/.test(el.tagName); el = el.nextElementSibling) {
    text += ` ${el.textContent ?? ""}`;
  }
  return text;
}

/**
 * Long context versus RAG: each study's figures as printed in its table, by hand from the papers
 * (docs/long-context-evidence.md). Every score the row states (two decimals) must be one of these.
 */
const LC_STUDIES = [
  {
    arxiv: "2502.09977",
    table: /表 2|Table 2/,
    figures: ["87.70", "82.22", "79.35", "70.26", "64.74", "40.84", "56.34", "67.33", "2.40", "3.68"],
  },
  {
    arxiv: "2409.01666",
    table: /表 1|Table 1/,
    figures: ["34.26", "71.62", "44.43", "84.72", "45.45", "88.65", "47.25", "85.59", "43.08", "85.57"],
  },
  { arxiv: "2407.16833", table: /表 1|Table 1/, figures: ["49.70", "37.33", "46.41"] },
];

describe("long context in the article", () => {
  for (const lang of LANGS) {
    it(`${lang}: renders section 2.4 with its limits, sources and editor's note`, () => {
      const doc = render(lang, "");
      const heading = doc.getElementById("long-context");
      expect(heading?.tagName).toBe("H3");
      expect(heading?.textContent).toMatch(
        lang === "zh" ? /^2\.4 .*长上下文.*（本站新增）$/ : /^2\.4 .*long context.*\(our addition\)$/,
      );
      const text = sectionText(doc, "long-context");
      // When it wins, and when it can't: the window, the cache's lifetime, cost and latency, length.
      for (const word of lang === "zh"
        ? ["窗口", "缓存有效期", "预填充", "lost in the middle", "OP-RAG", "LaRA", "Self-Route", "微调"]
        : ["window", "cache's lifetime", "prefill", "lost in the middle", "OP-RAG", "LaRA", "Self-Route", "fine-tun"]) {
        expect(text, word).toContain(word);
      }
      const links = [...(heading?.parentElement?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"));
      expect(links).toContain("https://platform.claude.com/en/docs/build-with-claude/prompt-caching");
      expect(links).toContain("https://ai.google.dev/gemini-api/docs/caching");
      // The narrower-than-popular readings are an editor's note, naming "lost in the middle" by its paper.
      const notes = [...doc.querySelectorAll('[data-testid="editor-note"]')];
      const note = notes.find((n) => n.textContent?.includes("OP-RAG"));
      expect(note?.textContent).toContain("Self-Route");
      expect(note?.querySelector('a[href="https://arxiv.org/abs/2307.03172"]')).not.toBeNull();
    });

    it(`${lang}: every study in the evidence table says where its figures come from`, () => {
      const rows = evidenceRows(render(lang, ""));
      expect(rows.length).toBeGreaterThanOrEqual(9);
      for (const row of rows) {
        expect(row, row.join(" | ")).toHaveLength(4);
        expect(row[3], row[0]).toMatch(/表 \d|摘要|Table \d|Abstract/);
      }
      // At least three long-context-versus-RAG studies, each with its table and only its table's figures.
      for (const study of LC_STUDIES) {
        const row = rows.find((r) => r[0]!.includes(study.arxiv));
        expect(row, study.arxiv).toBeDefined();
        expect(row![3]).toMatch(study.table);
        for (const figure of study.figures) expect(row![3], figure).toContain(figure);
        for (const stated of row![3]!.match(/(?<![\d.])\d{1,3}\.\d\d(?!\d)/g) ?? [])
          expect(study.figures, `${study.arxiv}: ${stated}`).toContain(stated);
      }
    });
  }
});

/**
 * Section 2.4's live sentences on v3 links (long context, cost per correct answer), read as the API
 * reads v=3: pages read it once PAGES_READ_V3 is set. Each sentence shows exactly when the API's
 * numbers make it true, and each number is the API's.
 */
const V3_LINKS = [
  // 20M tokens: 157 times too large for Nova Micro's window.
  "v=3",
  // A set with no window.
  "v=3&cw=0",
  // A window that cannot hold the prompt and the answer (700 tokens).
  "v=3&cw=500",
  // 200 pages at 2,000 a day: long context fits, is cached, and is cheapest (docs/cost-model.md).
  "v=3&d=100000&q=2000",
  // The same with a task kind: long context is cheapest both ways (LaRA's location cells).
  "v=3&d=100000&q=2000&task=long-doc-lookup",
  // 300 pages on Flash-Lite (explicit cache, storage billed), with typed accuracies: RAG per correct answer.
  "v=3&p=vertex-gemini-3-5-flash-lite-2026-12&d=150000&q=2000&acc_rag=85%25&acc_lc=0.7",
  // A base shorter than the minimum cacheable prefix: sent at the input price every time, and at a million a day not the cheapest.
  "v=3&d=10000&cmt=20000&q=1000000&u=30",
  // One typed accuracy only.
  "v=3&acc_rag=0.8",
  // Long context cheapest per query but given no accuracy.
  "v=3&d=100000&q=2000&acc_ft=0.9&acc_rag=0.8",
  // A v2 link: read as v3 with v2's set, which states no context window.
  "v=2&d=100000&q=2000",
];

describe("section 2.4's live sentences (v3)", () => {
  for (const link of V3_LINKS) {
    for (const lang of LANGS) {
      it(`${lang} /?${link}`, async () => {
        const doc = render(lang, link, 3);
        const r = await api(link);
        const lc = r.longContext;
        const pc = r.perCorrect;
        const lcEst = r.approaches.lc;
        // Every answer is v3's since its release (a v2 link is migrated), so it says whether long context fits.
        expect(r.version).toBe(3);
        // Exactly one statement of whether long context fits, and it is the API's.
        const fit = ["lcNoWindow", "lcTooLarge", "lcNoRoom", "lcFits"].filter((c) => shown(doc, c));
        expect(fit).toEqual([
          lc!.feasible ? "lcFits" : lc!.reason === "no-window" ? "lcNoWindow" : lc!.ratio === null ? "lcNoRoom" : "lcTooLarge",
        ]);
        if (lc && !lc.feasible && lc.ratio !== null) {
          const ratio = num(live(doc, "lcRatio")[0]!);
          expect(Math.abs(ratio - lc.ratio)).toBeLessThanOrEqual(lc.ratio < 10 ? 0.005 : 0.5);
          // "127K tokens ≈ 255 pages" / "12.7 万 tokens ≈ 255 页": the tokens part.
          const max = live(doc, "lcMaxCorpus")[0]!.split("≈")[0]!;
          const tokens = num(max) * (/万/.test(max) ? 1e4 : /K/.test(max) ? 1e3 : /M/.test(max) ? 1e6 : 1);
          expect(Math.abs(tokens - lc.maxCorpusTokens) / lc.maxCorpusTokens).toBeLessThan(0.005);
        }
        // Where it fits: its cost per query, its cache writes or storage, and its total are the API's.
        expect(shown(doc, "lcCached")).toBe(!!lc?.feasible && lc.cached && !lc.explicitCache);
        expect(shown(doc, "lcExplicit")).toBe(!!lc?.feasible && lc.explicitCache);
        expect(shown(doc, "lcUncached")).toBe(!!lc?.feasible && !lc.cached);
        expect(shown(doc, "lcCheapest")).toBe(!!lcEst && r.cheapest === "lc");
        expect(shown(doc, "lcNotCheapest")).toBe(!!lcEst && r.cheapest !== "lc");
        if (lc?.feasible && lcEst) {
          const perQuery = num(live(doc, "lcPerQuery")[0]!);
          expect(Math.abs(perQuery - lcEst.perQuery) / lcEst.perQuery).toBeLessThan(0.005);
          for (const t of live(doc, "lcTotal")) expectMoney(t, lcEst.total);
          for (const t of live(doc, "lcWritesMonthly")) expectMoney(t, lc.writesMonthly);
          for (const t of live(doc, "lcStorageMonthly")) expectMoney(t, lc.storageMonthly);
          for (const t of live(doc, "lcWritesPerMonth")) expect(Math.abs(num(t) - lc.writesPerMonth)).toBeLessThanOrEqual(0.05);
        }
        // Cost per correct answer: which sentence, and whom it names.
        const names = STRINGS[lang].names.mid;
        expect(shown(doc, "accuracyUnset")).toBe(!!pc && !pc.set);
        expect(shown(doc, "perCorrectTooFew")).toBe(!!pc && pc.set && pc.basis === "cost");
        expect(shown(doc, "perCorrectDiffers")).toBe(pc?.basis === "per-correct" && pc.differs === true);
        expect(shown(doc, "perCorrectAgrees")).toBe(pc?.basis === "per-correct" && pc.differs === false);
        expect(shown(doc, "perCorrectUnrated")).toBe(pc?.basis === "per-correct" && pc.differs === null);
        if (pc?.basis === "per-correct") {
          for (const t of live(doc, "perCorrectWinner")) expect(t.trim()).toBe(names[pc.cheapestPerCorrect!]);
          for (const t of live(doc, "perQueryWinner")) expect(t.trim()).toBe(names[pc.cheapestPerQuery]);
          expect(shown(doc, "taskSet")).toBe(pc.task !== null);
        }
      });
    }
  }

  it("shows every one of its sentences at some link above", () => {
    const seen = new Set<string>();
    for (const link of V3_LINKS) {
      const doc = render("en", link, 3);
      for (const el of doc.querySelectorAll('[data-testid^="when-"]')) seen.add(el.getAttribute("data-testid")!.slice(5));
    }
    for (const c of [
      "lcNoWindow",
      "lcTooLarge",
      "lcNoRoom",
      "lcFits",
      "lcCached",
      "lcExplicit",
      "lcUncached",
      "lcCheapest",
      "lcNotCheapest",
      "accuracyUnset",
      "perCorrectTooFew",
      "perCorrectDiffers",
      "perCorrectAgrees",
      "perCorrectUnrated",
      "taskSet",
      "taskUnset",
    ])
      expect(seen, c).toContain(c);
  });

  it("reads as a sentence in both languages (200 pages on Flash-Lite, RAG per correct answer)", () => {
    const link = "v=3&p=vertex-gemini-3-5-flash-lite-2026-12&d=150000&q=2000&acc_rag=85%25&acc_lc=0.7";
    // Each conditional sits inside a paragraph (a <span> at block level would lose the paragraph's spacing).
    for (const lang of LANGS) {
      const doc = render(lang, link, 3);
      for (const c of ["lcFits", "lcExplicit", "lcCheapest", "perCorrectDiffers"])
        expect(doc.querySelector(`[data-testid="when-${c}"]`)?.parentElement?.tagName, c).toBe("P");
    }
    const zh = sectionText(render("zh", link, 3), "long-context");
    expect(zh).toContain("每个正确回答最便宜的是 RAG，而每次请求最便宜的是长上下文：后者答对的比例更低");
    expect(zh).toMatch(/这套方案的缓存按小时收存储费、整月保留，每月存储 \$110，/);
    const en = sectionText(render("en", link, 3), "long-context");
    expect(en).toContain(
      "With the accuracies you set, RAG is cheapest per correct answer, while long context is cheapest per query: it answers correctly less often",
    );
    expect(en).toMatch(
      /In your scenario long context is an option: the knowledge base, prompt and answer come to 151K tokens, within the 1\.05M-token window of /,
    );
  });

  it("names the task kind in the sentence", () => {
    const en = sectionText(render("en", "v=3&d=100000&q=2000&task=long-doc-lookup", 3), "long-context");
    expect(en).toContain(
      "For the task kind “looking up one fact in a long document (a novel, paper or financial report, 32k–128k tokens)”, with the accuracies you set, long context is cheapest both per query and per correct answer.",
    );
    const zh = sectionText(render("zh", "v=3&d=100000&q=2000&task=long-doc-lookup", 3), "long-context");
    expect(zh).toContain(
      "就“在一份长文档里查找一处事实（小说、论文或财报，3.2 万至 12.8 万 tokens）”这类任务而言，按你设置的准确率，无论按每次请求还是按每个正确回答，最便宜的都是长上下文。",
    );
  });
});
