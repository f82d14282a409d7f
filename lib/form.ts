/**
 * The calculator as a plain HTML form. Its controls sit in a GET form whose field names are the
 * permalink's keys (q, u, d, h, cur, fx, and the rest of the scenario in hidden fields), so that
 * without JavaScript, or before it has arrived, Enter in a field or the Update button loads the
 * server's answer for the new scenario. Two things a form sends that a permalink does not:
 *   - what the reader typed, as they typed it ("20k", "2万", "5 GB", "40,000 pages"): read here as
 *     the field reads it (lib/quantity.ts);
 *   - each slider's position, under its own name (SLIDER_PARAMS), beside the position it was
 *     rendered at (the same name with "0", a hidden field). A slider moved from there wins over its
 *     field, unless the reader typed a new value into the field too: typing is the more deliberate act.
 * `readForm` turns such a submission into a plain query for the codec (lib/scenario.ts), which
 * clamps and warns as it does for any link. Pure.
 *
 * v3's accuracy form (the task kind and an accuracy per approach, named `task`, `acc_rag`, …) has no
 * slider; it carries PERCENT_PARAM instead, which says that its accuracy fields hold percentages
 * ("82" is 82%, as the field's label says) and marks the query as a form's. Its empty fields mean
 * "not set" (no task kind, no typed accuracy) and are left out.
 */
import { workloadSpecs, WORKLOAD_KEYS, type WorkloadKey } from "./assumptions";
import { ALL_APPROACHES } from "./approaches";
import { parseQuantity, type QuantityKind } from "./quantity";
import { sliderScale } from "./scales";
import { ACCURACY_PARAMS, TASK_PARAM, parseNumber } from "./params";

/** A hidden field of the accuracy form: its accuracy fields are percentages. */
export const PERCENT_PARAM = "pct";
const accuracyNames = new Set<string>(ALL_APPROACHES.map((a) => ACCURACY_PARAMS[a]));

/** The name each workload slider's position travels under in a form submission. */
export const SLIDER_PARAMS: Readonly<Record<WorkloadKey, string>> = {
  queriesPerDay: "sq",
  updatesPerMonth: "su",
  corpusTokens: "sd",
  horizonMonths: "sh",
};

/** Fields a reader types into, by URL name, and how their text is read. */
const TYPED: ReadonlyMap<string, QuantityKind> = new Map([
  ...WORKLOAD_KEYS.map((k): [string, QuantityKind] => [workloadSpecs[k].url, k === "corpusTokens" ? "corpus" : "number"]),
  ["fx", "number"],
]);

/** The hidden field beside a slider that holds the position it was rendered at. */
export const originParam = (slider: string) => `${slider}0`;

const sliderNames = new Set(Object.values(SLIDER_PARAMS).flatMap((name) => [name, originParam(name)]));

/** Whether a query came from the calculator's form (it carries a slider position). */
export function isFormSubmission(params: URLSearchParams): boolean {
  for (const name of params.keys()) if (sliderNames.has(name) || name === PERCENT_PARAM) return true;
  return false;
}

/** A typed value as the field reads it: plain numbers and names ("weekly") stay for the codec; "20k" becomes 20000. */
function readTyped(raw: string, kind: QuantityKind): string {
  if (!Number.isNaN(parseNumber(raw))) return raw;
  const read = parseQuantity(raw, kind);
  return read.ok ? String(read.value) : raw;
}

/**
 * A form submission as a plain query: typed values read, a moved slider's value in place of its
 * field's, slider positions dropped. Anything else passes through unchanged (the codec reads it).
 */
export function readForm(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const percent = params.has(PERCENT_PARAM);
  for (const [name, raw] of params) {
    if (sliderNames.has(name) || name === PERCENT_PARAM) continue;
    // An empty accuracy or task field is one the reader left unset.
    if ((accuracyNames.has(name) || name === TASK_PARAM) && raw.trim() === "") continue;
    if (percent && accuracyNames.has(name)) {
      const t = raw.trim();
      out.append(name, t.endsWith("%") || Number.isNaN(parseNumber(t)) ? t : `${t}%`);
      continue;
    }
    const kind = TYPED.get(name);
    out.append(name, kind ? readTyped(raw, kind) : raw);
  }
  for (const key of WORKLOAD_KEYS) {
    const name = SLIDER_PARAMS[key];
    const position = Math.round(parseNumber(params.get(name) ?? ""));
    const origin = Math.round(parseNumber(params.get(originParam(name)) ?? ""));
    // Not this form's slider, or not moved from where it was rendered.
    if (!Number.isFinite(position) || !Number.isFinite(origin) || position === origin) continue;
    const scale = sliderScale(key);
    const url = workloadSpecs[key].url;
    const typed = parseNumber(out.get(url) ?? "");
    // The field was typed into as well (its value no longer sits where the slider started): it wins.
    if (Number.isFinite(typed) && scale.position(typed) !== origin) continue;
    out.set(url, String(scale.value(Math.min(scale.max, Math.max(scale.min, position)))));
  }
  return out;
}
