/** Where a page lives in each language: Chinese at the root, English under /en. */
import type { Lang } from "./i18n-text";

const PREFIX: Record<Lang, string> = { zh: "", en: "/en" };

/** ("zh", "/methodology") → "/methodology"; ("en", "") → "/en"; ("zh", "") → "/". */
export function localPath(lang: Lang, path: "" | `/${string}`): string {
  return `${PREFIX[lang]}${path}` || "/";
}
