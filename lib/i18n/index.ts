import type { Lang } from "../i18n-text";
import { en } from "./en";
import { enExtra } from "./en-extra";
import { zh, type Strings } from "./zh";
import { zhExtra, type ExtraStrings } from "./zh-extra";

export type { ExtraStrings, Strings };

/**
 * Every string in both languages, for server code. Client components get the core strings of their
 * page's language from StringsProvider, and lazily loaded panels the extra ones (useExtraStrings).
 */
export const STRINGS: Record<Lang, Strings & ExtraStrings> = { zh: { ...zh, ...zhExtra }, en: { ...en, ...enExtra } };
