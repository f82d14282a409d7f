/**
 * The task kinds whose accuracy defaults the model knows, from published long-context-versus-RAG
 * studies. They come from lib/accuracy-evidence.ts (written with the article's evidence table, issue
 * 18); until that file lands the list is empty, so `task=` is reported as invalid and no accuracy is
 * assumed. Wiring it is one line:
 *
 *   export { TASK_EVIDENCE as TASKS } from "./accuracy-evidence";
 */
import type { TaskEvidence } from "./accuracy";

export const TASKS: readonly TaskEvidence[] = [];
