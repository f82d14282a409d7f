"use client";
import { gatedPerLanguage } from "@/components/gate/Gate";
import type { EmbedLiveProps } from "./EmbedLive";

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- server only, dropped from the browser's code (see gated) */
const onServer = typeof window === "undefined" ? (require("./EmbedLive") as typeof import("./EmbedLive")) : null;

/** The embed behind its gate, one per language. */
const gates = gatedPerLanguage<EmbedLiveProps>(() => import("./EmbedLive").then((m) => m.embedLive), onServer?.embedLive ?? null);
export const ZhEmbedGate = gates.zh;
export const EnEmbedGate = gates.en;
