import { describe, expect, it } from "vitest";
import { clientMessages, STRINGS } from ".";
import { placeholders } from "./format";

/** Every message by its dotted key. */
function leaves(v: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof v === "string") out.set(prefix, v);
  else if (v && typeof v === "object")
    for (const [k, child] of Object.entries(v))
      for (const [key, s] of leaves(child, prefix ? `${prefix}.${k}` : k)) out.set(key, s);
  return out;
}

describe("the messages", () => {
  it("are plain data: a JSON round trip gives them back unchanged", () => {
    for (const m of Object.values(STRINGS)) expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it("have the same keys and the same placeholders in both languages", () => {
    const zh = leaves(STRINGS.zh);
    const en = leaves(STRINGS.en);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of zh) expect([key, placeholders(en.get(key)!).sort()]).toEqual([key, placeholders(text).sort()]);
  });

  it("sent to the browser, leave out only what the server alone reads", () => {
    const client = clientMessages(STRINGS.en);
    const left = Object.keys(STRINGS.en).filter((k) => !(k in client));
    expect(left.sort()).toEqual(["description", "exports", "footer", "htmlLang", "methodology", "og", "site", "siteTagline"]);
    expect(client.verdict).toBe(STRINGS.en.verdict);
  });
});
