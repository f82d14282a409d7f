import { Activity } from "react";
import { AnswerHero } from "@/components/answer/AnswerHero";
import { CalculatorProvider } from "@/components/calculator/store";
import { StringsProvider } from "@/components/i18n/StringsProvider";
import { AnswerBar } from "@/components/islands";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { clientMessages, STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { localPath } from "@/lib/paths";
import type { ParseResult } from "@/lib/scenario";
import { ARTICLE } from "./content";
import { Credit } from "./Credit";
import { FullCalculator } from "./FullCalculator";
import { articleComponents } from "./mdx";
import { headingsOf } from "./toc";

const prose =
  "prose prose-slate max-w-[42rem] dark:prose-invert prose-code:before:content-none prose-code:after:content-none prose-headings:scroll-mt-20 prose-h2:mt-12 prose-h3:mt-8 prose-table:text-sm prose-th:align-bottom prose-td:align-top prose-a:text-sky-700 dark:prose-a:text-sky-300";

/**
 * The answer first, then the article, then every other chart and assumption. The first screen, on a
 * phone as on a desktop, holds the verdict (cheapest approach, its total, the runner-up), the
 * cumulative cost chart and the three main sliders; everything scrolls with the page (no inner
 * scroll box), and once the answer is out of sight a bar under the header keeps it in view.
 */
export function ArticlePage({ lang, parsed }: { lang: Lang; parsed: ParseResult }) {
  const t = STRINGS[lang];
  const { Intro, Body } = ARTICLE[lang];
  const components = articleComponents(lang);
  const toc = headingsOf([Intro, Body], components);
  return (
    <StringsProvider messages={clientMessages(t)}>
      <CalculatorProvider initialScenario={parsed.scenario} initialPinned={parsed.pinned} warnings={parsed.warnings}>
        <SiteHeader lang={lang} path="" initial={parsed}>
          <AnswerBar />
        </SiteHeader>
        <main className={`mx-auto max-w-6xl px-4 pb-16 sm:px-6 ${lang === "zh" ? "text-[1.0625rem]" : ""}`}>
          {/* On phones the header above already shows the title; the heading stays for screen readers. */}
          <div className="sm:pt-6">
            <h1 className="text-xl font-bold tracking-tight max-sm:sr-only sm:text-4xl">{t.article.title}</h1>
            <p className="mt-2 hidden max-w-[48rem] text-lg text-slate-600 sm:block dark:text-slate-300">{t.article.subtitle}</p>
          </div>
          {/* Phone: answer, chart, sliders. Wide: answer and sliders on the left, the chart beside them. */}
          <section
            id="answer"
            aria-label={t.answer.heading}
            className="mt-3 grid scroll-mt-16 grid-cols-[minmax(0,1fr)] gap-3 [grid-template-areas:'verdict'_'chart'_'controls'] sm:mt-5 sm:gap-5 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)] lg:[grid-template-areas:'verdict_chart'_'controls_chart']"
          >
            <AnswerHero action={localPath(lang, "")} more={t.answer.more} />
          </section>
          {/* The article hydrates on its own, after the answer and the controls, in slices that leave
              the page free to answer (an <Activity> boundary; see components/islands.tsx). */}
          <Activity mode="visible">
            <div className="mt-12 lg:grid lg:grid-cols-[13rem_minmax(0,42rem)] lg:gap-x-12">
              <nav aria-label={t.article.toc} className="print:hidden lg:sticky lg:top-28 lg:self-start">
                <details
                  className="rounded-lg border border-slate-200 px-4 py-2 lg:border-0 lg:px-0 dark:border-slate-800"
                  data-testid="toc"
                  open
                >
                  <summary className="cursor-pointer text-sm font-semibold">{t.article.toc}</summary>
                  <ol className="mt-2 grid gap-1 text-sm">
                    {toc.map((item) => (
                      <li key={item.id} className={item.level === 4 ? "pl-8" : item.level === 3 ? "pl-4" : ""}>
                        <a href={`#${item.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
                          {item.title}
                        </a>
                      </li>
                    ))}
                    <li>
                      <a href="#calculator" className="text-sky-800 hover:underline dark:text-sky-300">
                        {t.article.calculatorHeading}
                      </a>
                    </li>
                  </ol>
                </details>
              </nav>
              <article className="mt-6 min-w-0 lg:mt-0" data-testid="article">
                <Credit lang={lang} className="max-w-[42rem]" />
                <div className={`${prose} mt-4`}>
                  <Intro components={components} />
                </div>
                <div className={prose} data-testid="article-body">
                  <Body components={components} />
                </div>
              </article>
            </div>
          </Activity>
          <section
            id="calculator"
            aria-labelledby="calculator-heading"
            className="mt-16 scroll-mt-16 border-t border-slate-200 pt-8 dark:border-slate-800"
          >
            <h2 id="calculator-heading" className="mb-4 text-2xl font-bold">
              {t.article.calculatorHeading}
            </h2>
            <FullCalculator />
          </section>
        </main>
        <SiteFooter lang={lang} initial={parsed} />
      </CalculatorProvider>
    </StringsProvider>
  );
}
