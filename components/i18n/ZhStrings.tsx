"use client";
import type { ReactNode } from "react";
import { zh } from "@/lib/i18n/zh";
import { StringsContext } from "./context";

export function ZhStrings({ children }: { children: ReactNode }) {
  return <StringsContext.Provider value={zh}>{children}</StringsContext.Provider>;
}
