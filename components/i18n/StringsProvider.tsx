"use client";
import type { ReactNode } from "react";
import type { Lang } from "@/lib/i18n-text";
import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";
import { StringsContext } from "./context";

const CORE = { zh, en } as const;

/** The core UI strings of the page's language, for its client components (useStrings). */
export function StringsProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <StringsContext.Provider value={CORE[lang]}>{children}</StringsContext.Provider>;
}
