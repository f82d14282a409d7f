import { CalculatorProvider } from "@/components/calculator/store";
import { Calculator } from "@/components/calculator/Calculator";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import type { ParseResult } from "@/lib/scenario";

/** The calculator page: server-rendered with the link's scenario, so its numbers are in the first HTML. */
export function CalculatorPage({ lang, parsed }: { lang: Lang; parsed: ParseResult }) {
  const t = STRINGS[lang];
  return (
    <CalculatorProvider initialScenario={parsed.scenario} warnings={parsed.warnings} lang={lang}>
      <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:py-10">
        <header className="mb-6">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.siteName}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-300">{t.calculator.intro}</p>
        </header>
        <main>
          <Calculator />
        </main>
      </div>
    </CalculatorProvider>
  );
}
