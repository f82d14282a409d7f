import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMS, rejection, securityHeaders, siteUrlFrom } from "./http-policy";

describe("the request filter", () => {
  it("lets ordinary URLs through", () => {
    expect(rejection("/")).toBeNull();
    expect(rejection("/?v=1&q=100000&u=never")).toBeNull();
    expect(rejection(`/api/v1/estimate?${"q=1&".repeat(MAX_QUERY_PARAMS - 1)}q=2`)).toBeNull();
    expect(rejection(`/?q=${"1".repeat(MAX_QUERY_LENGTH - 2)}`)).toBeNull();
  });

  it("refuses a long query with 414 and many parameters with 400", () => {
    expect(rejection(`/?q=${"1".repeat(MAX_QUERY_LENGTH)}`)).toMatchObject({ status: 414, error: "query-too-long" });
    expect(
      rejection(
        `/?${Array(MAX_QUERY_PARAMS + 1)
          .fill("a")
          .join("&")}`,
      ),
    ).toMatchObject({ status: 400, error: "too-many-params" });
    expect(rejection(`/?${Array(7900).fill("a").join("&")}`)).toMatchObject({ status: 414 });
    expect(rejection(`/${"x".repeat(3000)}`)).toMatchObject({ status: 414, error: "uri-too-long" });
  });

  it("counts parameters as URLSearchParams does (empty parts are not parameters)", () => {
    expect(rejection(`/?${"&".repeat(200)}q=1`)).toBeNull();
  });
});

describe("security headers", () => {
  it("let only /embed and /en/embed be framed by other sites, exactly", () => {
    for (const p of ["/embed", "/en/embed"]) {
      const h = securityHeaders(p);
      expect(h["Content-Security-Policy"]).toContain("frame-ancestors *");
      expect(h["X-Frame-Options"]).toBeUndefined();
    }
    for (const p of ["/", "/en", "/embed/x", "/en/embed/x", "/Embed", "/EMBED", "/embed.js", "/api/v1/estimate"]) {
      const h = securityHeaders(p);
      expect(h["Content-Security-Policy"], p).toContain("frame-ancestors 'self'");
      expect(h["X-Frame-Options"], p).toBe("SAMEORIGIN");
    }
  });

  it("send HSTS only for an https site, and the rest everywhere", () => {
    expect(securityHeaders("/")["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders("/", { https: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    const csp = securityHeaders("/")["Content-Security-Policy"];
    for (const d of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "connect-src 'self'",
      "img-src 'self' data: blob:",
    ]) {
      expect(csp).toContain(d);
    }
    expect(securityHeaders("/")).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(securityHeaders("/")["Permissions-Policy"]).toContain("camera=()");
  });
});

describe("SITE_URL", () => {
  it("is required in production and defaults to localhost in development", () => {
    expect(() => siteUrlFrom(undefined, { production: true })).toThrow(/SITE_URL is required/);
    expect(() => siteUrlFrom("", { production: true })).toThrow(/SITE_URL/);
    expect(siteUrlFrom(undefined, { production: false })).toBe("http://localhost:3000");
  });

  it("must be an http(s) origin, kept without a trailing slash", () => {
    expect(siteUrlFrom("https://calc.example/", { production: true })).toBe("https://calc.example");
    for (const bad of [
      "calc.example",
      "ftp://calc.example",
      "https://calc.example/app",
      "https://u:p@calc.example",
      "https://calc.example/?x=1",
    ]) {
      expect(() => siteUrlFrom(bad, { production: true }), bad).toThrow(/^SITE_URL/);
    }
  });
});
