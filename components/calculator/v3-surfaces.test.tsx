// @vitest-environment jsdom
/**
 * The answer, the verdict and the results table for v3 links (long context and cost per correct
 * answer), rendered in the calculator's store as the pages render them. Pages read v=3 only once
 * PAGES_READ_V3 is set, so the links are parsed here as the API parses them (maxVersion 3); the
 * expected figures are docs/cost-model.md's hand-worked examples.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { AnswerVerdict } from "@/components/answer/AnswerVerdict";
import { StringsProvider } from "@/components/i18n/StringsProvider";
import { MethodologyV3 } from "@/components/methodology/MethodologyV3";
import { STRINGS } from "@/lib/i18n";
import { parseScenario } from "@/lib/scenario";
import { TASKS } from "@/lib/task-evidence";
import { AssumptionsPanel } from "./AssumptionsPanel";
import { BreakdownFigure } from "./BreakdownFigure";
import { CheaperMapPanel } from "./CheaperMapPanel";
import { CumulativeFigure } from "./Charts";
import { LatencyPanel, StalenessPanel } from "./LatencyPanel";
import { ResultsTable } from "./ResultsTable";
import { CalculatorProvider } from "./store";
import { Verdict } from "./Verdict";

afterEach(cleanup);

function show(lang: "zh" | "en", link: string) {
  const parsed = parseScenario(link, { maxVersion: 3 });
  expect(parsed.warnings).toEqual([]);
  return render(
    <StringsProvider messages={STRINGS[lang]}>
      <CalculatorProvider initialScenario={parsed.scenario} warnings={[]}>
        <AnswerVerdict />
        <Verdict howSure={false} />
        <ResultsTable />
        <AssumptionsPanel />
      </CalculatorProvider>
    </StringsProvider>,
  );
}

const text = (id: string) => screen.getByTestId(id).textContent ?? "";
/** Text that appears once a lazily loaded part has arrived (the per-correct sentence's chunk). */
const textSoon = async (id: string) => (await screen.findByTestId(id)).textContent ?? "";

describe("v3 at the defaults (20M tokens: long context does not fit)", () => {
  it("says once why, by how much and the largest base that fits, and shows lc nowhere as a cost", () => {
    show("en", "v=3");
    // 20,000,000 / 127,300 = 157.11; 127,300 tokens ≈ 255 pages (500 a page).
    expect(text("answer-lc")).toBe(
      "Long context is out: the base is 157× the 128K-token window; about 127K tokens ≈ 255 pages would fit.",
    );
    expect(screen.getAllByTestId("verdict-sentence").at(-1)!.textContent).toBe(text("answer-lc"));
    expect(screen.queryByTestId("row-lc")).toBeNull();
    expect(screen.queryByTestId("lc-details")).toBeNull();
    expect(screen.getByTestId("results-table").textContent).not.toMatch(/Long context/);
    // Nothing about accuracy is pretended at the defaults.
    expect(screen.queryByTestId("answer-per-correct")).toBeNull();
    expect(text("verdict")).not.toMatch(/correct/);
    // RAG wins, as in v2: $20,288.95.
    expect(text("answer-headline")).toBe("RAG is cheapest: $20,289 over 24 months");
  });

  it("in Chinese", () => {
    show("zh", "v=3&d=150000&q=2000");
    // 150,000 / 127,300 = 1.18.
    expect(text("answer-lc")).toBe(
      "长上下文放不下：知识库是 12.8 万 tokens 窗口的 1.18 倍；最多约放得下 12.7 万 tokens ≈ 255 页。",
    );
  });

  it("a price set with no window says so instead", () => {
    show("en", "v=3&cw=0");
    expect(text("answer-lc")).toBe("This price set gives no context window for its model, so long context is not costed.");
  });
});

describe("v3 where long context fits (200 pages, 2,000 queries a day)", () => {
  it("ranks it with the others and gives it a full row", () => {
    show("en", "v=3&d=100000&q=2000");
    // Hand-worked: total 11,125.46 (cheapest), upfront 4,000.0035, monthly 296.894.
    expect(text("answer-headline")).toBe("Long context with caching is cheapest: $11,125 over 24 months");
    const row = within(screen.getByTestId("row-lc"));
    expect(row.getByTestId("total-lc").textContent).toBe("$11,125");
    expect(screen.getByTestId("row-lc").textContent).toMatch(/\$4,000\$297\$11,125/);
    expect(within(screen.getByTestId("row-lc")).getByText("cheapest")).toBeTruthy();
    // Latency cached 1,320–4,719 ms, uncached 5,320–20,719 ms; staleness 20.08 s ≈ 0.33 min.
    expect(text("lc-details")).toBe(
      "First token: 1,320 ms–4,719 ms from the cache, 5,320 ms–20,719 ms for the first query after a cache write " +
        "(Our estimate from prefill speed: first-token time by cached-prefix length has not been measured for this model.); " +
        "an update shows after about 0.33 min (one rewrite of the whole base into the cache).",
    );
    expect(screen.queryByTestId("answer-lc")).toBeNull();
    // Per query: 0.000931.
    expect(screen.getByTestId("results-table").parentElement!.textContent).toMatch(/Long context \$0\.000931/);
  });
});

describe("cost per correct answer (300 pages, Gemini 3.5 Flash-Lite, acc_rag=85%, acc_lc=0.7)", () => {
  const link = "v=3&p=vertex-gemini-3-5-flash-lite-2026-12&d=150000&q=2000&acc_rag=85%25&acc_lc=0.7";
  it("says the cheapest per query is not the cheapest per correct answer", async () => {
    show("en", link);
    // lc 20,239.735 / (1,461,000 × 0.7) = 0.0197905; RAG 22,128.29 / (1,461,000 × 0.85) = 0.0178188.
    expect(await textSoon("answer-per-correct")).toBe(
      "RAG is cheapest per correct answer (leaving out fine-tuning, the hybrid, with no accuracy), while long context is cheapest per query. " +
        "Per correct answer: RAG $0.0178, Long context $0.0198.",
    );
    expect(screen.getAllByTestId("verdict-sentence").at(-1)!.textContent).toMatch(/^RAG is cheapest per correct answer/);
    expect(text("answer-headline")).toBe("Long context with caching is cheapest: $20,240 over 24 months");
  });

  it("in Chinese", async () => {
    show("zh", link);
    expect(await textSoon("answer-per-correct")).toBe(
      "每个正确回答最便宜的是 RAG（未计入没有准确率的微调、混合方案），而每次请求最便宜的是长上下文。每个正确回答：RAG $0.0178，长上下文 $0.0198。",
    );
  });
});

describe("the accuracy fields (v3)", () => {
  it("are a GET form with the link's keys, empty at the defaults, with long context's only where it fits", () => {
    const { container } = show("en", "v=3");
    const form = screen.getByTestId("per-correct").querySelector("form")!;
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/en");
    const named = [...form.querySelectorAll("input:not([type=hidden]), select")].map((el) => el.getAttribute("name"));
    expect(named).toEqual(["task", "acc_rag", "acc_ft", "acc_hybrid"]);
    expect((form.querySelector("input[name=pct]") as HTMLInputElement).value).toBe("1");
    // The rest of the scenario travels hidden, and none of the shown names twice.
    expect([...form.querySelectorAll("input[type=hidden]")].map((el) => el.getAttribute("name"))).toEqual(["v", "pct"]);
    expect(screen.queryByTestId("per-correct-table")).toBeNull();
    expect(container.querySelectorAll("[data-testid^=accuracy-]").length).toBe(3);
  });

  it("a task kind names its study and table beside each default, and ranks per correct answer", () => {
    show("en", "v=3&d=100000&q=2000&task=long-doc-lookup");
    // LaRA Table 2 location cells: RAG 74.71–83.10, LC 78.94–87.70.
    expect(screen.getByTestId("task-studies").textContent).toMatch(
      /^Evidence: Li et al., LaRA: .*, Table 2 \(checked 2026-12-02\)$/,
    );
    const rag = screen.getByTestId("accuracy-rag").parentElement!.textContent!;
    expect(rag).toMatch(/from studies 74\.7–83\.1% · arXiv 2502\.09977, Table 2/);
    expect(screen.getByTestId("accuracy-lc").parentElement!.textContent).toMatch(/from studies 78\.9–87\.7%/);
    expect(screen.getByTestId("accuracy-ft").parentElement!.textContent).toMatch(/did not measure it/);
    // lc: 11,125.46 / (60,875 × 24 × 0.877) = $0.00868; / (… × 0.7894) = $0.00965.
    expect(screen.getByTestId("per-correct-lc").textContent).toBe(
      "Long contextcheapest78.9–87.7%$0.00868–$0.00965$0.00106–$0.00118",
    );
    expect(screen.queryByTestId("per-correct-ft")!.textContent).toBe("Fine-tuningnot set——");
  });

  it("takes a typed percentage and the verdict follows", async () => {
    show("en", "v=3&p=vertex-gemini-3-5-flash-lite-2026-12&d=150000&q=2000");
    expect(screen.queryByTestId("answer-per-correct")).toBeNull();
    const rag = screen.getByTestId("accuracy-rag");
    fireEvent.change(rag, { target: { value: "85" } });
    fireEvent.blur(rag);
    const lc = screen.getByTestId("accuracy-lc");
    fireEvent.change(lc, { target: { value: "70%" } });
    fireEvent.keyDown(lc, { key: "Enter" });
    expect(await textSoon("answer-per-correct")).toMatch(
      /^RAG is cheapest per correct answer .* while long context is cheapest per query\./,
    );
    expect((screen.getByTestId("accuracy-rag") as HTMLInputElement).value).toBe("85");
    // Text it cannot read is refused, and the figure in use stays.
    fireEvent.change(rag, { target: { value: "most" } });
    fireEvent.blur(rag);
    expect(rag.getAttribute("aria-invalid")).toBe("true");
    expect(text("answer-per-correct")).toMatch(/^RAG is cheapest per correct answer/);
    // Emptied, it is not set any more: one approach with an accuracy cannot be compared.
    fireEvent.change(rag, { target: { value: "" } });
    fireEvent.blur(rag);
    expect(text("answer-per-correct")).toMatch(/^By cost: long context is cheapest\. Fewer than two/);
  });
});

describe("the figures (v3)", () => {
  function figures(link: string) {
    const parsed = parseScenario(link, { maxVersion: 3 });
    return render(
      <StringsProvider messages={STRINGS.en}>
        <CalculatorProvider initialScenario={parsed.scenario} warnings={[]}>
          <CumulativeFigure />
          <BreakdownFigure />
          <LatencyPanel />
          <StalenessPanel />
        </CalculatorProvider>
      </StringsProvider>,
    );
  }

  it("draw long context's line, bar, latencies and staleness where it fits", () => {
    figures("v=3&d=100000&q=2000");
    expect(screen.getByTestId("cumulative-figure").textContent).toMatch(/Long context/);
    expect(screen.getByTestId("cumulative-chart").innerHTML).toContain('data-series="lc"');
    expect(screen.getByTestId("breakdown-chart").textContent).toMatch(/Long context/);
    // Cached 1,320–4,719 ms; first after a write 5,320–20,719 ms.
    expect(text("latency-ours-lc-0")).toBe("1,320 ms – 4,719 ms");
    expect(text("latency-ours-lc-1")).toBe("5,320 ms – 20,719 ms");
    expect(text("staleness-lc")).toBe("0.33 min");
    // The chart's table has a column for it: month 24 at 11,125.
    const table = screen.getByTestId("series-table");
    expect(table.querySelector("thead")!.textContent).toBe("MonthRAGFine-tuningHybridLong context");
    expect(table.querySelector("tbody tr:last-child")!.textContent).toMatch(/^24.*\$11,125$/);
  });

  it("leave it out where it does not fit", () => {
    figures("v=3");
    expect(screen.getByTestId("cumulative-figure").textContent).not.toMatch(/Long context/);
    expect(screen.getByTestId("breakdown-chart").textContent).not.toMatch(/Long context/);
    expect(screen.queryByTestId("latency-ours-lc-0")).toBeNull();
    expect(screen.queryByTestId("staleness-lc")).toBeNull();
  });
});

describe("the which-wins map (v3)", () => {
  beforeAll(() => {
    // jsdom has no layout: the map's width stays 0 and the canvas is not drawn, its legend and words are.
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });
  function map(lang: "zh" | "en", link: string) {
    const parsed = parseScenario(link, { maxVersion: 3 });
    return render(
      <StringsProvider messages={STRINGS[lang]}>
        <CalculatorProvider initialScenario={parsed.scenario} warnings={[]}>
          <CheaperMapPanel />
        </CalculatorProvider>
      </StringsProvider>,
    );
  }

  it("shows knowledge-base size by default, with long context's region and its window's line", () => {
    map("en", "v=3&d=100000&q=2000");
    const legend = screen.getByTestId("cheaper-map").textContent!;
    expect(legend).toMatch(/Long context/);
    expect(text("cheaper-map-window")).toBe("Long context fits below this line: bases up to 127K tokens ≈ 255 pages");
    expect(screen.getByText("By knowledge-base size").querySelector("input")!.checked).toBe(true);
    // The other view is v2's map, with long context where it wins.
    fireEvent.click(screen.getByText("By update frequency"));
    expect(screen.queryByTestId("cheaper-map-window")).toBeNull();
    expect(screen.getByTestId("cheaper-map").textContent).toMatch(/RAG \/ fine-tuning break-even/);
  });

  it("says why there is no line where the price set has no window", () => {
    map("zh", "v=3&cw=0");
    expect(text("cheaper-map-no-window")).toBe("这套价格没有给出模型的上下文窗口，所以不计算长上下文方案。");
    // No line is drawn, so no sentence speaks of one.
    expect(screen.getByTestId("cheaper-map").textContent).not.toMatch(/线/);
  });

  it("a v2 link, read as v3 with v2's set, has no long context on the map and says why", () => {
    map("en", "v=2");
    expect(text("cheaper-map-no-window")).toBe(
      "This price set gives no context window for its model, so long context is not costed.",
    );
    // No cell is long context's, so the legend does not list it.
    expect(screen.getByTestId("cheaper-map").textContent).toContain("RAGFine-tuningHybridCurrent scenario");
    expect(screen.queryByText("Long context")).toBeNull();
    fireEvent.click(screen.getByText("By update frequency"));
    expect(screen.getByTestId("cheaper-map").textContent).toMatch(/RAG \/ fine-tuning break-even/);
  });
});

describe("the methodology page's v3 sections (shown once the pages read v3)", () => {
  it("list long context's defaults at v3's default set and every task kind with its study and table", () => {
    render(<MethodologyV3 lang="en" />);
    // Nova Micro 2026-12: a 128,000-token window, cache reads at 0.25 of the input price.
    expect(screen.getByTestId("default-contextWindow").textContent).toBe("128,000");
    expect(screen.getByTestId("default-cacheReadShare").textContent).toBe("0.25");
    const rows = screen.getByTestId("task-kinds").querySelectorAll("tbody tr");
    expect(rows.length).toBe(TASKS.length);
    // LaRA, Table 2, location cells: RAG 74.71–83.10, LC 78.94–87.70; fine-tuning not measured.
    const lookup = screen.getByTestId("task-kinds").querySelector("#task-long-doc-lookup")!;
    expect(lookup.textContent).toMatch(/74\.7%–83\.1%not measurednot measured78\.9%–87\.7%/);
    expect(lookup.querySelector("a")!.getAttribute("href")).toBe("https://arxiv.org/abs/2502.09977");
    expect(lookup.textContent).toMatch(/Table 2 \(main results/);
  });

  it("in Chinese, naming the table", () => {
    render(<MethodologyV3 lang="zh" />);
    const lookup = screen.getByTestId("task-kinds").querySelector("#task-long-doc-lookup")!;
    expect(lookup.textContent).toMatch(/未测未测/);
    expect(lookup.textContent).toMatch(/\(arXiv 2502\.09977\)\. Table 2 /);
  });
});
