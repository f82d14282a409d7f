import { describe, expect, it } from "vitest";
import { articleJsonLd, canonicalQuery, jsonLdText, scenarioMeta, sitemapEntries } from "./page-meta";
import { defaultScenario, parseScenario } from "@/lib/scenario";

describe("canonical URLs and the sitemap", () => {
  it("make the default scenario's canonical the bare page the sitemap lists", () => {
    expect(canonicalQuery(defaultScenario())).toBe("");
    expect(scenarioMeta("zh", defaultScenario()).alternates.canonical).toBe("/");
    expect(scenarioMeta("en", defaultScenario()).alternates.canonical).toBe("/en");
    expect(scenarioMeta("en", parseScenario("q=100000").scenario).alternates.canonical).toBe("/en?v=3&q=100000");
    const urls = sitemapEntries().map((e) => new URL(e.url).pathname);
    expect(urls.sort()).toEqual(["/", "/en", "/en/methodology", "/methodology"]);
  });

  it("give og:locale and its alternate", () => {
    expect(scenarioMeta("zh", defaultScenario()).openGraph).toMatchObject({ locale: "zh_CN", alternateLocale: ["en_US"] });
  });
});

describe("JSON-LD", () => {
  it("names the original, its author and licence, and links the translations", () => {
    const source = {
      originalUrl: "https://blog.341359.xyz/article/x",
      licenceUrl: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    };
    const [zhArticle, app] = articleJsonLd("zh", source)["@graph"] as Record<string, unknown>[];
    expect(zhArticle).toMatchObject({
      "@type": "Article",
      inLanguage: "zh-CN",
      author: { name: "ZIYU" },
      license: source.licenceUrl,
      isBasedOn: { url: source.originalUrl },
    });
    expect(zhArticle!.workTranslation).toMatchObject({ url: "http://localhost:3000/en" });
    expect(app).toMatchObject({ "@type": "WebApplication" });
    const [enArticle] = articleJsonLd("en", source)["@graph"] as Record<string, unknown>[];
    expect(enArticle!.translationOfWork).toMatchObject({ "@id": "http://localhost:3000/#article" });
  });

  it("escapes < so nothing in it can close the script", () => {
    expect(jsonLdText({ a: "</script><script>x</script>" })).not.toContain("<");
  });
});
