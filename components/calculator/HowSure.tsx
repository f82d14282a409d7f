"use client";
import { useStrings } from "@/components/i18n/context";
import { useExtraStrings } from "@/components/i18n/extra";
import { assumptionDocs } from "@/lib/assumption-docs";
import { useTornado, useUncertainty } from "./more-derived";
import { useDerived } from "./store";

/** Whether the winner holds across the uncertainty band, and which assumptions move the result most. */
export function HowSure() {
  const t = useStrings();
  const x = useExtraStrings();
  const { verdict } = useDerived();
  const uncertainty = useUncertainty();
  const tornado = useTornado();
  const drivers = tornado.slice(0, 3).map((b) => assumptionDocs[b.key].label[t.lang]);
  return (
    <>
      <p className="mt-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300" data-testid="verdict-robustness">
        {uncertainty.winnerHolds
          ? x.uncertainty.holds(verdict.cheapest)
          : x.uncertainty.flips(uncertainty.cheapestWhen.optimistic, uncertainty.cheapestWhen.pessimistic)}
      </p>
      {drivers.length ? (
        <p className="mt-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300" data-testid="verdict-drivers">
          {x.uncertainty.drivers(drivers)}
        </p>
      ) : null}
    </>
  );
}
