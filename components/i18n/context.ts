"use client";
import { createContext, useContext } from "react";
import type { Strings } from "@/lib/i18n/zh";

export const StringsContext = createContext<Strings | null>(null);

/** The UI strings of the page's language (see StringsProvider). */
export function useStrings(): Strings {
  const t = useContext(StringsContext);
  if (!t) throw new Error("useStrings must be used inside <StringsProvider>");
  return t;
}
