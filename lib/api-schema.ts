/**
 * The JSON the API answers, as zod schemas: the code's types come from them (lib/api.ts returns
 * `EstimateResponse`) and so does the OpenAPI description (lib/openapi.ts, z.toJSONSchema), so the
 * published description cannot drift from what the routes send.
 */
import { z } from "zod";
import { COST_CATEGORIES } from "./model";
import { WARNING_CODES } from "./scenario";

const money = z.number().describe("USD");
const approach = z
  .enum(["rag", "ft", "hybrid", "lc"])
  .describe(
    "rag: retrieval-augmented generation; ft: fine-tuning; hybrid: both; lc: long context with prompt caching (model v3, and only where the knowledge base fits the context window)",
  );
/** rag, ft and hybrid always; lc in model v3 where long context is feasible. */
const byApproach = <T extends z.ZodType>(schema: T) =>
  z.object({
    rag: schema,
    ft: schema,
    hybrid: schema,
    lc: schema.optional().describe("Model v3, when long context is feasible"),
  });
const range = z.object({ low: z.number(), high: z.number() });

/** Bilingual text. */
export const textSchema = z.object({ zh: z.string(), en: z.string() });

/** One price set as /api/v1/pricing lists it. */
export const priceSetSummarySchema = z.object({
  id: z.string().describe("The p= value that selects this price set"),
  name: textSchema,
  status: z.enum(["current", "retired"]),
  asOf: z.string().describe("ISO date the prices were checked"),
  retiredOn: z.string().optional().describe("ISO date the set was retired"),
  reason: textSchema.optional().describe("Why the set was retired"),
  sources: z.array(z.string()).describe("URLs the prices were read from"),
});
export type PriceSetSummary = z.infer<typeof priceSetSummarySchema>;

/** GET /api/v1/pricing. */
export const pricingResponseSchema = z.object({ priceSets: z.array(priceSetSummarySchema) });
export type PricingResponse = z.infer<typeof pricingResponseSchema>;

/** The price set an estimate used: the same summary /api/v1/pricing lists. */
export const pricingRefSchema = priceSetSummarySchema;

export const approachEstimateSchema = z.object({
  upfront: money,
  monthly: money.describe("Average monthly cost over the horizon, retrains included, USD"),
  total: money.describe("Total cost over the horizon, USD"),
  breakdown: z.record(z.enum(COST_CATEGORIES), money).describe("The total by category; the parts sum to total"),
  perQuery: money.describe("Cost of answering one query, USD"),
  latencyMs: range,
  stalenessHours: z.number(),
});

/** Model v3: long context, feasible (its cache terms and latencies) or not (why, and by how much). */
export const longContextSchema = z
  .discriminatedUnion("feasible", [
    z.object({
      feasible: z.literal(true),
      contextWindow: z.number().describe("The base model's context window, tokens"),
      neededTokens: z.number().describe("Knowledge base + promptTokens + outputTokens"),
      maxCorpusTokens: z.number().describe("The largest knowledge base that fits"),
      cached: z
        .boolean()
        .describe("False when the base is below the minimum cacheable prefix (then sent at the input price every query)"),
      explicitCache: z.boolean().describe("True when storage is billed: the cache is kept all month and never expires"),
      cacheReadPrice: money.describe("USD per 1M cached tokens read"),
      cacheWritePrice: money.describe("USD per 1M tokens written"),
      writeCost: money.describe("One write of the whole knowledge base"),
      expiriesPerMonth: z.number().describe("Expected expiries a month: queries × e^(−λ·TTL), Poisson arrivals"),
      writesPerMonth: z.number().describe("Knowledge updates + expiries"),
      writesMonthly: money,
      storageMonthly: money,
      latencyCachedMs: range.describe("Time to first token with the base read from the cache"),
      latencyUncachedMs: range.describe("Time to first token without (the first query after a write or expiry)"),
      latencyVerified: z.literal(false).describe("No source measures first-token time by cached-prefix length"),
    }),
    z.object({
      feasible: z.literal(false),
      contextWindow: z.number().describe("0 when the price set states none"),
      neededTokens: z.number(),
      maxCorpusTokens: z.number(),
      ratio: z.number().nullable().describe("How many times too large the knowledge base is; null when nothing fits"),
      reason: z.enum(["no-window", "too-large"]),
    }),
  ])
  .describe("Model v3. When not feasible, lc appears nowhere as a cost: not in approaches, series, cheapest or the map");

const perCorrectApproach = z.object({
  accuracy: range.nullable().describe("Share of questions answered correctly (0–1), low–high; null when unknown"),
  source: z.enum(["typed", "task"]).nullable(),
  reason: z.enum(["not-set", "task-lacks-approach", "infeasible"]).nullable(),
  perCorrectMarginal: range.nullable().describe("perQuery / accuracy, USD"),
  perCorrect: range.nullable().describe("total / (queries over the horizon × accuracy), USD"),
  perCorrectMid: money.nullable().describe("The all-in figure at the middle of the accuracy range: what the verdict ranks"),
});

/** Model v3: accuracy and cost per correct answer. */
export const perCorrectSchema = z
  .object({
    task: z.string().nullable().describe("The task kind whose published accuracies are used (task=), or null"),
    set: z.boolean().describe("True when the query named a task kind or typed an accuracy (acc_rag, acc_ft, acc_hybrid, acc_lc)"),
    approaches: z.object({ rag: perCorrectApproach, ft: perCorrectApproach, hybrid: perCorrectApproach, lc: perCorrectApproach }),
    basis: z.enum(["cost", "per-correct"]).describe("What the verdict ranks"),
    cheapestPerQuery: approach,
    cheapestPerCorrect: approach.nullable(),
    compared: z.array(approach).describe("The approaches ranked per correct answer"),
    differs: z.boolean().nullable().describe("True when the cheapest per query is not the cheapest per correct answer"),
    holds: z
      .boolean()
      .nullable()
      .describe("True when the per-correct winner holds with every accuracy at its low and at its high end"),
    winner: approach.describe("The approach the verdict names"),
    note: textSchema.describe("The verdict in one sentence"),
  })
  .describe("Model v3");

export const warningSchema = z.object({
  param: z.string().describe("The query parameter concerned ('*' for the summary of warnings left out)"),
  code: z.enum(WARNING_CODES),
  given: z.string().describe("What the query said (at most 40 characters)"),
  used: z.union([z.number(), z.string()]).optional().describe("What is used instead"),
});

/** GET /api/v1/estimate. */
export const estimateResponseSchema = z.object({
  version: z.number().int().describe("Model version (v=)"),
  // Becoming an object ({ id, name, status, asOf, sources }); a string id or null until then.
  pricing: pricingRefSchema.describe("The price set used: p=, or the version's default set when the link names none"),
  inputs: z
    .object({ queriesPerDay: z.number(), updatesPerMonth: z.number(), corpusTokens: z.number(), horizonMonths: z.number().int() })
    .catchall(z.number())
    .describe("The workload and every assumption in use, by name"),
  display: z.object({ currency: z.enum(["USD", "CNY"]), fxRate: z.number().describe("CNY per USD") }),
  approaches: byApproach(approachEstimateSchema),
  fineTune: z.object({
    retrainsPerMonth: z.number(),
    retrainCost: money,
    retrainsByHorizon: z.number(),
    trainingTokens: z.number(),
  }),
  series: z
    .array(z.object({ month: z.number().int(), rag: money, ft: money, hybrid: money, lc: money.optional() }))
    .describe("Cumulative cost at each month, 0…horizon"),
  breakEven: z.object({ month: z.number().nullable(), queriesPerDay: z.number().nullable() }),
  cheapest: approach.describe("The lowest total at the horizon (model v3: among every approach that exists, lc included)"),
  longContext: longContextSchema.optional(),
  perCorrect: perCorrectSchema.optional(),
  ranges: byApproach(range).describe("Totals at the horizon with every assumption optimistic / pessimistic: low ≤ total ≤ high"),
  winnerHolds: z.boolean().describe("True when the same approach is cheapest at both ends of the ranges (model v3: lc included)"),
  cheaperMap: z.object({
    axes: z.object({ queriesPerDay: z.array(z.number()), updatesPerMonth: z.array(z.number()) }),
    cells: z
      .array(z.array(approach))
      .describe("cells[row][column]: the cheapest approach at (updatesPerMonth[row], queriesPerDay[column])"),
    breakEvenQueriesPerDay: z
      .array(z.number().nullable())
      .describe("Per row, the volume at which RAG and fine-tuning cost the same"),
  }),
  warnings: z.array(warningSchema).describe("Corrections made to the query; at most 20, then one summary"),
});
export type EstimateResponse = z.infer<typeof estimateResponseSchema>;

/** Every error the API answers (4xx). */
export const errorSchema = z.object({ error: z.string().describe("A stable code, e.g. not-found"), message: z.string() });
export type ApiError = z.infer<typeof errorSchema>;

/** GET /api/oembed, answered 200. */
export const oembedResponseSchema = z.object({
  version: z.literal("1.0"),
  type: z.literal("rich"),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.string(),
  html: z.string().describe("An iframe of the embed and the resize script"),
  width: z.number().int(),
  height: z.number().int(),
  cache_age: z.number().int(),
  thumbnail_url: z.string().optional(),
  thumbnail_width: z.number().int().optional(),
  thumbnail_height: z.number().int().optional(),
});
export type OembedResponse = z.infer<typeof oembedResponseSchema>;
