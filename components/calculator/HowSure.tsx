"use client";
import { useStrings } from "@/components/i18n/context";
import { assumptionDocs } from "@/lib/assumption-docs";
import { useTornado, useUncertainty } from "./more-derived";
import { useDerived } from "./store";
import { uncertaintyDrivers, uncertaintyFlips, uncertaintyHolds } from "@/lib/i18n/text";

/** Whether the winner holds across the uncertainty band, and which assumptions move the result most. */
export function HowSure() {
  const t = useStrings();
  const { verdict } = useDerived();
  // v3: the winner among every approach that exists (long context where it fits).
  const u = useUncertainty();
  const uncertainty = u.overall ?? u;
  const tornado = useTornado();
  const drivers = tornado.slice(0, 3).map((b) => assumptionDocs[b.key].label[t.lang]);
  return (
    <>
      <p className="mt-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300" data-testid="verdict-robustness">
        {uncertainty.winnerHolds
          ? uncertaintyHolds(t, verdict.cheapest)
          : uncertaintyFlips(t, uncertainty.cheapestWhen.optimistic, uncertainty.cheapestWhen.pessimistic)}
      </p>
      {drivers.length ? (
        <p className="mt-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300" data-testid="verdict-drivers">
          {uncertaintyDrivers(t, drivers)}
        </p>
      ) : null}
    </>
  );
}
