"use client";
import { STRINGS, type Strings } from "@/lib/i18n";
import { useCalculator } from "./store";

/** The UI strings of the page's language. */
export function useStrings(): Strings {
  return STRINGS[useCalculator((s) => s.lang)];
}
