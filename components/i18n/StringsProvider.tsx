"use client";
import type { ReactNode } from "react";
import type { ClientMessages } from "@/lib/i18n/types";
import { StringsContext } from "./context";

/**
 * The messages of the page's language, for its client components (useStrings). They are plain data, so
 * the server component that renders the page passes them in (STRINGS[lang]) and the client bundle
 * carries no language's messages of its own.
 */
export function StringsProvider({ messages, children }: { messages: ClientMessages; children: ReactNode }) {
  return <StringsContext.Provider value={messages}>{children}</StringsContext.Provider>;
}
