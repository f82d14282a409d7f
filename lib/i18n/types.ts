/**
 * The shape of the UI strings, one interface per table: zh.ts/en.ts are `UiStrings`, zh-extra.ts/
 * en-extra.ts are `ExtraUiStrings`. A key missing (or extra) in either language fails the type check.
 */
import type { AssumptionGroup } from "../assumptions";
import type { Money } from "../format";
import type { Lang } from "../i18n-text";
import type { Approach, CostCategory } from "../model";
import type { Adjustment, Conversion, QuantityError } from "../quantity";
import type { WarningCode } from "../scenario";
import type { Verdict } from "../verdict";

/** A group of plain strings, by key. */
type Texts<K extends string> = Readonly<Record<K, string>>;

/** The strings every page's client bundle carries. */
export interface UiStrings {
  lang: Lang;
  htmlLang: string;
  siteName: string;
  approach: Texts<Approach>;
  calculator: Texts<
    "heading" | "workload" | "presets" | "reset" | "typed" | "perMonthUnit" | "currency" | "fxRate" | "update"
  > & {
    /** What a typed value's field says: why it was refused, how it was adjusted or converted. */
    input: {
      corpusHint: string;
      problem(reason: QuantityError, given: string, current: string, corpus: boolean): string;
      adjusted(how: Exclude<Adjustment, null>, given: string, used: string): string;
      converted(c: Conversion, tokens: number): string;
      pdf(size: string): string;
    };
  };
  verdict: {
    heading: string;
    sentences(v: Verdict, horizon: number, money: Money): string[];
    short(v: Verdict, horizon: number, money: Money): string;
  };
  results: Texts<"heading" | "approach" | "upfront" | "monthly" | "perQuery" | "stalenessHelp" | "cheapest"> & {
    total: (horizon: number) => string;
    retrain: (cost: string, perMonth: string) => string;
  };
  charts: Texts<
    | "showBands"
    | "bandsHelp"
    | "cumulative"
    | "cumulativeHelp"
    | "breakEven"
    | "month"
    | "breakdown"
    | "breakdownHelp"
    | "upfront"
    | "ongoing"
    | "showTable"
    | "latency"
    | "latencyOurs"
    | "latencyArticle"
    | "staleness"
    | "pinnedSuffix"
    | "noScript"
    | "bandsClipped"
  >;
  /** The answer at the top of the article pages and the bar that keeps it in view. */
  answer: Texts<"heading" | "more" | "edit"> & {
    headline: (who: string, total: string, horizon: string) => string;
    runnerUp: (who: string, saving: string, share: string) => string;
    third: (who: string, total: string) => string;
    plain: Texts<Approach>;
    short: Texts<Approach>;
    bar: (who: string, total: string, horizon: string) => string;
  };
  /** Which prices the numbers use, and the notice on a retired set. */
  prices: Texts<"toToday"> & {
    asOf: (date: string, name: string) => string;
    stale: (date: string) => string;
    retired: (name: string, date: string) => string;
  };
  categories: Texts<CostCategory>;
  a11y: Texts<"chartTableCaption">;
  article: Texts<
    | "title"
    | "subtitle"
    | "credit"
    | "original"
    | "licence"
    | "changes"
    | "table"
    | "toc"
    | "editorNote"
    | "editorNoteHint"
    | "ourAddition"
    | "calculatorHeading"
    | "adjust"
    | "currentScenario"
    | "inArticle"
  >;
}

/** The strings of lazily loaded panels and of server-only surfaces (preview image, methodology). */
export interface ExtraUiStrings {
  assumptions: Texts<"heading" | "intro" | "source" | "resetOne"> & {
    groups: Texts<AssumptionGroup>;
    asOf: (date: string) => string;
    defaultIs: (value: string) => string;
  };
  warnings: Texts<"heading" | "dismiss"> & {
    describe(code: WarningCode, param: string, given: string, used: string | undefined): string;
  };
  footer: Texts<"code" | "methodology">;
  /** Fine-tuning's staleness when the knowledge is never updated (u = 0). */
  staleness: Texts<"noUpdates" | "noUpdatesHelp">;
  site: Texts<
    | "navLabel"
    | "switchLanguage"
    | "switchLanguageLabel"
    | "themeDark"
    | "themeLight"
    | "notFoundTitle"
    | "notFoundBody"
    | "notFoundBack"
  >;
  description: string;
  siteTagline: string;
  pricing: Texts<"heading" | "retired" | "sources"> & { asOf: (date: string) => string };
  uncertainty: Texts<"tornadoHeading" | "tornadoHelp" | "optimistic" | "pessimistic" | "favoursRag" | "favoursFt"> & {
    holds: (winner: Approach) => string;
    flips: (optimistic: Approach, pessimistic: Approach) => string;
    drivers: (names: string[]) => string;
    bar: (name: string, optimistic: string, pessimistic: string) => string;
  };
  map: Texts<"heading" | "help" | "queries" | "boundary" | "current" | "keyboard"> & {
    cell: (approach: string, queries: string, updates: string) => string;
  };
  compare: Texts<"heading" | "pin" | "unpin" | "pinned" | "current" | "difference" | "help">;
  share: Texts<"heading" | "copyLink" | "copyEmbed" | "linkCopied" | "embedCopied" | "copyFailed" | "openFull">;
  quiz: Texts<"heading" | "intro" | "result" | "reasons" | "clear" | "prompt" | "submit"> & {
    choice: Texts<Approach>;
    costReason: (cheapest: Approach, runnerUp: Approach, saving: string, horizon: string) => string;
    score: (rag: number, ft: number) => string;
  };
  og: Texts<"queries" | "updates" | "corpus" | "horizon"> & { breakEven(v: Verdict, lang: Lang): string };
  methodology: Texts<
    | "title"
    | "description"
    | "formulas"
    | "inputs"
    | "defaults"
    | "name"
    | "urlName"
    | "defaultValue"
    | "range"
    | "unit"
    | "source"
    | "band"
    | "presets"
    | "presetsIntro"
    | "contractDefault"
    | "constants"
    | "fx"
    | "current"
    | "value"
    | "quote"
    | "checked"
    | "unconfirmed"
    | "latency"
    | "defaultSet"
  > & { retiredOn: (date: string) => string };
  /** Words of the downloaded chart files. */
  exports: {
    currency: (currency: "USD" | "CNY", fxRate: number) => string;
    pricesAsOf: (date: string) => string;
    modelVersion: (v: number) => string;
    description: (scenario: string, totals: string, horizon: string) => string;
  };
}
