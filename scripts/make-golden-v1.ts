/**
 * Run once, on main before model v2 (commit 0d5685a): writes lib/golden/v1-permalinks.json, the
 * numbers that v1 links must give forever. Kept for the record of how the fixture was made; running
 * it again after v2 would only prove the codec against itself, so the fixture is never regenerated.
 */
import { writeFileSync } from "node:fs";
import { estimate } from "../lib/model";
import { parseScenario } from "../lib/scenario";

const URLS = [
  "/?v=1",
  "/en?v=1",
  "/?v=1&u=never&q=100000",
  "/?v=1&q=2000&u=quarterly&d=50000000",
  "/?v=1&q=20000&u=yearly&d=100000000&h=36",
  "/?v=1&q=50000&u=daily&d=10000000",
  "/?v=1&q=5000000&u=monthly&d=5000000",
  "/?v=1&p=vertex-flash",
  "/?v=1&p=together-lora",
  "/?v=1&p=self-hosted-lora",
  "/?v=1&p=vertex-flash&q=2000&u=quarterly&d=50000000",
  "/?v=1&p=together-lora&q=5000000&u=monthly&d=5000000",
  "/?v=1&p=self-hosted-lora&q=20000&u=yearly&d=100000000&h=36",
  "/?v=1&p=self-hosted-lora&q=50000000&u=never",
  "/?v=1&q=123456&u=1",
  "/?v=1&q=1&u=hourly&d=10000&h=1",
  "/?v=1&q=100000000&u=never&d=10000000000&h=60",
  "/?v=1&q=20000&u=weekly&d=2500000000&cur=CNY",
  "/?v=1&cur=CNY&fx=7.1",
  "/?v=1&bi=0.2&bo=0.8&fi=0.4&fo=1.6&tp=4",
  "/?v=1&er=0&q=300000&u=0.5",
  "/?v=1&k=10&ck=800&pt=1200&ot=600",
  "/?v=1&cf=0.1&mr=30&u=daily&tt=2",
  "/?v=1&u=quarterly&h=13&q=80000",
  "/en/embed?v=1&q=20000&u=weekly&d=5000000000&theme=dark",
  "/?v=1&q=10000&pin=v%3D1%26q%3D200000%26u%3Dnever",
];

const cents = (n: number) => Math.round(n * 100) / 100;
const rows = URLS.map((url) => {
  const query = url.slice(url.indexOf("?") + 1);
  const { scenario } = parseScenario(query);
  const e = estimate(scenario);
  const approaches = Object.fromEntries(
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
  );
  return {
    url,
    approaches,
    retrainCost: cents(e.fineTune.retrainCost),
    breakEvenMonth: e.breakEven.month,
    breakEvenQueriesPerDay: e.breakEven.queriesPerDay === null ? null : cents(e.breakEven.queriesPerDay),
    cheapest: e.cheapest,
  };
});
writeFileSync(
  new URL("../lib/golden/v1-permalinks.json", import.meta.url),
  JSON.stringify({ madeFrom: "main at 0d5685a, before model v2", rows }, null, 1) + "\n",
);
console.log(`${rows.length} links written`);
