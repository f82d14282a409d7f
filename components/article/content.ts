import type { Lang } from "@/lib/i18n-text";
import EnBody from "@/content/en/body.mdx";
import EnIntro from "@/content/en/intro.mdx";
import EnMethodology from "@/content/en/methodology.mdx";
import ZhBody from "@/content/zh/body.mdx";
import ZhIntro from "@/content/zh/intro.mdx";
import ZhMethodology from "@/content/zh/methodology.mdx";

/**
 * The article in each language: its two parts (the calculator sits between them on phones). Its
 * contents are generated from the parts' headings (toc.ts).
 */
export const ARTICLE = {
  zh: { Intro: ZhIntro, Body: ZhBody, Methodology: ZhMethodology },
  en: { Intro: EnIntro, Body: EnBody, Methodology: EnMethodology },
} satisfies Record<Lang, unknown>;

export const ORIGINAL_URL = "https://blog.341359.xyz/article/268ed29d-c23f-80d3-9fb5-f23a065b584f";
export const LICENCE_URL = "https://creativecommons.org/licenses/by-nc-sa/4.0/";
