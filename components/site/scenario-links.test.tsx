// @vitest-environment jsdom
/**
 * The store and the URLs that follow it: the page's own URL, the copied link, and every link on the
 * page that carries the scenario (language switch, methodology, home, the embed's link back).
 */
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ComparePanel } from "@/components/calculator/ComparePanel";
import { Presets } from "@/components/calculator/Presets";
import { SharePanel } from "@/components/calculator/SharePanel";
import { CalculatorProvider, useCalculator } from "@/components/calculator/store";
import { StringsProvider } from "@/components/i18n/StringsProvider";
import { parseScenario } from "@/lib/scenario";
import { STRINGS } from "@/lib/i18n";
import { FullExplainerLink, LanguageSwitch, ScenarioLink } from "./ScenarioLinks";

let clipboard = "";

beforeEach(() => {
  clipboard = "";
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: { writeText: vi.fn(async (text: string) => void (clipboard = text)) },
  });
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** Sets the number of queries a day, as a slider would. */
function QueriesProbe() {
  const setWorkload = useCalculator((s) => s.setWorkload);
  return <button type="button" data-testid="set-q" onClick={() => setWorkload({ queriesPerDay: 4321 })} />;
}

function renderPage(query: string) {
  window.history.replaceState(null, "", `/${query ? `?${query}` : ""}`);
  const parsed = parseScenario(query);
  render(
    <StringsProvider messages={STRINGS.zh}>
      <CalculatorProvider initialScenario={parsed.scenario} initialPinned={parsed.pinned} warnings={[]}>
        <ScenarioLink kind="home" lang="zh" initial={parsed}>
          home
        </ScenarioLink>
        <ScenarioLink kind="methodology" lang="zh" initial={parsed}>
          methodology
        </ScenarioLink>
        <LanguageSwitch lang="zh" page="" initial={parsed} labels={STRINGS.zh.site} />
        <FullExplainerLink lang="zh" initial={parsed}>
          full
        </FullExplainerLink>
        <QueriesProbe />
        <Presets />
        <ComparePanel />
        <SharePanel />
      </CalculatorProvider>
    </StringsProvider>,
  );
}

const hrefOf = (testId: string) => screen.getByTestId(testId).getAttribute("href")!;
const search = () => new URLSearchParams(window.location.search);
async function copyLink() {
  await act(async () => {
    fireEvent.click(screen.getByTestId("copy-link"));
  });
  return clipboard;
}

describe("the store and the URL", () => {
  it("copy link carries the pinned scenario; unpin removes it", async () => {
    renderPage("q=100000");
    expect(await copyLink()).toBe("http://localhost:3000/?v=3&q=100000");
    act(() => fireEvent.click(screen.getByTestId("pin")));
    act(() => fireEvent.click(screen.getByTestId("set-q")));
    const pinnedLink = await copyLink();
    expect(pinnedLink).toContain("pin=");
    const back = parseScenario(new URL(pinnedLink).search);
    expect(back.scenario.queriesPerDay).toBe(4321);
    expect(back.pinned?.queriesPerDay).toBe(100000);
    // Pinning is a discrete change: the page's own URL has it at once.
    expect(search().get("pin")).toBe("v=3&q=100000");
    act(() => fireEvent.click(screen.getByTestId("unpin")));
    expect(search().has("pin")).toBe(false);
    expect(await copyLink()).not.toContain("pin=");
  });

  it("reset under a price set keeps the set and writes no price", () => {
    renderPage("p=runpod-qwen3-8b-lora&q=777");
    act(() => fireEvent.click(screen.getByTestId("reset")));
    expect(window.location.search).toBe("?v=3&p=runpod-qwen3-8b-lora");
    expect(hrefOf("methodology-link")).toBe("/methodology?v=3&p=runpod-qwen3-8b-lora");
  });

  it("the embed code names no theme unless one was picked", async () => {
    renderPage("q=100000");
    await act(async () => {
      fireEvent.click(screen.getByTestId("copy-embed"));
    });
    expect(clipboard).toContain('src="http://localhost:3000/embed?v=3&amp;q=100000"');
    expect(clipboard).not.toContain("theme=");
    localStorage.setItem("theme", "dark");
    await act(async () => {
      fireEvent.click(screen.getByTestId("copy-embed"));
    });
    localStorage.removeItem("theme");
    expect(clipboard).toContain("&amp;theme=dark");
  });
});

describe("links follow the store", () => {
  it("start from the URL's scenario, and carry every edit at once", () => {
    renderPage("q=100000");
    expect(hrefOf("language-switch")).toBe("/en?v=3&q=100000");
    expect(hrefOf("methodology-link")).toBe("/methodology?v=3&q=100000");
    expect(hrefOf("home-link")).toBe("/?v=3&q=100000");
    expect(hrefOf("open-full")).toBe("/?v=3&q=100000");
    act(() => fireEvent.click(screen.getByTestId("set-q")));
    expect(hrefOf("language-switch")).toBe("/en?v=3&q=4321");
    expect(hrefOf("methodology-link")).toBe("/methodology?v=3&q=4321");
    expect(hrefOf("home-link")).toBe("/?v=3&q=4321");
    expect(hrefOf("open-full")).toBe("/?v=3&q=4321");
    act(() => fireEvent.click(screen.getByTestId("pin")));
    expect(hrefOf("language-switch")).toContain("&pin=");
  });

  it("the plain page links to the plain pages", () => {
    renderPage("");
    expect(hrefOf("language-switch")).toBe("/en");
    expect(hrefOf("methodology-link")).toBe("/methodology");
  });

  it("the language switch's accessible name starts with its visible text", () => {
    renderPage("");
    const link = screen.getByTestId("language-switch");
    expect(link.getAttribute("aria-label")).toBeNull();
    expect(link.textContent).toMatch(/^English/);
    expect(screen.getByRole("link", { name: /^English/ })).toBe(link);
  });
});

describe("without a calculator (the methodology page)", () => {
  it("links go back to the scenario of the URL", () => {
    const query = "v=3&q=100000&pin=v%3D3%26q%3D300";
    const initial = parseScenario(query);
    render(
      <StringsProvider messages={STRINGS.zh}>
        <ScenarioLink kind="home" lang="en" initial={initial}>
          home
        </ScenarioLink>
        <LanguageSwitch lang="en" page="/methodology" initial={initial} labels={STRINGS.en.site} />
      </StringsProvider>,
    );
    expect(hrefOf("home-link")).toBe(`/en?${query}`);
    expect(hrefOf("language-switch")).toBe(`/methodology?${query}`);
  });
});
