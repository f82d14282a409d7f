import { describe, expect, it } from "vitest";
import { perCorrectView } from "./accuracy";
import { estimate } from "./model";
import { parseScenario, serialiseScenario } from "./scenario";
import { TASKS } from "./task-evidence";
import { LATEST_VERSION } from "./versions";

describe("a v3 link's task kind", () => {
  it("is read, kept in the link, and gives each approach the studies' accuracy or none", () => {
    const { scenario, warnings } = parseScenario("v=3&task=long-doc-comparison", { maxVersion: LATEST_VERSION });
    expect(warnings).toEqual([]);
    expect(scenario.task).toBe("long-doc-comparison");
    expect(new URLSearchParams(serialiseScenario(scenario)).get("task")).toBe("long-doc-comparison");
    const view = perCorrectView(scenario, estimate(scenario), TASKS);
    expect(view.set).toBe(true);
    // LaRA's comparison cells (lib/accuracy-evidence.ts): RAG 33.18–56.43 %, whole document 58.35–79.66 %.
    expect(view.approaches.rag.accuracy).toEqual({ low: 0.3318, high: 0.5643 });
    expect(view.approaches.rag.source).toBe("task");
    // No study measured fine-tuning on this task kind: no figure is made up for it.
    expect(view.approaches.ft).toMatchObject({ accuracy: null, reason: "task-lacks-approach", perCorrect: null });
  });

  it("an unknown task kind is a warning, not an error", () => {
    const { scenario, warnings } = parseScenario("v=3&task=poetry", { maxVersion: LATEST_VERSION });
    expect(scenario.task ?? null).toBeNull();
    expect(warnings.map((w) => w.code)).toContain("invalid");
  });
});
