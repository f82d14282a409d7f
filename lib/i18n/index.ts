import type { Lang } from "../i18n-text";
import { en } from "./en";
import { zh, type Strings } from "./zh";

export type { Strings };
export const STRINGS: Record<Lang, Strings> = { zh, en };
