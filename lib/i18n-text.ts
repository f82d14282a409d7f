/** A piece of text in both of the site's languages. Chinese is the primary language. */
export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];
export interface Text {
  zh: string;
  en: string;
}

export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);
