"use client";
import { createContext, useContext, type ComponentType, type ReactNode } from "react";
import type { Strings } from "@/lib/i18n/zh";

export const StringsContext = createContext<Strings | null>(null);

/** The UI strings of the page's language (see StringsProvider). */
export function useStrings(): Strings {
  const t = useContext(StringsContext);
  if (!t) throw new Error("useStrings must be used inside <StringsProvider>");
  return t;
}

/** ZhStrings or EnStrings: imported by each route for its own language only. */
export type StringsProviderType = ComponentType<{ children: ReactNode }>;
