/**
 * npm run check:prices — every figure of every price set with its age, oldest first, and which ones
 * could not be confirmed. A report, not a test: it always exits 0, so CI never fails on a date.
 * Usage: npm run check:prices [-- --today 2027-01-01]
 */
import { priceSetDoc } from "../lib/price-set-docs";
import { PRICE_SETS } from "../lib/price-sets";

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
for (const set of PRICE_SETS) {
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
