import { describe, expect, it } from "vitest";
import { HOURS_PER_MONTH } from "./assumptions";
import type { PriceEvidence } from "./price-set-types";
import { V1_EVIDENCE } from "./price-sets-v1-evidence";
import { V1_PRICE_SET_DOCS } from "./price-set-docs-v1";
import {
  V1_PRICE_SETS,
  V1_PRICE_SET_IDS,
  V1_SELF_HOSTED,
  v1SelfHostedServerMonthly,
  v1SelfHostedTrainPrice,
  v1TogetherEndpointMonthly,
} from "./price-sets-v1";

const CHECKED = "2026-11-24";
const first = (entries: PriceEvidence[]): PriceEvidence => entries[0]!;

const expectText = (t: { zh: string; en: string } | undefined, what: string) => {
  expect(t, what).toBeDefined();
  expect(t!.zh.trim(), `${what} (zh)`).not.toBe("");
  expect(t!.en.trim(), `${what} (en)`).not.toBe("");
};

const expectWellFormed = (e: PriceEvidence, where: string) => {
  expect(e.url.startsWith("https://"), `${where}: ${e.url} is https`).toBe(true);
  expect(() => new URL(e.url), `${where}: ${e.url} parses`).not.toThrow();
  expect(e.checked, `${where}: checked`).toBe(CHECKED);
  expect(e.quote.trim(), `${where}: quote`).not.toBe("");
  if (e.unconfirmed) expectText(e.unconfirmed, `${where}: unconfirmed`);
  if (e.derivation) expectText(e.derivation, `${where}: derivation`);
};

describe("evidence of the retired v1 price sets", () => {
  it("covers exactly the v1 sets", () => {
    expect(Object.keys(V1_EVIDENCE).sort()).toEqual([...V1_PRICE_SET_IDS].sort());
  });

  for (const set of V1_PRICE_SETS) {
    describe(set.id, () => {
      const doc = V1_PRICE_SET_DOCS[set.id];
      it("is the evidence the set's words carry", () => {
        expect(doc.evidence).toBe(V1_EVIDENCE[set.id]);
      });

      it("has at least one well-formed entry for every key of its values", () => {
        const keys = Object.keys(set.values);
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) {
          const entries = doc.evidence[key as keyof typeof doc.evidence];
          expect(entries?.length ?? 0, `${set.id}.${key} has evidence`).toBeGreaterThan(0);
          entries!.forEach((e, i) => expectWellFormed(e, `${set.id}.${key}[${i}]`));
        }
      });

      it("has well-formed evidence for its latency, saying the v1 model had no published source", () => {
        const entries = doc.evidence.latency;
        expect(entries?.length ?? 0).toBeGreaterThan(0);
        entries!.forEach((e, i) => expectWellFormed(e, `${set.id}.latency[${i}]`));
        expect(entries!.some((e) => e.unconfirmed?.en.includes("no published source"))).toBe(true);
      });

      it("records evidence only for keys the set sets (and latency)", () => {
        const allowed = new Set([...Object.keys(set.values), "latency"]);
        for (const key of Object.keys(doc.evidence)) expect(allowed.has(key), `${set.id}.${key} is set`).toBe(true);
      });
    });
  }

  it("shares the OpenAI and Pinecone evidence between the sets that spread them in", () => {
    const shared = ["embedPrice", "vectorDims", "storagePrice", "readPrice", "vectorDbMinimum"] as const;
    for (const id of V1_PRICE_SET_IDS)
      for (const key of shared) expect(V1_EVIDENCE[id][key]).toBe(V1_EVIDENCE["openai-4o-mini"][key]);
  });

  it("explains every derived number, with figures that match the frozen values", () => {
    const together = V1_EVIDENCE["together-lora"].ftServerMonthly!;
    const train = V1_EVIDENCE["self-hosted-lora"].trainPrice!;
    const server = V1_EVIDENCE["self-hosted-lora"].ftServerMonthly!;
    for (const entries of [together, train, server]) for (const e of entries) expectText(e.derivation, "derivation");

    expect(v1TogetherEndpointMonthly).toBeCloseTo(Math.round(3.99 * HOURS_PER_MONTH * 100) / 100, 9);
    expect(first(together).derivation!.en).toContain("$3.99/h × 730.5");
    expect(first(together).derivation!.en).toContain(`$${v1TogetherEndpointMonthly.toLocaleString("en-US")}`);

    expect(V1_SELF_HOSTED.gpuHourly).toBe(1.39);
    expect(V1_SELF_HOSTED.trainTokensPerSecond).toBe(2954);
    expect(first(train).derivation!.en).toContain("$1.39/h ÷ (2,954 tokens/s × 3,600 s)");
    expect(first(train).derivation!.en).toContain(v1SelfHostedTrainPrice.toFixed(4));

    expect(first(server).derivation!.en).toContain("$1.39/h × 730.5");
    expect(first(server).derivation!.en).toContain(
      v1SelfHostedServerMonthly.toLocaleString("en-US", {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
    );
  });
});
