import { describe, expect, it } from "vitest";
import { estimateResponseSchema, pricingResponseSchema } from "./api-schema";
import { estimateJson, estimateResponse, etagOf, matchesEtag, preflightResponse } from "./api";
import { assumptionSpecs } from "./assumptions";
import { openApiDocument } from "./openapi";
import { MAX_WARNINGS, parseScenario } from "./scenario";

const get = (query: string, headers: Record<string, string> = {}) =>
  estimateResponse(new Request(`https://calc.example/api/v1/estimate?${query}`, { headers }));

describe("the estimate's JSON", () => {
  it("matches the schema the OpenAPI description is generated from", () => {
    for (const q of ["", "v=1&q=100000&u=0", "q=-5&u=%3Cscript%3E&zz=1", "p=nope&pin=q%3D1"]) {
      const { scenario, warnings } = parseScenario(q);
      expect(() => estimateResponseSchema.parse(estimateJson(scenario, warnings)), q).not.toThrow();
    }
  });

  it("caps the warnings at 20 and says how many more there were", () => {
    const query = Array.from({ length: 50 }, (_, i) => `x${i}=1`).join("&");
    const { warnings } = parseScenario(query);
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings.at(-1)).toEqual({ param: "*", code: "more", given: "30" });
  });

  it("is immutable only when pinned to a version, and answers 304 to its ETag", async () => {
    const pinned = get("v=1&q=100000");
    expect(pinned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const unpinned = get("q=100000");
    expect(unpinned.headers.get("cache-control")).toBe("public, max-age=300, s-maxage=3600");
    const body = await pinned.text();
    const etag = pinned.headers.get("etag")!;
    expect(etag).toBe(etagOf(body));
    const again = get("v=1&q=100000", { "if-none-match": `W/"x", ${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(get("v=1&q=100001", { "if-none-match": etag }).status).toBe(200);
  });

  it("matches If-None-Match lists, weak tags and *", () => {
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag("*", '"b"')).toBe(true);
    expect(matchesEtag('"a"', '"b"')).toBe(false);
    expect(matchesEtag(null, '"b"')).toBe(false);
  });
});

describe("CORS preflight", () => {
  it("allows any origin to GET, echoing the header names asked for", () => {
    const res = preflightResponse(
      new Request("https://calc.example/api/v1/estimate", {
        method: "OPTIONS",
        headers: { "access-control-request-headers": "content-type, x-thing" },
      }),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
    expect(res.headers.get("access-control-allow-headers")).toBe("content-type, x-thing");
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    const odd = preflightResponse(
      new Request("https://calc.example/api/og", { method: "OPTIONS", headers: { "access-control-request-headers": "a;b" } }),
    );
    expect(odd.headers.get("access-control-allow-headers")).toBe("Content-Type");
  });
});

describe("the OpenAPI description", () => {
  const doc = openApiDocument("https://calc.example");
  it("is OpenAPI 3.1 with every route and the schemas from lib/api-schema.ts", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/oembed",
      "/api/og",
      "/api/v1/estimate",
      "/api/v1/openapi.json",
      "/api/v1/pricing",
    ]);
    const estimate = doc.components.schemas.Estimate as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(estimate.properties)).toEqual(Object.keys(estimateResponseSchema.shape));
    expect(estimate.required).toContain("approaches");
    expect(doc.components.schemas.Pricing).toMatchObject({ properties: { priceSets: { type: "array" } } });
    expect(doc.servers[0]!.url).toBe("https://calc.example");
  });

  it("lists every query name the codec reads", () => {
    const names = doc.paths["/api/v1/estimate"].get.parameters.map((p) => p.name);
    for (const n of ["v", "p", "q", "u", "d", "h", "cur", "fx", "pt"]) expect(names).toContain(n);
  });

  it("describes a pricing answer the schema accepts", () => {
    const sample = {
      priceSets: [
        {
          id: "v1",
          name: { zh: "默认", en: "Default" },
          status: "current",
          asOf: "2026-11-23",
          sources: ["https://example.com"],
        },
      ],
    };
    expect(pricingResponseSchema.parse(sample)).toEqual(sample);
  });
});

describe("the OpenAPI description's defaults are the codec's", () => {
  const doc = openApiDocument("https://calc.example");
  const params = doc.paths["/api/v1/estimate"].get.parameters as {
    name: string;
    description: string;
    schema: { default?: number };
  }[];
  const param = (name: string) => params.find((p) => p.name === name)!;

  it("bi: a link without it uses 0.035 (v3, December's Nova Micro), v=2 the same, and v=1 0.15", () => {
    expect(param("bi").schema.default).toBe(0.035);
    expect(param("bi").description).toMatch(
      /^Base model input price\. Default 0\.035 \(model v3, price set bedrock-nova-micro-2026-12;/,
    );
    expect(param("bi").description).toContain("a v=1 link without p uses 0.15");
    expect(param("bi").description).not.toContain("a v=2 link");
  });

  it("every assumption's default is what the estimate uses for a link without it, or a v=1 or v=2 one", async () => {
    const answerOf = async (query: string) =>
      (await estimateResponse(new Request(`https://calc.example/api/v1/estimate${query}`)).json()) as {
        inputs: Record<string, number>;
        warnings: { param: string; code: string }[];
      };
    const current = (await answerOf("")).inputs;
    const older = { 1: (await answerOf("?v=1")).inputs, 2: (await answerOf("?v=2")).inputs };
    for (const [key, spec] of Object.entries(assumptionSpecs)) {
      const since = "since" in spec ? spec.since : 1;
      const { description, schema } = param(spec.url);
      expect(schema.default, key).toBe(current[key]);
      if (since === 3) {
        // A key v3 added is unknown to a v2 link, as the description says.
        expect(description, key).toContain("a v=1 or v=2 link reports it as an unknown parameter");
        expect((await answerOf(`?v=2&${spec.url}=1`)).warnings, key).toEqual([
          { param: spec.url, code: "unknown-param", given: "1" },
        ]);
        continue;
      }
      for (const v of [1, 2] as const) {
        const said = `a v=${v} link without p uses ${older[v][key]}`;
        if (older[v][key] === current[key]) expect(description, key).not.toContain(`a v=${v} link`);
        else expect(description, key).toContain(said);
      }
    }
  });
});
