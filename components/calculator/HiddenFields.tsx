"use client";
import { serialiseScenario } from "@/lib/scenario";
import { useCalculator } from "./store";

/**
 * The rest of the scenario (version, price set, assumptions, pinned scenario) and the page's options
 * as hidden fields of the calculator's form (ScenarioForm), without the fields the form shows
 * (`shown`: their URL names, comma-separated; with the currency control, `fx` too while it is CNY).
 */
export function HiddenFields({
  shown,
  currency,
  options,
}: {
  shown: string;
  currency: boolean;
  options: Readonly<Record<string, string>>;
}) {
  const scenario = useCalculator((s) => s.scenario);
  const pinned = useCalculator((s) => s.pinned);
  const skip = new Set(shown.split(","));
  if (currency) {
    skip.add("cur");
    if (scenario.currency === "CNY") skip.add("fx");
  }
  const hidden = [...new URLSearchParams(serialiseScenario(scenario, pinned)), ...Object.entries(options)].filter(
    ([name]) => !skip.has(name),
  );
  return (
    <>
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
