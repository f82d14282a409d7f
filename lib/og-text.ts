/**
 * Which characters the preview images can draw: every character of the source files whose text
 * ends up in an image, plus printable ASCII (numbers, Latin words, URLs). The font build and its
 * coverage test share this list.
 */
export const OG_TEXT_SOURCES = [
  "lib/i18n/zh.ts",
  "lib/i18n/en.ts",
  "lib/format.ts",
  "lib/assumptions.ts",
  "components/og/PreviewImage.tsx",
] as const;

const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join("");
/** Punctuation and symbols numbers and money can produce in either language. */
const SYMBOLS = "¥$€≈·–—−×%…‘’“”，。：；！？（）、《》〈〉·";

export function neededCharacters(sourceText: string): Set<string> {
  const set = new Set<string>([...ASCII, ...SYMBOLS]);
  for (const ch of sourceText) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7e && cp !== 0xfeff && !/\s/.test(ch)) set.add(ch);
  }
  return set;
}
