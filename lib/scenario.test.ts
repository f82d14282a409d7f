import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ASSUMPTION_KEYS, assumptionSpecs, workloadSpecs, WORKLOAD_KEYS } from "./assumptions";
import { estimate } from "./model";
import {
  CURRENT_VERSION,
  MIGRATIONS,
  defaultScenario,
  parseNumber,
  parseScenario,
  serialiseScenario,
  type ScenarioWarning,
  withPriceSet,
  resetScenario,
} from "./scenario";
import { arbScenario } from "./test-arbitraries";

describe("parse", () => {
  it("gives the defaults for an empty query", () => {
    const { scenario, warnings } = parseScenario("");
    expect(scenario).toEqual(defaultScenario());
    expect(warnings).toEqual([]);
  });

  it("reads the four sliders and assumptions by their URL names", () => {
    const { scenario, warnings } = parseScenario("?v=1&q=100000&u=0&d=2e7&h=36&pt=800&cur=cny&fx=7.1");
    expect(warnings).toEqual([]);
    expect(scenario).toMatchObject({
      queriesPerDay: 100_000,
      updatesPerMonth: 0,
      corpusTokens: 20_000_000,
      horizonMonths: 36,
      currency: "CNY",
      fxRate: 7.1,
    });
    expect(scenario.assumptions.promptTokens).toBe(800);
  });

  it("accepts update-frequency names", () => {
    expect(parseScenario("u=quarterly").scenario.updatesPerMonth).toBe(1 / 3);
    expect(parseScenario("u=Yearly").scenario.updatesPerMonth).toBe(1 / 12);
    expect(parseScenario("u=hourly").scenario.updatesPerMonth).toBe(720);
    expect(parseScenario("u=never").scenario.updatesPerMonth).toBe(0);
  });

  it("clamps out-of-range numbers and says so", () => {
    const { scenario, warnings } = parseScenario("q=1e12&d=5&h=0&cf=2");
    expect(scenario.queriesPerDay).toBe(100_000_000);
    expect(scenario.corpusTokens).toBe(10_000);
    expect(scenario.horizonMonths).toBe(1);
    expect(scenario.assumptions.changeFraction).toBe(1);
    expect(warnings.map((w) => [w.param, w.code])).toEqual([
      ["q", "clamped"],
      ["d", "clamped"],
      ["h", "clamped"],
      ["cf", "clamped"],
    ]);
  });

  it("falls back to the default on garbage and says so", () => {
    const { scenario, warnings } = parseScenario("q=lots&u=<script>alert(1)</script>&d=NaN&h=Infinity&cur=EUR");
    expect(scenario.queriesPerDay).toBe(5000);
    expect(scenario.updatesPerMonth).toBe(4);
    expect(scenario.corpusTokens).toBe(20_000_000);
    expect(scenario.horizonMonths).toBe(24);
    expect(scenario.currency).toBe("USD");
    expect(warnings.map((w) => w.code)).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid"]);
  });

  it("rounds integers, ignores repeats and flags unknown names, not trackers", () => {
    const { scenario, warnings } = parseScenario("h=12.6&q=10&q=20&zz=1&utm_source=x&lang=en");
    expect(scenario.horizonMonths).toBe(13);
    expect(scenario.queriesPerDay).toBe(10);
    expect(warnings.map((w) => [w.param, w.code])).toEqual([
      ["q", "duplicate"],
      ["h", "rounded"],
      ["zz", "unknown-param"],
    ]);
  });

  it("treats an unknown version as the current one, with a warning", () => {
    const { scenario, warnings } = parseScenario("v=99&q=7");
    expect(scenario.version).toBe(CURRENT_VERSION);
    expect(scenario.queriesPerDay).toBe(7);
    expect(warnings).toEqual([{ param: "v", code: "unknown-version", given: "99", used: 3 }]);
  });

  it("accepts a Next.js searchParams record", () => {
    expect(parseScenario({ q: ["300", "400"], h: "6", x: undefined }).scenario).toMatchObject({
      queriesPerDay: 300,
      horizonMonths: 6,
    });
  });

  it("reads numbers written by hand", () => {
    expect(parseNumber("5,000")).toBe(5000);
    expect(parseNumber("2e 7")).toBe(2e7); // "+" decoded as a space
    expect(parseNumber(" .5 ")).toBe(0.5);
    expect(parseNumber("1,5")).toBeNaN();
    expect(parseNumber("0x10")).toBeNaN();
    expect(parseNumber("")).toBeNaN();
  });

  it("cuts long values in warnings", () => {
    const { warnings } = parseScenario(`q=${"9".repeat(500)}x`);
    expect(warnings[0]!.given.length).toBeLessThanOrEqual(40);
  });
});

describe("serialise", () => {
  it("writes only v=3 for the defaults (the default price set is not written)", () => {
    expect(serialiseScenario(defaultScenario())).toBe("v=3");
  });

  it("writes only what differs, update stops by name", () => {
    const s = defaultScenario();
    s.queriesPerDay = 100_000;
    s.updatesPerMonth = 1 / 3;
    s.assumptions.topK = 8;
    s.currency = "CNY";
    expect(serialiseScenario(s)).toBe("v=3&q=100000&u=quarterly&k=8&cur=CNY");
  });

  it("keeps a yearly update's retrain at month 12 after a round trip", () => {
    const s = defaultScenario();
    s.updatesPerMonth = 1 / 12;
    const back = parseScenario(serialiseScenario(s)).scenario;
    expect(back.updatesPerMonth).toBe(1 / 12);
    const e = estimate(back);
    expect(e.series[12]!.ft - e.series[11]!.ft).toBeGreaterThan(e.series[11]!.ft - e.series[10]!.ft);
  });

  it("has two migrations, v1 → v2 and v2 → v3, and unpinned links are v3 since its release", () => {
    expect(Object.keys(MIGRATIONS)).toEqual(["1", "2"]);
    expect(CURRENT_VERSION).toBe(3);
  });

  it("migrates v1 → v2 as a pure function of the query: pins the price set v1 used", () => {
    // A real legacy link, as the v1 share panel wrote it (e2e fixtures of main before v2).
    const legacy = new Map([
      ["v", "1"],
      ["q", "100000"],
      ["u", "never"],
    ]);
    const warnings: ScenarioWarning[] = [];
    const next = MIGRATIONS[1]!(legacy, warnings);
    expect([...next]).toEqual([
      ["v", "2"],
      ["q", "100000"],
      ["u", "never"],
      ["p", "openai-4o-mini"],
    ]);
    expect([...legacy]).toEqual([
      ["v", "1"],
      ["q", "100000"],
      ["u", "never"],
    ]); // untouched
    expect(warnings).toEqual([]);
    expect(serialiseScenario(parseScenario("v=1&q=100000&u=never").scenario)).toBe("v=3&p=openai-4o-mini&q=100000&u=never");
  });

  it("migrates a v1 preset link to the same (now retired) set, and a p v1 did not know (even a v2 set) to v1's default", () => {
    expect(serialiseScenario(parseScenario("v=1&p=self-hosted-lora&q=20000&u=yearly").scenario)).toBe(
      "v=3&p=self-hosted-lora&q=20000&u=yearly",
    );
    const bad = parseScenario("v=1&p=bedrock-nova-micro&q=3");
    expect(bad.scenario.pricing).toBe("openai-4o-mini");
    expect(bad.warnings).toEqual([{ param: "p", code: "invalid", given: "bedrock-nova-micro", used: "openai-4o-mini" }]);
  });

  it("pins a v1 link to its numbers", () => {
    // A link made today must give these numbers forever.
    const e = estimate(parseScenario("v=1&q=100000&u=never").scenario);
    expect(e.breakEven.month).toBe(12);
    expect(e.approaches.rag.total).toBeCloseTo(8000.4 + 24 * (100000 * 30.4375 * 0.000616 + 50 + 400), 6);
  });
});

describe("pricing presets and pinned scenarios", () => {
  it("a preset replaces defaults, travels as p=, and its own defaults are not written", () => {
    const { scenario, warnings } = parseScenario("v=1&p=vertex-flash&q=300");
    expect(warnings).toEqual([]);
    expect(scenario.pricing).toBe("vertex-flash");
    expect(scenario.assumptions).toMatchObject({ ftIn: 0.15, ftOut: 0.6, trainPrice: 3, baseIn: 0.15 });
    expect(serialiseScenario(scenario)).toBe("v=3&p=vertex-flash&q=300");
    scenario.assumptions.trainPrice = 2.5;
    expect(serialiseScenario(scenario)).toBe("v=3&p=vertex-flash&q=300&tp=2.5");
  });

  it("a v1 link without a preset keeps the v1 numbers", () => {
    const e = estimate(parseScenario("v=1").scenario);
    expect(e.approaches.rag.total).toBeCloseTo(22011.11, 2);
    expect(e.approaches.ft.total).toBeCloseTo(66006.28, 2);
    expect(parseScenario("v=1&p=nope").warnings).toEqual([
      { param: "p", code: "invalid", given: "nope", used: "openai-4o-mini" },
    ]);
  });

  it("the self-hosted preset derives its training price and server cost from GPU price and throughput", () => {
    const a = parseScenario("p=self-hosted-lora").scenario.assumptions;
    expect(a.trainPrice).toBeCloseTo((1.39 / (2954 * 3600)) * 1e6, 12); // ≈ $0.131 per 1M tokens
    expect(a.ftServerMonthly).toBeCloseTo(1.39 * 730.5, 9);
    expect(a.ftIn).toBe(0);
  });

  it("a pinned scenario rides along as pin= and comes back whole", () => {
    const a = { ...defaultScenario(), queriesPerDay: 100_000 };
    const b = {
      ...defaultScenario(),
      pricing: "vertex-flash",
      assumptions: parseScenario("p=vertex-flash").scenario.assumptions,
    };
    const query = serialiseScenario(b, a);
    expect(query).toBe("v=3&p=vertex-flash&pin=v%3D3%26q%3D100000");
    const back = parseScenario(query);
    expect(back.scenario).toEqual(b);
    expect(back.pinned).toEqual(a);
    expect(parseScenario("pin=q%3Dlots").warnings).toEqual([{ param: "pin.q", code: "invalid", given: "lots", used: 5000 }]);
  });
});

describe("properties of the codec", () => {
  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        parseScenario(s);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on query-like strings of our names with any values", () => {
    const names = [
      "v",
      "cur",
      "fx",
      ...WORKLOAD_KEYS.map((k) => workloadSpecs[k].url),
      ...ASSUMPTION_KEYS.map((k) => assumptionSpecs[k].url),
    ];
    const pair = fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 30 })).map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const { scenario } = parseScenario(pairs.join("&"));
        for (const k of WORKLOAD_KEYS) {
          const v = scenario[k];
          if (!(v >= workloadSpecs[k].min && v <= workloadSpecs[k].max)) return false;
        }
        return ASSUMPTION_KEYS.every((k) => {
          const v = scenario.assumptions[k];
          return v >= assumptionSpecs[k].min && v <= assumptionSpecs[k].max;
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("serialise → parse is the identity on valid scenarios, with no warnings", () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { scenario, warnings } = parseScenario(serialiseScenario(s));
        expect(warnings).toEqual([]);
        expect(scenario).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it("clamps any number into its range", () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORKLOAD_KEYS), fc.double({ noNaN: true }), (k, n) => {
        const v = parseScenario(`${workloadSpecs[k].url}=${n}`).scenario[k];
        return v >= workloadSpecs[k].min && v <= workloadSpecs[k].max;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("choosing a price set or resetting a v3 scenario (the pages, once they read v3)", () => {
  const v3 = (q: string) => parseScenario(q, { maxVersion: 3 }).scenario;

  it("a December set keeps the scenario on v3, with long context priced by that set", () => {
    const s = withPriceSet(v3("v=3&d=150000&q=2000&acc_rag=0.85"), "vertex-gemini-3-5-flash-lite-2026-12");
    expect(s.version).toBe(3);
    // Flash-Lite 2026-12: a 1,048,576-token window, explicit cache at $1.00 per 1M tokens an hour.
    expect(s.assumptions.contextWindow).toBe(1_048_576);
    expect(s.assumptions.cacheStoragePrice).toBe(1);
    expect(s.accuracy).toEqual({ rag: 0.85 });
    expect(estimate(s).approaches.lc).toBeDefined();
    expect(serialiseScenario(s)).toBe("v=3&p=vertex-gemini-3-5-flash-lite-2026-12&q=2000&d=150000&acc_rag=0.85");
  });

  it("an older set is read by the current version, v3 since its release", () => {
    expect(withPriceSet(v3("v=3"), "vertex-gemini-3-5-flash-lite").version).toBe(3);
  });

  it("reset keeps a v3 scenario on v3 and its set, and clears what the reader set", () => {
    const reset = resetScenario(v3("v=3&p=vertex-gemini-3-5-flash-lite-2026-12&q=777&task=long-doc-lookup&acc_lc=0.7"));
    expect(serialiseScenario(reset)).toBe("v=3&p=vertex-gemini-3-5-flash-lite-2026-12");
  });
});
