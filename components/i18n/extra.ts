"use client";
import type { ExtraStrings } from "@/lib/i18n";
import { enExtra } from "@/lib/i18n/en-extra";
import { zhExtra } from "@/lib/i18n/zh-extra";
import { useStrings } from "./context";

const EXTRA: Record<"zh" | "en", ExtraStrings> = { zh: zhExtra, en: enExtra };

/**
 * The strings of lazily loaded panels and article figures, in the page's language. Only the modules
 * that need them import this, so the always-loaded bundle carries just the core strings.
 */
export function useExtraStrings(): ExtraStrings {
  return EXTRA[useStrings().lang];
}
