// @vitest-environment node
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { ATTRIBUTE, deferredScripts, scriptsAfterPaint } from "../server/scripts-after-paint.mjs";

/** The head and body of a page as Next 16 renders it (trimmed): the tags the rewrite is about. */
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script>' +
  '<script src="/_next/static/chunks/two.js" async=""></script>' +
  '<link rel="preload" href="/_next/static/chunks/lazy.js" as="script" fetchPriority="low"/>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<script src="/_next/static/chunks/webpack.js" async=""></script>' +
  '<link rel="preload" as="image" href="/og.png"/>' +
  "<title>t</title></head><body><main><p>Answer</p></main>" +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

describe("scriptsAfterPaint", () => {
  const out = scriptsAfterPaint(PAGE);

  it("takes Next's async chunks and script preloads out of the head", () => {
    const head = out.slice(0, out.indexOf("</head>"));
    expect(head).not.toMatch(/<script src="[^"]*" async=""/);
    expect(head).not.toMatch(/rel="preload"[^>]*as="script"/);
    // What is not a bootstrap chunk stays: the stylesheet, the legacy polyfills, an image preload.
    expect(head).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(head).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(head).toContain('<link rel="preload" as="image" href="/og.png"/>');
  });

  it("lists them, in Next's order, in one loader at the end of the body", () => {
    expect(deferredScripts(out)).toEqual({
      scripts: ["/_next/static/chunks/one.js", "/_next/static/chunks/two.js", "/_next/static/chunks/webpack.js"],
      // A preload of a chunk that is also a script is not repeated.
      preloads: ["/_next/static/chunks/lazy.js"],
    });
    const loader = out.indexOf(`<script ${ATTRIBUTE}=`);
    expect(loader).toBeGreaterThan(out.indexOf("self.__next_f"));
    expect(out.slice(out.indexOf("</script>", loader))).toBe("</script></body></html>");
    // Everything else is where it was.
    expect(out.replace(/<script data-scripts-after-paint=.*?<\/script>/, "")).toBe(
      PAGE.replace(/<script src="[^"]*" async=""><\/script>/g, "").replace(/<link rel="preload"[^>]*as="script"[^>]*\/>/g, ""),
    );
  });

  it("leaves a rewritten page, a page without such scripts and a fragment alone", () => {
    expect(scriptsAfterPaint(out)).toBe(out);
    const plain = "<!DOCTYPE html><html><head></head><body><p>x</p></body></html>";
    expect(scriptsAfterPaint(plain)).toBe(plain);
    const fragment = '<script src="/_next/static/chunks/one.js" async=""></script><p>no body</p>';
    expect(scriptsAfterPaint(fragment)).toBe(fragment);
    expect(deferredScripts(plain)).toEqual({ scripts: [], preloads: [] });
  });

  it("escapes the list for its attribute", () => {
    const odd = PAGE.replace("one.js", "o&ne.js");
    expect(deferredScripts(scriptsAfterPaint(odd)).scripts[0]).toBe("/_next/static/chunks/o&ne.js");
    expect(scriptsAfterPaint(odd)).toContain("o&amp;ne.js");
  });
});

/** Runs a rewritten page's loader in jsdom and returns what it added to the head, once it settles. */
async function runLoader(setup: (window: JSDOM["window"]) => void, waitMs: number) {
  const dom = new JSDOM(scriptsAfterPaint(PAGE), { runScripts: "outside-only", pretendToBeVisual: true });
  const { window } = dom;
  setup(window);
  const loader = window.document.querySelector(`script[${ATTRIBUTE}]`)!;
  const added = () => ({
    scripts: [...window.document.head.querySelectorAll("script[src]")]
      .map((s) => s.getAttribute("src"))
      .filter((s) => !s!.includes("polyfills")),
    preloads: [...window.document.head.querySelectorAll('link[rel="preload"][as="script"]')].map((l) => l.getAttribute("href")),
  });
  // document.currentScript is the loader while it runs, as in a browser.
  Object.defineProperty(window.document, "currentScript", { configurable: true, get: () => loader });
  window.eval(loader.textContent!);
  const before = added();
  await new Promise((r) => setTimeout(r, waitMs));
  const after = added();
  window.close();
  return { before, after };
}

describe("the loader", () => {
  const all = {
    scripts: ["/_next/static/chunks/one.js", "/_next/static/chunks/two.js", "/_next/static/chunks/webpack.js"],
    preloads: ["/_next/static/chunks/lazy.js"],
  };

  it("adds nothing while the page is being painted, then every script once, two frames later without paint reports", async () => {
    const { before, after } = await runLoader(() => {}, 120);
    expect(before).toEqual({ scripts: [], preloads: [] });
    expect(after).toEqual(all);
  });

  it("loads at once in a hidden tab, which paints nothing", async () => {
    const { before } = await runLoader((w) => Object.defineProperty(w.document, "visibilityState", { get: () => "hidden" }), 0);
    expect(before).toEqual(all);
  });

  it("waits for the paint report later than the end of the page, and no longer than the cap", async () => {
    let report: ((list: { getEntries(): { startTime: number }[] }) => void) | undefined;
    const setup = (w: JSDOM["window"]) => {
      class Observer {
        static supportedEntryTypes = ["largest-contentful-paint"];
        constructor(cb: typeof report) {
          report = cb;
        }
        observe() {}
        disconnect() {}
      }
      Object.assign(w, { PerformanceObserver: Observer });
    };
    // An earlier report (a partial paint before the parser reached the loader) does not count…
    const early = runLoader(setup, 60);
    report!({ getEntries: () => [{ startTime: -1 }] });
    expect((await early).after).toEqual({ scripts: [], preloads: [] });
    // …one after it does…
    const painted = runLoader(setup, 60);
    report!({ getEntries: () => [{ startTime: 1e12 }] });
    expect((await painted).after).toEqual(all);
    // …and without any, the cap.
    expect((await runLoader(setup, 400)).after).toEqual(all);
  });
});
