"use client";
import { gated } from "@/components/gate/Gate";
import type { HeroProps, StoreStart } from "./HeroLive";

/* eslint-disable @typescript-eslint/no-require-imports -- server-only modules, dropped from the browser's code (see gated) */
const onServer =
  typeof window === "undefined"
    ? {
        zh: (require("./HeroLive") as typeof import("./HeroLive")).heroLive(
          (require("@/components/i18n/ZhStrings") as typeof import("@/components/i18n/ZhStrings")).ZhStrings,
        ),
        en: (require("./HeroLive") as typeof import("./HeroLive")).heroLive(
          (require("@/components/i18n/EnStrings") as typeof import("@/components/i18n/EnStrings")).EnStrings,
        ),
      }
    : null;
/* eslint-enable @typescript-eslint/no-require-imports */

const zh = () =>
  Promise.all([import("./HeroLive"), import("@/components/i18n/ZhStrings")]).then(([h, s]) => h.heroLive(s.ZhStrings));
const en = () =>
  Promise.all([import("./HeroLive"), import("@/components/i18n/EnStrings")]).then(([h, s]) => h.heroLive(s.EnStrings));

/** The answer at the top of the article, and the bar that keeps it in view, behind their gates. */
export const ZhHeroGate = gated<HeroProps>(() => zh().then((m) => m.Hero), onServer?.zh.Hero ?? null);
export const EnHeroGate = gated<HeroProps>(() => en().then((m) => m.Hero), onServer?.en.Hero ?? null);
export const ZhAnswerBarGate = gated<StoreStart>(() => zh().then((m) => m.Bar), onServer?.zh.Bar ?? null);
export const EnAnswerBarGate = gated<StoreStart>(() => en().then((m) => m.Bar), onServer?.en.Bar ?? null);
