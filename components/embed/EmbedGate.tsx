"use client";
import { gated } from "@/components/gate/Gate";
import type { EmbedLiveProps } from "./EmbedLive";

/* eslint-disable @typescript-eslint/no-require-imports -- server-only modules, dropped from the browser's code (see gated) */
const onServer =
  typeof window === "undefined"
    ? {
        live: require("./EmbedLive") as typeof import("./EmbedLive"),
        zh: require("@/components/i18n/ZhStrings") as typeof import("@/components/i18n/ZhStrings"),
        en: require("@/components/i18n/EnStrings") as typeof import("@/components/i18n/EnStrings"),
      }
    : null;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The embed behind its gate, one per language so that each page's code holds one language. */
export const ZhEmbedGate = gated<EmbedLiveProps>(
  async () => {
    const [live, strings] = await Promise.all([import("./EmbedLive"), import("@/components/i18n/ZhStrings")]);
    return live.embedLive(strings.ZhStrings);
  },
  onServer && onServer.live.embedLive(onServer.zh.ZhStrings),
);
export const EnEmbedGate = gated<EmbedLiveProps>(
  async () => {
    const [live, strings] = await Promise.all([import("./EmbedLive"), import("@/components/i18n/EnStrings")]);
    return live.embedLive(strings.EnStrings);
  },
  onServer && onServer.live.embedLive(onServer.en.EnStrings),
);
