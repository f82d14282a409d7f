/**
 * Run once, on main before model v3 (commit 340c907): writes lib/golden/v2-permalinks.json, the
 * numbers that v2 links must give forever. Kept for the record of how the fixture was made; running
 * it again after v3 would only prove the codec against itself, so the fixture is never regenerated.
 *
 * The links cover every v2 price set, the article's four examples (lib/presets.ts) on the default
 * set and across the others, the sliders' corners, CNY with a rate, pin=, edited assumptions, a
 * retired set named by a v2 link, the embed, and one link without v (read as v2 on this day).
 */
import { writeFileSync } from "node:fs";
import { estimate, type Estimate } from "../lib/model";
import { parseScenario, type Scenario } from "../lib/scenario";

const URLS = [
  // The default and every v2 price set.
  "/?v=2",
  "/en?v=2",
  "/?v=2&p=bedrock-nova-micro",
  "/?v=2&p=vertex-gemini-3-5-flash-lite",
  "/?v=2&p=together-qwen3-8b-dedicated",
  "/?v=2&p=runpod-qwen3-8b-lora",
  // The article's examples (the presets) on the default set, then across the other sets.
  "/?v=2&q=2000&u=quarterly&d=50000000",
  "/?v=2&q=20000&u=yearly&d=100000000&h=36",
  "/?v=2&q=50000&u=daily&d=10000000",
  "/?v=2&q=5000000&u=monthly&d=5000000",
  "/?v=2&p=vertex-gemini-3-5-flash-lite&q=2000&u=quarterly&d=50000000",
  "/?v=2&p=vertex-gemini-3-5-flash-lite&q=20000&u=yearly&d=100000000&h=36",
  "/?v=2&p=together-qwen3-8b-dedicated&q=50000&u=daily&d=10000000",
  "/?v=2&p=together-qwen3-8b-dedicated&q=5000000&u=monthly&d=5000000",
  "/?v=2&p=runpod-qwen3-8b-lora&q=20000&u=yearly&d=100000000&h=36",
  "/?v=2&p=runpod-qwen3-8b-lora&q=5000000&u=monthly&d=5000000",
  // The sliders' corners: q 1 … 100M, u 0 … 30 (and the API's 720), d 10K … 10B, h 1 … 60.
  "/?v=2&q=1&u=0&d=10000&h=1",
  "/?v=2&q=100000000&u=30&d=10000000000&h=60",
  "/?v=2&q=1&u=30&d=10000000000&h=60",
  "/?v=2&q=100000000&u=0&d=10000&h=1",
  "/?v=2&p=runpod-qwen3-8b-lora&q=100000000&u=0&d=10000000000&h=60",
  "/?v=2&p=together-qwen3-8b-dedicated&q=1&u=30&d=10000&h=1",
  "/?v=2&p=vertex-gemini-3-5-flash-lite&q=100000000&u=never&d=10000&h=60",
  "/?v=2&q=123456&u=720",
  // Display currency with a rate (the model stays in USD; the rate is recorded).
  "/?v=2&cur=CNY&fx=7.1",
  "/?v=2&p=vertex-gemini-3-5-flash-lite&q=20000&u=weekly&d=2500000000&cur=CNY&fx=7.25",
  // A pinned comparison: a v2 link and an old v1 link.
  "/?v=2&q=10000&pin=v%3D2%26p%3Drunpod-qwen3-8b-lora%26q%3D200000%26u%3Dnever",
  "/en?v=2&p=together-qwen3-8b-dedicated&pin=v%3D1%26q%3D200000%26u%3Dnever",
  // Edited assumptions.
  "/?v=2&bi=0.2&bo=0.8&fi=0.4&fo=1.6&tp=4",
  "/?v=2&p=runpod-qwen3-8b-lora&k=10&ck=800&pt=1200&ot=600",
  "/?v=2&p=together-qwen3-8b-dedicated&cf=0.1&mr=30&u=daily&epo=2&rf=0.2",
  "/?v=2&p=together-qwen3-8b-dedicated&fsm=1500&fst=10000&q=200000",
  "/?v=2&fhm=10&tt=2&er=0&q=300000&u=0.5",
  // A retired (v1) set named by a v2 link, and the embed.
  "/?v=2&p=openai-4o-mini&q=20000",
  "/en/embed?v=2&p=vertex-gemini-3-5-flash-lite&q=20000&u=weekly&d=5000000000&theme=dark",
  // No v: read as the current version, v2 on this day.
  "/?p=together-qwen3-8b-dedicated&q=2000&u=quarterly&d=50000000",
];

const cents = (n: number) => Math.round(n * 100) / 100;

function numbers(s: Scenario) {
  const e: Estimate = estimate(s);
  return {
    pricing: s.pricing,
    approaches: Object.fromEntries(
      Object.entries(e.approaches).map(([k, a]) => [
        k,
        {
          upfront: cents(a.upfront),
          monthly: cents(a.monthly),
          total: cents(a.total),
          latencyMs: { low: cents(a.latencyMs.low), high: cents(a.latencyMs.high) },
          stalenessHours: cents(a.stalenessHours),
        },
      ]),
    ),
    retrainCost: cents(e.fineTune.retrainCost),
    breakEvenMonth: e.breakEven.month,
    breakEvenQueriesPerDay: e.breakEven.queriesPerDay === null ? null : cents(e.breakEven.queriesPerDay),
    cheapest: e.cheapest,
  };
}

const rows = URLS.map((url) => {
  const { scenario, warnings, pinned } = parseScenario(url.slice(url.indexOf("?") + 1));
  if (scenario.version !== 2) throw new Error(`${url} is not read as v2`);
  if (warnings.length > 0) throw new Error(`${url}: ${JSON.stringify(warnings)}`);
  return {
    url,
    ...numbers(scenario),
    currency: scenario.currency,
    fxRate: scenario.fxRate,
    pinned: pinned === null ? null : numbers(pinned),
  };
});
writeFileSync(
  new URL("../lib/golden/v2-permalinks.json", import.meta.url),
  JSON.stringify({ madeFrom: "main at 340c907, before model v3", rows }, null, 1) + "\n",
);
console.log(`${rows.length} links written`);
