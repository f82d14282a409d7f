"use client";
import type { ReactNode } from "react";
import { useStrings } from "@/components/i18n/context";
import { HiddenFields } from "@/components/islands";
import { workloadSpecs, type WorkloadKey } from "@/lib/assumptions";

const NO_OPTIONS: Readonly<Record<string, string>> = {};

/**
 * The calculator's controls as a plain GET form (lib/form.ts): its fields are named with the
 * permalink's keys, and the rest of the scenario (version, price set, assumptions, pinned scenario)
 * and the page's options travel in hidden fields. Without JavaScript, or before it arrives, Enter
 * in a field or the Update button loads the server's answer for the new scenario (proxy.ts redirects
 * the submission to its permalink). Once the code is here, the fields update the answer at once
 * and the form is never submitted.
 */
export function ScenarioForm({
  action,
  fields,
  names = [],
  currency,
  options = NO_OPTIONS,
  className,
  children,
  ...rest
}: {
  /** The page the form loads: the one it is on, without a query. */
  action: string;
  /** The workload inputs inside the form. */
  fields: readonly WorkloadKey[];
  /** Other query names that have fields of their own inside the form (v3's task kind and accuracies). */
  names?: readonly string[];
  /** Whether the currency control is inside the form. */
  currency: boolean;
  /** The page's options (an embed's theme and panels), kept as they are. */
  options?: Readonly<Record<string, string>>;
  className?: string;
  children: ReactNode;
  /** The form's accessible name, when it is a region of its own (the embed's controls). */
  "aria-label"?: string;
}) {
  const t = useStrings();
  const shown = [...fields.map((k) => workloadSpecs[k].url), ...names].join(",");
  return (
    <form
      method="get"
      action={action}
      onSubmit={(e) => e.preventDefault()}
      className={className}
      aria-label={rest["aria-label"]}
      data-testid="scenario-form"
    >
      <HiddenFields shown={shown} currency={currency} options={options} />
      {children}
      {/* Enter in a field submits through the form's first submit button, which takes no room. */}
      <button type="submit" hidden tabIndex={-1} aria-hidden />
      <noscript>
        <button
          type="submit"
          className="tap justify-self-start rounded-md bg-sky-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950"
          data-testid="update"
        >
          {t.calculator.update}
        </button>
      </noscript>
    </form>
  );
}
