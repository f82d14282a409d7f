/**
 * npm run check:prices — every figure of every price set with its age, oldest first, and which ones
 * could not be confirmed, then a cross-check of base and cache prices with @pydantic/genai-prices.
 * A report, not a test: it always exits 0, so CI never fails on a date or a difference.
 * Usage: npm run check:prices [-- --today 2027-01-01]
 */
import { calcPrice } from "@pydantic/genai-prices";
import { priceSetDoc } from "../lib/price-set-docs";
import { ALL_PRICE_SETS } from "../lib/price-sets";

const arg = process.argv.indexOf("--today");
const today = arg > 0 && process.argv[arg + 1] ? process.argv[arg + 1]! : new Date().toISOString().slice(0, 10);
const days = (iso: string) => Math.round((Date.parse(today) - Date.parse(iso)) / 86_400_000);

interface Row {
  set: string;
  status: string;
  figure: string;
  value: string;
  checked: string;
  age: number;
  confirmed: boolean;
  url: string;
}

const rows: Row[] = [];
for (const set of ALL_PRICE_SETS) {
  const doc = priceSetDoc(set.id);
  const figures: [string, string][] = [
    ...Object.entries(set.values).map(([k, v]) => [k, String(v)] as [string, string]),
    ["latency", `ttft ${set.latency.ttftMs.low}–${set.latency.ttftMs.high} ms`],
  ];
  for (const [figure, value] of figures) {
    const list = doc?.evidence[figure as keyof typeof doc.evidence] ?? [];
    if (list.length === 0) {
      rows.push({
        set: set.id,
        status: set.status,
        figure,
        value,
        checked: "—",
        age: Infinity,
        confirmed: false,
        url: "(no source)",
      });
    }
    for (const e of list) {
      rows.push({
        set: set.id,
        status: set.status,
        figure,
        value,
        checked: e.checked,
        age: days(e.checked),
        confirmed: !e.unconfirmed,
        url: e.url,
      });
    }
  }
}
rows.sort((a, b) => b.age - a.age || a.set.localeCompare(b.set));

const cols: (keyof Row)[] = ["set", "status", "figure", "value", "checked", "age", "confirmed", "url"];
const cell = (r: Row, c: keyof Row) =>
  c === "age" ? (Number.isFinite(r.age) ? `${r.age} d` : "—") : c === "confirmed" ? (r.confirmed ? "yes" : "NO") : String(r[c]);
const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
const line = (vals: string[]) => vals.map((v, i) => v.padEnd(width[i]!)).join("  ");
console.log(`Price figures as of ${today} (${rows.length} figures, oldest first)\n`);
console.log(line(cols.map(String)));
console.log(line(width.map((w) => "-".repeat(w))));
for (const r of rows) console.log(line(cols.map((c) => cell(r, c))));
const current = rows.filter((r) => r.status === "current");
const old = current.filter((r) => r.age > 182);
const unconfirmed = current.filter((r) => !r.confirmed);
console.log(
  `\nCurrent sets: ${current.length} figures; ${old.length} checked more than six months ago; ${unconfirmed.length} not confirmed on a current page.`,
);

/*
 * Cross-check, not a source: base and cache prices (and the context window) against the data bundled
 * in @pydantic/genai-prices, where that package has the set's base model. Differences are printed;
 * our figures stay as their evidence says (genai-prices has no cache write or storage prices for
 * these models, so only input, output, cache read and window are compared).
 */
const GENAI_PRICES_MODELS: Record<string, { providerId: string; modelId: string } | undefined> = {
  "bedrock-nova-micro": { providerId: "aws", modelId: "amazon.nova-micro-v1:0" },
  "bedrock-nova-micro-2026-12": { providerId: "aws", modelId: "amazon.nova-micro-v1:0" },
  "vertex-gemini-3-5-flash-lite": { providerId: "google", modelId: "gemini-3.5-flash-lite" },
  "vertex-gemini-3-5-flash-lite-2026-12": { providerId: "google", modelId: "gemini-3.5-flash-lite" },
  // Together as a Hugging Face provider: the lower of the two disputed prices (see price-sets-v3.ts).
  "together-qwen3-8b-dedicated": { providerId: "huggingface_together", modelId: "Qwen/Qwen3.5-9B" },
  "together-qwen3-8b-dedicated-2026-12": { providerId: "huggingface_together", modelId: "Qwen/Qwen3.5-9B" },
};

const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
const same = (a: number | undefined, b: number | undefined) => a === undefined || b === undefined || Math.abs(a - b) < 1e-9;

console.log("\nCross-check with @pydantic/genai-prices (a cross-check, not a source)\n");
let compared = 0;
let differing = 0;
for (const set of ALL_PRICE_SETS.filter((s) => s.status === "current")) {
  const where = GENAI_PRICES_MODELS[set.id];
  if (!where) {
    console.log(`${set.id}: not in genai-prices`);
    continue;
  }
  const found = calcPrice({ input_tokens: 1_000_000 }, where.modelId, { providerId: where.providerId });
  if (!found) {
    console.log(`${set.id}: ${where.providerId} / ${where.modelId} not found in genai-prices`);
    continue;
  }
  const v = set.values;
  const theirs = {
    baseIn: num(found.model_price.input_mtok),
    baseOut: num(found.model_price.output_mtok),
    cacheRead: num(found.model_price.cache_read_mtok),
    window: found.model.context_window,
  };
  const ours = {
    baseIn: v.baseIn,
    baseOut: v.baseOut,
    cacheRead: v.cacheReadShare !== undefined && v.baseIn !== undefined ? v.cacheReadShare * v.baseIn : undefined,
    window: v.contextWindow,
  };
  for (const k of Object.keys(ours) as (keyof typeof ours)[]) {
    if (ours[k] === undefined || theirs[k] === undefined) continue;
    compared++;
    const ok = same(ours[k], theirs[k]);
    if (!ok) differing++;
    console.log(`${set.id}  ${k.padEnd(9)}  ours ${ours[k]}  genai-prices ${theirs[k]}  ${ok ? "same" : "DIFFERS"}`);
  }
}
console.log(`\n${compared} figures compared with genai-prices; ${differing} differ.`);
