import type { Lang } from "../i18n-text";
import { en } from "./en";
import type { Messages } from "./types";
import { zh } from "./zh";

export type { Messages };
export { format } from "./format";

/**
 * Every message in both languages, for server code. Client components get their page's language only,
 * passed as data to StringsProvider (useStrings).
 */
export const STRINGS: Record<Lang, Messages> = { zh, en };
