"use client";
import { createContext, useContext } from "react";
import type { Messages } from "@/lib/i18n/types";

export const StringsContext = createContext<Messages | null>(null);

/** The messages of the page's language (see StringsProvider). */
export function useStrings(): Messages {
  const t = useContext(StringsContext);
  if (!t) throw new Error("useStrings must be used inside <StringsProvider>");
  return t;
}
