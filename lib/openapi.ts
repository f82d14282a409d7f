/**
 * The OpenAPI 3.1 description of the JSON API, generated from the zod schemas in lib/api-schema.ts
 * (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 uses) and the parameter tables the codec
 * reads (lib/assumptions.ts), so it describes what the routes actually do.
 */
import { z } from "zod";
import { errorSchema, estimateResponseSchema, oembedResponseSchema, pricingResponseSchema } from "./api-schema";
import { assumptionDocs } from "./assumption-docs";
import { ACCURACY_SPEC } from "./accuracy";
import { ASSUMPTION_KEYS, assumptionSpecs, sinceOf, workloadSpecs, type AssumptionKey, type ParamRange } from "./assumptions";
import { PANELS } from "./embed";
import { ALL_APPROACHES } from "./model";
import { ALL_PRICE_SETS, DEFAULT_PRICE_SET } from "./price-sets";
import { ACCURACY_PARAMS, CURRENT_VERSION, LATEST_VERSION, TASK_PARAM, defaultOf } from "./scenario";

function schemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  void _dialect;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({ description, content: { "application/json": { schema } } });
const error = (description: string) => json(ref("Error"), description);

function numberParam(spec: ParamRange, label: string, value = spec.value, note = "") {
  return {
    name: spec.url,
    in: "query",
    required: false,
    description: `${label}. Default ${value}${note}; values outside ${spec.min}–${spec.max} are clamped and reported in warnings.`,
    schema: { type: spec.integer ? "integer" : "number", minimum: spec.min, maximum: spec.max, default: value },
  };
}

const CURRENT_SET = DEFAULT_PRICE_SET[CURRENT_VERSION];

/**
 * An assumption's parameter with the default a link without it gets today (the codec's defaultOf:
 * the current version and its default set), and where v=1 or v=2 differs, that it does. A key v3
 * added is unknown to a v=1 or v=2 link.
 */
function assumptionParam(k: AssumptionKey) {
  const value = defaultOf(k, CURRENT_VERSION, CURRENT_SET);
  const setNote = ` (model v${CURRENT_VERSION}, price set ${CURRENT_SET}; another p= uses that set's value, see /api/v1/pricing`;
  if (sinceOf(k) > 2) {
    const label = `${assumptionDocs[k].label.en} (model v3; a v=1 or v=2 link reports it as an unknown parameter)`;
    return numberParam(assumptionSpecs[k], label, value, `${setNote})`);
  }
  const older = ([1, 2] as const)
    .map((v) => ({ v, value: defaultOf(k, v) }))
    .filter((o) => o.value !== value)
    .map((o) => `; a v=${o.v} link without p uses ${o.value}`)
    .join("");
  const priced = ALL_PRICE_SETS.some((set) => set.values[k] !== undefined) || older !== "";
  return numberParam(assumptionSpecs[k], assumptionDocs[k].label.en, value, priced ? `${setNote}${older})` : "");
}

const accuracyParams = ALL_APPROACHES.map((a) => ({
  name: ACCURACY_PARAMS[a],
  in: "query",
  required: false,
  description: `Model v3 (a v=1 or v=2 link reports it as an unknown parameter). Expected accuracy of ${a} (share of questions answered correctly), e.g. from your own evaluation: a share (0.82) or a percentage (82%). Outside ${ACCURACY_SPEC.min}–${ACCURACY_SPEC.max} it is clamped and reported in warnings. Overrides the task kind's published figure. Without it (and without task), no cost per correct answer is given and the verdict is a cost verdict.`,
  schema: { type: "string" },
}));

const taskParam = {
  name: TASK_PARAM,
  in: "query",
  required: false,
  description:
    "Model v3 (a v=1 or v=2 link reports it as an unknown parameter). A task kind whose accuracies default to ranges read from published studies (each with its table reference). An unknown kind is reported in warnings and ignored.",
  schema: { type: "string" },
};

const scenarioParams = [
  {
    name: "v",
    in: "query",
    required: false,
    description: `Model version; without it, the current version (${CURRENT_VERSION}, since 2026-12-02: long context with prompt caching (lc) and cost per correct answer, with December 2026's price sets). Pin it for an answer that never changes (cached immutable). An older link is migrated and answered as version ${CURRENT_VERSION}, with the set it used: a v=1 link the retired v1 set (${DEFAULT_PRICE_SET[1]} without p), a v=2 link the v2 set (${DEFAULT_PRICE_SET[2]} without p); its costs are the ones it had, to the cent (no long context: those sets state no context window).`,
    schema: { type: "integer", minimum: 1, maximum: LATEST_VERSION },
  },
  {
    name: "p",
    in: "query",
    required: false,
    description: `A price set's id (see /api/v1/pricing). Without it, the version's default set: ${CURRENT_SET} for v${CURRENT_VERSION}, ${DEFAULT_PRICE_SET[2]} for v=2, ${DEFAULT_PRICE_SET[1]} for v=1.`,
    schema: { type: "string" },
  },
  ...Object.values(workloadSpecs).map((s) => numberParam(s, s.label.en)),
  {
    name: "cur",
    in: "query",
    required: false,
    description: "Display currency.",
    schema: { type: "string", enum: ["USD", "CNY"] },
  },
  { name: "fx", in: "query", required: false, description: "CNY per USD when cur=CNY.", schema: { type: "number" } },
  ...ASSUMPTION_KEYS.map(assumptionParam),
  taskParam,
  ...accuracyParams,
];

const limits =
  "A query string over 4,096 characters is refused with 414, one with more than 64 parameters with 400; bad values are corrected and reported in warnings, never refused.";

const common = {
  "405": error("Any method but GET, HEAD and OPTIONS (with an Allow header)"),
};

export function openApiDocument(siteUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "RAG or fine-tuning? API",
      version: "1",
      description:
        "The cost model of the calculator as JSON. Every route allows any origin (CORS) and answers OPTIONS preflights; every 4xx has a JSON body { error, message }.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: siteUrl }],
    paths: {
      "/api/v1/estimate": {
        get: {
          operationId: "estimate",
          summary: "The three approaches' costs for a scenario",
          description: `Takes the query names the pages use. ${limits} Answers carry an ETag; send If-None-Match for a 304.`,
          parameters: scenarioParams,
          responses: {
            "200": json(ref("Estimate"), "The estimate"),
            "304": { description: "Not modified (If-None-Match matched the ETag)" },
            "400": error("More than 64 query parameters"),
            "414": error("A query string over 4,096 characters"),
            ...common,
          },
        },
      },
      "/api/v1/pricing": {
        get: {
          operationId: "pricing",
          summary: "Every price set, current and retired, with its sources",
          responses: { "200": json(ref("Pricing"), "The price sets"), ...common },
        },
      },
      "/api/og": {
        get: {
          operationId: "previewImage",
          summary: "The 1200×630 preview image of a scenario",
          parameters: [
            ...scenarioParams,
            { name: "lang", in: "query", required: false, schema: { type: "string", enum: ["zh", "en"], default: "zh" } },
          ],
          responses: {
            "200": {
              description: "A PNG",
              content: { "image/png": { schema: { type: "string", contentMediaType: "image/png" } } },
            },
            "400": error("More than 64 query parameters"),
            "414": error("A query string over 4,096 characters"),
            ...common,
          },
        },
      },
      "/api/oembed": {
        get: {
          operationId: "oembed",
          summary: "oEmbed (type rich) for a page of this site with a calculator",
          parameters: [
            {
              name: "url",
              in: "query",
              required: true,
              description: "A page of this site: /, /en, /embed or /en/embed, with its query.",
              schema: { type: "string", format: "uri" },
            },
            { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json"], default: "json" } },
            { name: "maxwidth", in: "query", required: false, schema: { type: "integer", minimum: 1 } },
            { name: "maxheight", in: "query", required: false, schema: { type: "integer", minimum: 1 } },
          ],
          responses: {
            "200": json(ref("Oembed"), "The embed"),
            "400": error("url missing, or a format other than json"),
            "404": error("Not a page of this site with a calculator"),
            "501": error("format=xml"),
            ...common,
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openapi",
          summary: "This description",
          responses: { "200": json({ type: "object" }, "OpenAPI 3.1"), ...common },
        },
      },
    },
    components: {
      schemas: {
        Estimate: schemaOf(estimateResponseSchema),
        Pricing: schemaOf(pricingResponseSchema),
        Oembed: schemaOf(oembedResponseSchema),
        Error: schemaOf(errorSchema),
      },
    },
    "x-embed-panels": PANELS,
  };
}
