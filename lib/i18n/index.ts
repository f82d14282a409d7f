import type { Lang } from "../i18n-text";
import { en } from "./en";
import type { ClientMessages, Messages } from "./types";
import { zh } from "./zh";

export type { ClientMessages, Messages };
export { format } from "./format";

/**
 * Every message in both languages, for server code. Client components get their page's language only,
 * passed as data to StringsProvider (useStrings).
 */
export const STRINGS: Record<Lang, Messages> = { zh, en };

/** A language's messages without the groups only the server reads: what a page sends to the browser. */
export function clientMessages(m: Messages): ClientMessages {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { htmlLang, footer, site, description, siteTagline, og, methodology, exports, ...client } = m;
  return client;
}
