"use client";
import { createContext, useContext } from "react";
import type { ClientMessages } from "@/lib/i18n/types";

export const StringsContext = createContext<ClientMessages | null>(null);

/** The messages of the page's language (see StringsProvider). */
export function useStrings(): ClientMessages {
  const t = useContext(StringsContext);
  if (!t) throw new Error("useStrings must be used inside <StringsProvider>");
  return t;
}
