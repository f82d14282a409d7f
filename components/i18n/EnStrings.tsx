"use client";
import type { ReactNode } from "react";
import { en } from "@/lib/i18n/en";
import { StringsContext } from "./context";

export function EnStrings({ children }: { children: ReactNode }) {
  return <StringsContext.Provider value={en}>{children}</StringsContext.Provider>;
}
