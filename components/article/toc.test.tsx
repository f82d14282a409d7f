/**
 * The contents are generated from the headings the article renders: every heading with an id, at
 * its own level, in order (2.2.1 is an <h4>, so it sits one level below 2.2).
 */
import { readFileSync } from "node:fs";
import { evaluate } from "@mdx-js/mdx";
import type { ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { headingsOf } from "./toc";

const stub = ({ children }: { children?: ReactNode }) => <>{children}</>;
const components = Object.fromEntries(
  ["EditorNote", "TableRegion", "LatencyFigure", "CostCurvesFigure", "DecisionQuiz", "LiveValue", "When", "WhenRunCheaper"].map(
    (n) => [n, stub],
  ),
);

describe("the table of contents", () => {
  const ids: Record<"zh" | "en", string[]> = { zh: [], en: [] };

  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: lists every rendered heading, at its level, in order`, async () => {
      const parts = await Promise.all(
        ["intro", "body"].map(async (part) => {
          const source = readFileSync(`content/${lang}/${part}.mdx`, "utf8");
          return (await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] })).default;
        }),
      );
      const toc = headingsOf(parts, components);
      // What the page renders, read from its HTML.
      const html = parts.map((Part) => renderToStaticMarkup(<Part components={components} />)).join("");
      const rendered = [...html.matchAll(/<h([234]) id="([^"]+)">(.*?)<\/h\1>/g)].map((m) => ({
        id: m[2],
        title: m[3]!.replace(/<[^>]+>/g, "").trim(),
        level: Number(m[1]),
      }));
      expect(toc).toEqual(rendered);
      expect(toc.length).toBeGreaterThanOrEqual(14);
      expect(toc.find((i) => i.id === "evidence")?.level).toBe(4);
      expect(toc.find((i) => i.id === "accuracy")?.level).toBe(3);
      expect(toc[0]).toMatchObject({ id: "intro", level: 2 });
      expect(new Set(toc.map((i) => i.id)).size).toBe(toc.length);
      // Ids are slugs (they end up in URLs).
      for (const i of toc) expect(i.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      // Long context (2.4) sits in section 2, right after cost (2.3) and before "How to choose".
      const at = (id: string) => toc.findIndex((i) => i.id === id);
      expect(toc[at("long-context")]).toMatchObject({ level: 3, title: expect.stringMatching(/^2\.4 /) });
      expect(at("long-context")).toBe(at("cost") + 1);
      expect(toc[at("long-context") + 1]?.id).toBe("choosing");
      ids[lang] = toc.map((i) => `${i.level}:${i.id}`);
    });
  }

  it("has the same headings, at the same levels, in both languages", () => {
    expect(ids.zh.length).toBeGreaterThan(0);
    expect(ids.en).toEqual(ids.zh);
  });
});
