import { Calculator } from "@/components/calculator/Calculator";
import { CalculatorProvider } from "@/components/calculator/store";
import type { StringsProviderType } from "@/components/i18n/context";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { serialiseScenario, type ParseResult } from "@/lib/scenario";
import { ARTICLE } from "./content";
import { Credit } from "./Credit";
import { articleComponents } from "./mdx";
import { MobileCalculatorBar } from "./MobileCalculatorBar";

const prose =
  "prose prose-slate max-w-[42rem] dark:prose-invert prose-code:before:content-none prose-code:after:content-none prose-headings:scroll-mt-20 prose-h2:mt-12 prose-h3:mt-8 prose-table:text-sm prose-th:align-bottom prose-td:align-top prose-a:text-sky-700 dark:prose-a:text-sky-300";

/**
 * The article with the calculator beside it: on wide screens the calculator is a sticky column that
 * scrolls on its own; on phones it comes right after the introduction, with a bar to return to it.
 */
export function ArticlePage({
  lang,
  parsed,
  hasQuery,
  StringsProvider,
}: {
  lang: Lang;
  parsed: ParseResult;
  hasQuery: boolean;
  /** The route's own language module (ZhStrings or EnStrings), so the page ships one language. */
  StringsProvider: StringsProviderType;
}) {
  const t = STRINGS[lang];
  const { Intro, Body, toc } = ARTICLE[lang];
  const components = articleComponents(lang);
  const query = hasQuery ? serialiseScenario(parsed.scenario, parsed.pinned) : "";
  return (
    <StringsProvider>
    <CalculatorProvider initialScenario={parsed.scenario} initialPinned={parsed.pinned} warnings={parsed.warnings}>
      <SiteHeader lang={lang} path="" query={query} />
      <main className={`mx-auto flex max-w-[90rem] flex-col px-4 pb-16 sm:px-6 lg:grid lg:grid-cols-[minmax(0,1fr)_27rem] lg:gap-x-10 xl:grid-cols-[minmax(0,1fr)_31rem] ${lang === "zh" ? "text-[1.0625rem]" : ""}`}>
        {/* The article is one <article>; on phones it lets its two parts join the column (contents) so the calculator can sit between them. */}
        <article className="contents lg:col-start-1 lg:row-start-1 lg:block">
        <div className="pt-8">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.article.title}</h1>
          <p className="mt-3 max-w-[42rem] text-lg text-slate-600 dark:text-slate-300">{t.article.subtitle}</p>
          <Credit lang={lang} className="mt-3 max-w-[42rem]" />
          <nav aria-label={t.article.toc} className="mt-6 max-w-[42rem] print:hidden">
            <details className="rounded-lg border border-slate-200 px-4 py-2 dark:border-slate-800" data-testid="toc">
              <summary className="cursor-pointer text-sm font-semibold">{t.article.toc}</summary>
              <ol className="mt-2 grid gap-1 text-sm">
                {toc.map((item) => (
                  <li key={item.id} className={item.level === 3 ? "pl-4" : ""}>
                    <a href={`#${item.id}`} className="text-sky-700 hover:underline dark:text-sky-300">
                      {item.title}
                    </a>
                  </li>
                ))}
                <li>
                  <a href="#calculator" className="text-sky-700 hover:underline dark:text-sky-300">
                    {t.article.calculatorHeading}
                  </a>
                </li>
              </ol>
            </details>
          </nav>
          <div className={`${prose} mt-6`}>
            <Intro components={components} />
          </div>
        </div>
        <div className={`${prose} max-lg:order-2`} data-testid="article-body">
          <Body components={components} />
        </div>
        </article>
        <aside aria-label={t.article.calculatorHeading} className="mt-8 max-lg:order-1 lg:col-start-2 lg:row-start-1 lg:mt-0">
          <div className="lg:sticky lg:top-12 lg:max-h-[calc(100dvh-3rem)] lg:overflow-y-auto lg:overscroll-contain lg:py-6 lg:pr-1">
            <h2 className="mb-3 text-xl font-bold scroll-mt-4" >{t.article.calculatorHeading}</h2>
            <Calculator />
          </div>
        </aside>
      </main>
      <SiteFooter lang={lang} />
      <MobileCalculatorBar />
    </CalculatorProvider>
    </StringsProvider>
  );
}
