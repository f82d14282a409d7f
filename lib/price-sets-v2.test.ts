import { describe, expect, it } from "vitest";
import { ASSUMPTION_KEYS, HOURS_PER_MONTH, assumptionSpecs, type AssumptionKey } from "./assumptions";
import { V2_PRICE_SET_DOCS } from "./price-set-docs-v2";
import type { PriceEvidence, PriceSet } from "./price-set-types";
import {
  QWEN3_8B_H100_TOKENS_PER_SECOND,
  SELF_HOSTED_V2,
  V2_CHECKED,
  V2_DEFAULT_PRICE_SET,
  V2_PRICE_SETS,
  selfHostedServerMonthlyV2,
  selfHostedTrainPriceV2,
  selfHostedTrainTokensPerSecond,
} from "./price-sets-v2";

const V1_IDS = ["openai-4o-mini", "vertex-flash", "together-lora", "self-hosted-lora"];
const byId = (id: string): PriceSet => {
  const set = V2_PRICE_SETS.find((s) => s.id === id);
  if (!set) throw new Error(`no price set ${id}`);
  return set;
};
const docOf = (set: PriceSet) => V2_PRICE_SET_DOCS[set.id as keyof typeof V2_PRICE_SET_DOCS];
const allEvidence = (set: PriceSet): PriceEvidence[] => Object.values(docOf(set).evidence).flatMap((list) => list ?? []);
const isText = (t: unknown) =>
  typeof t === "object" &&
  t !== null &&
  typeof (t as { zh: unknown }).zh === "string" &&
  typeof (t as { en: unknown }).en === "string";

describe("the v2 price sets", () => {
  it("are at least four, all version 2, checked on the research day, retired with a reason when v3 replaced them", () => {
    expect(V2_PRICE_SETS.length).toBeGreaterThanOrEqual(4);
    for (const set of V2_PRICE_SETS) {
      expect(set.version).toBe(2);
      expect(set.asOf).toBe(V2_CHECKED);
      expect(set.status).toBe("retired");
      expect(set.retiredOn).toBe("2026-12-02");
      const reason = docOf(set).reason!;
      expect(isText(reason)).toBe(true);
      // Each names the December set that replaced it.
      expect(reason.en).toContain(`${set.id}-2026-12`);
      expect(reason.zh).toContain(`${set.id}-2026-12`);
    }
  });

  it("have unique short kebab-case ids that are not v1's", () => {
    const ids = V2_PRICE_SETS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.length).toBeLessThanOrEqual(32);
      expect(V1_IDS).not.toContain(id);
    }
  });

  it("have exactly one default, the first", () => {
    expect(V2_DEFAULT_PRICE_SET).toBe(V2_PRICE_SETS[0]);
    expect(V2_PRICE_SETS.filter((s) => s === V2_DEFAULT_PRICE_SET)).toHaveLength(1);
  });

  it("have a name and a description in both languages", () => {
    for (const set of V2_PRICE_SETS) {
      for (const t of [set.name, docOf(set).description]) {
        expect(isText(t)).toBe(true);
        expect(t.zh.trim()).not.toBe("");
        expect(t.en.trim()).not.toBe("");
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it("set only known assumptions, to finite numbers inside each assumption's range", () => {
    for (const set of V2_PRICE_SETS) {
      for (const [key, value] of Object.entries(set.values)) {
        expect(ASSUMPTION_KEYS).toContain(key);
        const spec = assumptionSpecs[key as AssumptionKey];
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(spec.min);
        expect(value).toBeLessThanOrEqual(spec.max);
        if ("integer" in spec && spec.integer) expect(Number.isInteger(value)).toBe(true);
      }
    }
  });

  it("give evidence for every number they set, and for the latency", () => {
    for (const set of V2_PRICE_SETS) {
      for (const key of [...Object.keys(set.values), "latency"]) {
        const list = docOf(set).evidence[key as AssumptionKey | "latency"];
        expect(list, `${set.id}.${key}`).toBeDefined();
        expect(list!.length, `${set.id}.${key}`).toBeGreaterThan(0);
      }
      // and no evidence for numbers the set does not set
      for (const key of Object.keys(docOf(set).evidence)) {
        expect([...Object.keys(set.values), "latency"], `${set.id} evidence ${key}`).toContain(key);
      }
    }
  });

  it("quote every source over https, with a non-empty quote and the day it was read", () => {
    for (const set of V2_PRICE_SETS) {
      for (const e of allEvidence(set)) {
        expect(new URL(e.url).protocol, e.url).toBe("https:");
        expect(e.quote.trim(), e.url).not.toBe("");
        expect(e.checked).toBe(V2_CHECKED);
        expect(e.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (e.derivation) expect(isText(e.derivation)).toBe(true);
        if (e.unconfirmed) {
          expect(isText(e.unconfirmed)).toBe(true);
          expect(e.unconfirmed.zh.trim()).not.toBe("");
          expect(e.unconfirmed.en.trim()).not.toBe("");
        }
      }
    }
  });

  it("give every latency range in order (low is the fast end)", () => {
    for (const set of V2_PRICE_SETS) {
      const { ttftMs, prefillTokensPerSecond, embeddingMs, vectorSearchMs } = set.latency;
      for (const r of [ttftMs, embeddingMs, vectorSearchMs]) {
        expect(r.low).toBeGreaterThan(0);
        expect(r.low).toBeLessThanOrEqual(r.high);
      }
      // prefill is a speed: the fast end is the larger number
      expect(prefillTokensPerSecond.high).toBeGreaterThan(0);
      expect(prefillTokensPerSecond.low).toBeGreaterThanOrEqual(prefillTokensPerSecond.high);
    }
  });

  it("price the default's RAG model and tuned model from the same provider and family (tuned at the base price)", () => {
    const d = V2_DEFAULT_PRICE_SET;
    expect(d.values.ftIn).toBe(d.values.baseIn);
    expect(d.values.ftOut).toBe(d.values.baseOut);
    expect(d.values.ftServerMonthly).toBe(0);
  });

  it("set every LLM-side price explicitly, so no set inherits another's fee", () => {
    const keys: AssumptionKey[] = [
      "baseIn",
      "baseOut",
      "ftIn",
      "ftOut",
      "trainPrice",
      "ftHostingMonthly",
      "ftServerMonthly",
      "ftServerTokensPerSecond",
      "embedPrice",
      "vectorDims",
      "storagePrice",
      "readPrice",
      "vectorDbMinimum",
    ];
    for (const set of V2_PRICE_SETS) for (const k of keys) expect(set.values[k], `${set.id}.${k}`).toBeDefined();
  });
});

describe("the hand-worked numbers", () => {
  it("Nova Micro: $0.000035 and $0.00014 per 1K tokens are $0.035 and $0.14 per 1M", () => {
    const s = byId("bedrock-nova-micro");
    expect(s.values.baseIn).toBeCloseTo(0.035, 12);
    expect(s.values.baseOut).toBeCloseTo(0.14, 12);
    expect(s.values.trainPrice).toBe(1);
    expect(s.values.ftHostingMonthly).toBe(1.95);
  });

  it("self-hosted training: 8 × 2,048 tokens every 5.2 s on a $1.79/h A100", () => {
    // 8 × 2048 = 16,384 tokens per step; 16,384 / 5.2 = 3,150.769… tokens per second
    expect(SELF_HOSTED_V2.tokensPerStep).toBe(16_384);
    expect(selfHostedTrainTokensPerSecond).toBeCloseTo(3150.7692307692, 8);
    // 3,150.769… × 3,600 = 11,342,769.23… tokens per GPU hour
    // $1.79 / 11,342,769.23… × 1,000,000 = $0.157809… per 1M training tokens
    //   (the same as 1.79 × 5.2 / (16,384 × 3,600) × 1e6 = 9.308 / 58,982,400 × 1e6)
    const byHand = (9.308 / 58_982_400) * 1e6;
    expect(byHand).toBeCloseTo(0.1578097, 6);
    expect(selfHostedTrainPriceV2).toBeCloseTo(byHand, 12);
    expect(byId("runpod-qwen3-8b-lora").values.trainPrice).toBeCloseTo(0.1578097, 6);
  });

  it("self-hosted and Together serving: one $3.99/h H100 all month = $2,914.695", () => {
    // 3.99 × 730.5 = 2,914.695
    expect(HOURS_PER_MONTH).toBe(730.5);
    expect(selfHostedServerMonthlyV2).toBeCloseTo(2914.695, 9);
    expect(byId("runpod-qwen3-8b-lora").values.ftServerMonthly).toBeCloseTo(2914.695, 9);
    expect(byId("together-qwen3-8b-dedicated").values.ftServerMonthly).toBeCloseTo(2914.695, 9);
  });

  it("serving throughput: the benchmark's 29,079.05 tokens/s, rounded down", () => {
    expect(QWEN3_8B_H100_TOKENS_PER_SECOND).toBe(Math.floor(29079.05374992596));
    for (const id of ["runpod-qwen3-8b-lora", "together-qwen3-8b-dedicated"]) {
      const s = byId(id);
      expect(s.values.ftServerTokensPerSecond).toBe(29_079);
      expect(s.values.ftIn).toBe(0);
      expect(s.values.ftOut).toBe(0);
    }
  });

  it("the shared retrieval stack: text-embedding-3-small and Pinecone Standard", () => {
    for (const s of V2_PRICE_SETS) {
      expect(s.values).toMatchObject({
        embedPrice: 0.02,
        vectorDims: 1536,
        storagePrice: 0.33,
        readPrice: 16,
        vectorDbMinimum: 50,
      });
    }
  });
});
