"use client";
import { gatedPerLanguage } from "@/components/gate/Gate";
import type { HeroProps, StoreStart } from "./HeroLive";

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- server only, dropped from the browser's code (see gated) */
const onServer = typeof window === "undefined" ? (require("./HeroLive") as typeof import("./HeroLive")) : null;

/** The answer at the top of the article, and the bar that keeps it in view, behind their gates. */
const hero = gatedPerLanguage<HeroProps>(() => import("./HeroLive").then((m) => m.heroLive), onServer?.heroLive ?? null);
const bar = gatedPerLanguage<StoreStart>(
  () => import("./HeroLive").then((m) => m.answerBarLive),
  onServer?.answerBarLive ?? null,
);
export const ZhHeroGate = hero.zh;
export const EnHeroGate = hero.en;
export const ZhAnswerBarGate = bar.zh;
export const EnAnswerBarGate = bar.en;
