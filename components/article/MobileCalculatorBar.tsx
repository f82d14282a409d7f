"use client";
import { useEffect, useState } from "react";
import { formatMoney } from "@/lib/format";
import { useCalculator, useDerived } from "@/components/calculator/store";
import { useStrings } from "@/components/i18n/context";

/**
 * On phones, where the calculator sits between the introduction and the article, a slim bar keeps
 * the verdict in view and leads back to the calculator. It hides while the calculator is on screen.
 */
export function MobileCalculatorBar() {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const { verdict, estimate } = useDerived();
  const [calculatorVisible, setCalculatorVisible] = useState(true);
  useEffect(() => {
    const target = document.getElementById("calculator");
    if (!target) return;
    const observer = new IntersectionObserver(([entry]) => setCalculatorVisible(entry!.isIntersecting), { threshold: 0 });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      className={`fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 px-4 py-2 shadow-lg backdrop-blur transition-transform lg:hidden print:hidden dark:border-slate-700 dark:bg-slate-900/95 ${
        calculatorVisible ? "translate-y-full" : "translate-y-0"
      }`}
      aria-hidden={calculatorVisible}
    >
      <div className="mx-auto flex max-w-xl items-center justify-between gap-3 text-sm">
        <span className="min-w-0 truncate">
          <strong>{t.approach[verdict.cheapest]}</strong> · {formatMoney(estimate.approaches[verdict.cheapest].total, scenario, t.lang)}
        </span>
        <a
          href="#calculator"
          tabIndex={calculatorVisible ? -1 : 0}
          className="shrink-0 rounded-full bg-sky-600 px-3 py-1 font-medium text-white dark:bg-sky-500 dark:text-slate-950"
          data-testid="jump-to-calculator"
        >
          {t.article.backToCalculator} ↑
        </a>
      </div>
    </div>
  );
}
