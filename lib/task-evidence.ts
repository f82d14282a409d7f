/**
 * The task kinds whose accuracy defaults the model knows, from published long-context-versus-RAG
 * studies: lib/accuracy-evidence.ts, written with the article's evidence table (issue 18;
 * docs/long-context-evidence.md says where each cell was read).
 */
export { TASK_EVIDENCE as TASKS } from "./accuracy-evidence";
