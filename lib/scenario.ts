/**
 * The scenario codec: the one way a scenario travels in a URL, used by the pages, the API, the
 * preview images, oEmbed and the client store.
 *
 * parse:     any query string → migrate → validate → clamp → a valid Scenario plus a warning for
 *            every correction. Never throws.
 * serialise: Scenario → query string holding only values that differ from the defaults, with the
 *            model version pinned (v=3), so old links keep their numbers when defaults change.
 *
 * The codec owns the defaults: `defaultOf(key, version, priceSet)` is the one answer to "what does a
 * link that does not mention this key mean?". Versions: v1 (the first contract, its prices now
 * retired), v2 (today's prices as price sets, a hosting fee, a sourced latency model) and v3 (long
 * context with prompt caching, accuracy and cost per correct answer; unpinned links since
 * 2026-12-02). Old links are upgraded by MIGRATIONS[1] (v1 → v2) and MIGRATIONS[2] (v2 → v3), which
 * pin the price set the link used, so they keep their numbers.
 */
import { ACCURACY_SPEC, type AccuracyInputs } from "./accuracy";
import {
  ASSUMPTION_KEYS,
  UPDATE_STOPS,
  WORKLOAD_KEYS,
  assumptionSpecs,
  defaultAssumptions,
  sinceOf,
  workloadSpecs,
  type AssumptionKey,
  type Assumptions,
  type ParamSpec,
  type WorkloadKey,
} from "./assumptions";
import { ALL_APPROACHES, type AnyApproach, type ModelInputs } from "./model";
import { ACCURACY_PARAMS, DEFAULT_FX, PAGE_OPTION_PARAMS, TASK_PARAM, parseNumber, type Currency } from "./params";
import { DEFAULT_PRICE_SET, isPriceSetId, priceSet, type PriceSetId } from "./price-sets";
import { V1_PRICE_SET_IDS } from "./price-sets-v1";
import { TASKS } from "./task-evidence";
import { CURRENT_VERSION, PAGE_MAX_VERSION, RELEASED_VERSION, type ModelVersion, type ScenarioVersion } from "./versions";

export { CURRENT_VERSION, LATEST_VERSION, PAGES_READ_V3, type ModelVersion, type ScenarioVersion } from "./versions";
export { ACCURACY_PARAMS, DEFAULT_FX, PAGE_OPTION_PARAMS, TASK_PARAM, parseNumber, type Currency } from "./params";

export interface Scenario extends ModelInputs, AccuracyInputs {
  /** 3 for every link since v3's release (v1 and v2 links are migrated); 2 only where code makes one. */
  version: ScenarioVersion;
  /** The price set in use (p=…; the version's default set when the link names none). */
  pricing: PriceSetId;
  /** Display currency; the model itself is always in USD. */
  currency: Currency;
  /** CNY per USD, used when currency is CNY. */
  fxRate: number;
}

/** "more" is the summary that ends a capped list: its `given` is how many warnings were left out. */
export const WARNING_CODES = ["clamped", "invalid", "rounded", "duplicate", "unknown-param", "unknown-version", "more"] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface ScenarioWarning {
  /** The query-string name concerned. */
  param: string;
  code: WarningCode;
  /** What the link said (cut to 40 characters). */
  given: string;
  /** What is used instead, if anything. */
  used?: number | string;
}

export interface ParseResult {
  scenario: Scenario;
  warnings: ScenarioWarning[];
  /** A second scenario pinned for comparison (pin=…), or null. */
  pinned: Scenario | null;
}

export type QueryInput = string | URLSearchParams | Record<string, string | string[] | undefined> | null | undefined;

/** Query names read by other layers (embed options, language) or by the outside world (trackers). */
const PASSTHROUGH = new Set([...PAGE_OPTION_PARAMS, "fbclid", "gclid", "ref", "s", "pin"]);
const isPassthrough = (name: string) => PASSTHROUGH.has(name) || name.startsWith("utm_");

/**
 * Each version's defaults before a price set applies. v2 changed prices only (all in price sets),
 * so both versions share v1's table; a version that changes a non-price default adds its own here,
 * and its migration writes the old value into upgraded links.
 */
const BASE_DEFAULTS: Readonly<Record<ModelVersion, Readonly<Assumptions>>> = {
  1: defaultAssumptions,
  2: defaultAssumptions,
  // v3 adds keys (long context) and changes no default of v2's.
  3: defaultAssumptions,
};

const accuracyByUrl = new Map<string, AnyApproach>(ALL_APPROACHES.map((a) => [ACCURACY_PARAMS[a], a]));

/**
 * What a link that does not mention `key` means, under a model version and a price set: the set's
 * value if it sets one, else the version's default. Workload keys have one default for all versions.
 */
export function defaultOf(
  key: AssumptionKey | WorkloadKey,
  version: ModelVersion = CURRENT_VERSION,
  pricing: PriceSetId = DEFAULT_PRICE_SET[version],
): number {
  if (key in workloadSpecs) return workloadSpecs[key as WorkloadKey].value;
  const k = key as AssumptionKey;
  return priceSet(pricing)?.values[k] ?? BASE_DEFAULTS[version][k];
}

/** Every assumption's default under a version and price set. */
export function assumptionDefaults(
  pricing: PriceSetId = DEFAULT_PRICE_SET[CURRENT_VERSION],
  version: ModelVersion = CURRENT_VERSION,
): Assumptions {
  return Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, defaultOf(k, version, pricing)])) as Assumptions;
}

export function defaultScenario(version: ScenarioVersion = CURRENT_VERSION): Scenario {
  const pricing = DEFAULT_PRICE_SET[version];
  return {
    version,
    queriesPerDay: workloadSpecs.queriesPerDay.value,
    updatesPerMonth: workloadSpecs.updatesPerMonth.value,
    corpusTokens: workloadSpecs.corpusTokens.value,
    horizonMonths: workloadSpecs.horizonMonths.value,
    assumptions: assumptionDefaults(pricing, version),
    pricing,
    currency: "USD",
    fxRate: DEFAULT_FX.value,
  };
}

/**
 * The same scenario under another price set: the set's prices replace the old set's, while the
 * reader's own changes to values no set prices (prompt length, team hours, …) are kept.
 */
export function withPriceSet(s: Scenario, pricing: PriceSetId): Scenario {
  const from = priceSet(s.pricing)?.values ?? {};
  const to = priceSet(pricing)?.values ?? {};
  // A set written for v3 (long context's terms) is read as v3; older sets as the current version.
  const version: ScenarioVersion = (priceSet(pricing)?.version ?? 0) >= 3 ? 3 : CURRENT_VERSION;
  const assumptions = { ...s.assumptions };
  for (const k of ASSUMPTION_KEYS) {
    const edited = s.assumptions[k] !== defaultOf(k, s.version, s.pricing);
    const priced = k in from || k in to;
    if (!edited || priced) assumptions[k] = defaultOf(k, version, pricing);
  }
  return { ...s, version, pricing, assumptions };
}

/**
 * Reset: every slider and assumption back to its default under the scenario's own price set; display
 * kept. A v3 scenario stays v3 (its long context and accuracies are part of what it asks).
 */
export function resetScenario(s: Scenario): Scenario {
  const version: ScenarioVersion = s.version >= 3 ? 3 : CURRENT_VERSION;
  return {
    ...defaultScenario(version),
    pricing: s.pricing,
    assumptions: assumptionDefaults(s.pricing, version),
    currency: s.currency,
    fxRate: s.fxRate,
  };
}

/** The same scenario at today's prices: the current version's default price set. */
export const atTodaysPrices = (s: Scenario) => withPriceSet(s, DEFAULT_PRICE_SET[CURRENT_VERSION]);

/** Every query pair in order, whatever the input's shape. */
function entriesOf(input: QueryInput): [string, string][] {
  if (input == null) return [];
  if (typeof input === "string") {
    const q = input.startsWith("?") ? input.slice(1) : input;
    try {
      return [...new URLSearchParams(q)];
    } catch {
      return [];
    }
  }
  if (input instanceof URLSearchParams) return [...input];
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(input)) {
    if (typeof v === "string") out.push([k, v]);
    else if (Array.isArray(v)) for (const item of v) if (typeof item === "string") out.push([k, item]);
  }
  return out;
}

const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

function readParam(
  name: string,
  raw: string,
  spec: Pick<ParamSpec, "min" | "max" | "value" | "integer">,
  warnings: ScenarioWarning[],
  named?: (s: string) => number | undefined,
): number {
  const byName = named?.(raw.trim().toLowerCase());
  let n = byName ?? parseNumber(raw);
  if (Number.isNaN(n)) {
    warnings.push({ param: name, code: "invalid", given: cut(raw), used: spec.value });
    return spec.value;
  }
  if (n < spec.min || n > spec.max) {
    n = Math.min(spec.max, Math.max(spec.min, n));
    warnings.push({ param: name, code: "clamped", given: cut(raw), used: n });
  }
  if (spec.integer && !Number.isInteger(n)) {
    n = Math.min(spec.max, Math.max(spec.min, Math.round(n)));
    warnings.push({ param: name, code: "rounded", given: cut(raw), used: n });
  }
  // -0 and 0 are the same scenario; keep the URL and JSON free of "-0".
  return n === 0 ? 0 : n;
}

const updateStopByName = (s: string) => UPDATE_STOPS.find((stop) => stop.name === s)?.value;

const workloadByUrl = new Map<string, WorkloadKey>(WORKLOAD_KEYS.map((k) => [workloadSpecs[k].url, k]));
const assumptionByUrl = new Map<string, AssumptionKey>(ASSUMPTION_KEYS.map((k) => [assumptionSpecs[k].url, k]));

export type Migration = (params: ReadonlyMap<string, string>, warnings: ScenarioWarning[]) => Map<string, string>;

/**
 * v1 → v2. v1 had no price sets in its links: no p meant gpt-4o-mini, and p named one of three
 * presets. Pin the set v1 used (now retired, its numbers frozen), and write out any non-price
 * default that v2 changed, so the upgraded link gives v1's numbers to the cent.
 */
function v1ToV2(params: ReadonlyMap<string, string>, warnings: ScenarioWarning[]): Map<string, string> {
  const out = new Map(params);
  const raw = params.get("p");
  const id = raw?.trim().toLowerCase();
  const pricing: PriceSetId = V1_PRICE_SET_IDS.find((v1) => v1 === id) ?? DEFAULT_PRICE_SET[1];
  if (raw !== undefined && pricing !== id) warnings.push({ param: "p", code: "invalid", given: cut(raw), used: pricing });
  out.set("p", pricing);
  for (const k of ASSUMPTION_KEYS) {
    const url = assumptionSpecs[k].url;
    const before = defaultOf(k, 1, pricing);
    if (!out.has(url) && before !== defaultOf(k, 2, pricing)) out.set(url, String(before));
  }
  out.set("v", "2");
  return out;
}

/**
 * v2 → v3 (unpinned links are v3 since 2026-12-02). v3 changed no v2 default, only the default price
 * set: pin v2's default set when the link names none, so the three approaches keep their numbers.
 * v3's names (long context's terms, accuracies, task) meant nothing to v2: they stay unknown, as
 * before they existed. Long context is then computed with that set's terms (a v2 set states no
 * context window, so long context shows as not offered until the reader sets one).
 */
function v2ToV3(params: ReadonlyMap<string, string>, warnings: ScenarioWarning[]): Map<string, string> {
  const out = new Map(params);
  for (const [name, raw] of params) {
    const key = assumptionByUrl.get(name);
    if ((key && sinceOf(key) > 2) || accuracyByUrl.has(name) || name === TASK_PARAM) {
      out.delete(name);
      warnings.push({ param: name, code: "unknown-param", given: cut(raw) });
    }
  }
  if (!out.has("p")) out.set("p", DEFAULT_PRICE_SET[2]);
  for (const k of ASSUMPTION_KEYS) {
    const url = assumptionSpecs[k].url;
    const before = defaultOf(k, 2, DEFAULT_PRICE_SET[2]);
    if (sinceOf(k) <= 2 && !out.has(url) && before !== defaultOf(k, 3, DEFAULT_PRICE_SET[2])) out.set(url, String(before));
  }
  out.set("v", "3");
  return out;
}

/**
 * Upgrades of old links, from version n to n + 1, applied in order to the raw query pairs. Each
 * one is small and pure, and has a test starting from a real legacy URL pinned to its numbers.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2, 2: v2ToV3 };

/**
 * Does a link pin its numbers to a model version? It does when it names a version the codec knows
 * (v=1 is upgraded, but to the same numbers for ever): its API answer and preview image never
 * change, so a cache may keep them for good. The one answer to "is this link pinned".
 */
export function pinsVersion(input: QueryInput): boolean {
  const raw = entriesOf(input).find(([k]) => k === "v")?.[1];
  if (raw === undefined) return false;
  const v = parseNumber(raw);
  // A version not yet released (v3 before the pages read it) is a preview: its answers may change.
  return Number.isInteger(v) && v >= 1 && v <= RELEASED_VERSION;
}

export interface ParseOptions {
  /**
   * The newest version this reader accepts: pages accept PAGE_MAX_VERSION (the default), the API
   * LATEST_VERSION. A newer v gets the unknown-version warning and the current version.
   */
  maxVersion?: ScenarioVersion;
}

export function parseScenario(input: QueryInput, options: ParseOptions = {}): ParseResult {
  return parseOne(input, true, options.maxVersion ?? PAGE_MAX_VERSION);
}

/** A typed accuracy: a share (0.82) or a percentage ("82%"), kept within 1%–100%. */
function readAccuracy(name: string, raw: string, warnings: ScenarioWarning[]): number | undefined {
  const t = raw.trim();
  const percent = t.endsWith("%");
  const n = parseNumber(percent ? t.slice(0, -1) : t);
  if (Number.isNaN(n)) {
    warnings.push({ param: name, code: "invalid", given: cut(raw), used: "not set" });
    return undefined;
  }
  const share = percent ? n / 100 : n;
  if (share < ACCURACY_SPEC.min || share > ACCURACY_SPEC.max) {
    const used = Math.min(ACCURACY_SPEC.max, Math.max(ACCURACY_SPEC.min, share));
    warnings.push({ param: name, code: "clamped", given: cut(raw), used });
    return used;
  }
  return share;
}

function parseOne(input: QueryInput, allowPin: boolean, maxVersion: ScenarioVersion): ParseResult {
  const warnings: ScenarioWarning[] = [];
  let params = new Map<string, string>();
  for (const [k, v] of entriesOf(input)) {
    if (params.has(k)) {
      if (!isPassthrough(k)) warnings.push({ param: k, code: "duplicate", given: cut(v), used: params.get(k) });
      continue;
    }
    params.set(k, v);
  }

  // Version, then migrations up to the current one (a newer version the reader accepts stays as it is).
  let version: number = CURRENT_VERSION;
  const rawVersion = params.get("v");
  if (rawVersion !== undefined) {
    const v = parseNumber(rawVersion);
    if (Number.isInteger(v) && v >= 1 && v <= Math.max(CURRENT_VERSION, maxVersion)) version = v;
    else warnings.push({ param: "v", code: "unknown-version", given: cut(rawVersion), used: CURRENT_VERSION });
  }
  for (let v = version; v < CURRENT_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (migrate) params = migrate(params, warnings);
  }
  const scenarioVersion: ScenarioVersion = version >= 3 ? 3 : CURRENT_VERSION;

  const scenario = defaultScenario(scenarioVersion);
  const rawSet = params.get("p");
  if (rawSet !== undefined) {
    const id = rawSet.trim().toLowerCase();
    if (isPriceSetId(id)) {
      scenario.pricing = id;
      scenario.assumptions = assumptionDefaults(id, scenarioVersion);
    } else warnings.push({ param: "p", code: "invalid", given: cut(rawSet), used: scenario.pricing });
  }
  const assumptions: Assumptions = scenario.assumptions;
  let pinned: Scenario | null = null;
  for (const [name, raw] of params) {
    if (name === "v" || name === "p") continue;
    if (name === "pin" && allowPin) {
      const inner = parseOne(raw, false, maxVersion);
      pinned = inner.scenario;
      for (const w of inner.warnings) warnings.push({ ...w, param: `pin.${w.param}` });
      continue;
    }
    const workloadKey = workloadByUrl.get(name);
    if (workloadKey) {
      const spec = workloadSpecs[workloadKey];
      scenario[workloadKey] = readParam(
        name,
        raw,
        spec,
        warnings,
        workloadKey === "updatesPerMonth" ? updateStopByName : undefined,
      );
      continue;
    }
    const assumptionKey = assumptionByUrl.get(name);
    // A key newer than the link's version is unknown to that version, as it was before the key existed.
    if (assumptionKey && sinceOf(assumptionKey) <= scenarioVersion) {
      assumptions[assumptionKey] = readParam(name, raw, assumptionSpecs[assumptionKey], warnings);
      continue;
    }
    const accuracyOf = scenarioVersion >= 3 ? accuracyByUrl.get(name) : undefined;
    if (accuracyOf) {
      const share = readAccuracy(name, raw, warnings);
      if (share !== undefined) scenario.accuracy = { ...scenario.accuracy, [accuracyOf]: share };
      continue;
    }
    if (name === TASK_PARAM && scenarioVersion >= 3) {
      const id = raw.trim().toLowerCase();
      if (TASKS.some((t) => t.id === id)) scenario.task = id;
      else warnings.push({ param: name, code: "invalid", given: cut(raw), used: "none" });
      continue;
    }
    if (name === "cur") {
      const c = raw.trim().toUpperCase();
      if (c === "USD" || c === "CNY") scenario.currency = c;
      else warnings.push({ param: name, code: "invalid", given: cut(raw), used: scenario.currency });
      continue;
    }
    if (name === "fx") {
      scenario.fxRate = readParam(name, raw, DEFAULT_FX, warnings);
      continue;
    }
    if (!isPassthrough(name)) warnings.push({ param: name, code: "unknown-param", given: cut(raw) });
  }
  return { scenario, warnings: capWarnings(warnings), pinned };
}

/** Most warnings a parse reports; beyond them, one "more" warning says how many were left out. */
export const MAX_WARNINGS = 20;
const capWarnings = (w: ScenarioWarning[]): ScenarioWarning[] =>
  w.length <= MAX_WARNINGS
    ? w
    : [...w.slice(0, MAX_WARNINGS), { param: "*", code: "more", given: String(w.length - MAX_WARNINGS) }];

/** Shortest text that parses back to the identical number; update stops by their names. */
function formatParam(key: WorkloadKey | AssumptionKey | "fx", n: number): string {
  if (key === "updatesPerMonth") {
    const stop = UPDATE_STOPS.find((s) => s.value === n);
    if (stop) return stop.name;
  }
  return String(n);
}

/**
 * The query string of a scenario (no leading "?"), writing only what differs from the defaults
 * (a preset's defaults, when there is one), and the pinned scenario for comparison if any.
 */
export function serialiseScenario(s: Scenario, pinned?: Scenario | null): string {
  const out = new URLSearchParams();
  out.set("v", String(s.version));
  if (s.pricing !== DEFAULT_PRICE_SET[s.version]) out.set("p", s.pricing);
  const defaults = assumptionDefaults(s.pricing, s.version);
  for (const k of WORKLOAD_KEYS) {
    if (s[k] !== workloadSpecs[k].value) out.set(workloadSpecs[k].url, formatParam(k, s[k]));
  }
  for (const k of ASSUMPTION_KEYS) {
    if (s.assumptions[k] !== defaults[k]) out.set(assumptionSpecs[k].url, formatParam(k, s.assumptions[k]));
  }
  if (s.version >= 3) {
    if (s.task) out.set(TASK_PARAM, s.task);
    for (const a of ALL_APPROACHES) {
      const v = s.accuracy?.[a];
      if (v !== undefined) out.set(ACCURACY_PARAMS[a], String(v));
    }
  }
  if (s.currency !== "USD") out.set("cur", s.currency);
  if (s.fxRate !== DEFAULT_FX.value) out.set("fx", formatParam("fx", s.fxRate));
  if (pinned) out.set("pin", serialiseScenario(pinned));
  return out.toString();
}

/** Clamp a value into a parameter's range (for UI inputs that must not produce a bad scenario). */
export function clampToSpec(spec: Pick<ParamSpec, "min" | "max" | "integer">, n: number): number {
  if (!Number.isFinite(n)) return spec.min;
  const c = Math.min(spec.max, Math.max(spec.min, n));
  return spec.integer ? Math.round(c) : c;
}
