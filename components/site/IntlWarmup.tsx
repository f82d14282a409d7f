import { LOCALE } from "@/lib/format";
import type { Lang } from "@/lib/i18n-text";

/**
 * The browser's first number format of a page costs it a one-off load of the locale's data (about
 * 10 ms on a desktop, four times that on a slow phone). The controls format their values as they
 * hydrate, when that load would lengthen the page's busiest task; this asks for it earlier, in an
 * idle moment while the page's scripts are still on their way. Same work, done while nothing waits.
 */
export function IntlWarmup({ lang }: { lang: Lang }) {
  const script = `(window.requestIdleCallback||setTimeout)(function(){try{new Intl.NumberFormat(${JSON.stringify(LOCALE[lang])},{maximumSignificantDigits:3}).format(1.5)}catch(e){}})`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
