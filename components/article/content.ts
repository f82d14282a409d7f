import type { Lang } from "@/lib/i18n-text";
import EnBody, { toc as enBodyToc } from "@/content/en/body.mdx";
import EnIntro, { toc as enIntroToc } from "@/content/en/intro.mdx";
import EnMethodology from "@/content/en/methodology.mdx";
import ZhBody, { toc as zhBodyToc } from "@/content/zh/body.mdx";
import ZhIntro, { toc as zhIntroToc } from "@/content/zh/intro.mdx";
import ZhMethodology from "@/content/zh/methodology.mdx";

/** The article in each language: its two parts (the calculator sits between them on phones) and its contents. */
export const ARTICLE = {
  zh: { Intro: ZhIntro, Body: ZhBody, toc: [...zhIntroToc, ...zhBodyToc], Methodology: ZhMethodology },
  en: { Intro: EnIntro, Body: EnBody, toc: [...enIntroToc, ...enBodyToc], Methodology: EnMethodology },
} satisfies Record<Lang, unknown>;

export const ORIGINAL_URL = "https://blog.341359.xyz/article/268ed29d-c23f-80d3-9fb5-f23a065b584f";
export const LICENCE_URL = "https://creativecommons.org/licenses/by-nc-sa/4.0/";
