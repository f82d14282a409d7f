/**
 * The shape of the UI strings, one interface per table: zh.ts/en.ts are `UiStrings`, zh-extra.ts/
 * en-extra.ts are `ExtraUiStrings`. A key missing (or extra) in either language fails the type check.
 */
import type { AssumptionGroup } from "../assumptions";
import type { Money } from "../format";
import type { Lang } from "../i18n-text";
import type { Approach, CostCategory } from "../model";
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
  calculator: Texts<"heading" | "workload" | "presets" | "reset" | "typed" | "perMonthUnit" | "currency" | "fxRate">;
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
  >;
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
    | "backToCalculator"
    | "adjust"
    | "currentScenario"
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
  site: Texts<"switchLanguage" | "switchLanguageLabel" | "themeDark" | "themeLight" | "notFoundTitle" | "notFoundBody" | "notFoundBack">;
  description: string;
  siteTagline: string;
  pricing: Texts<"heading" | "v1" | "sources"> & { asOf: (date: string) => string };
  uncertainty: Texts<"tornadoHeading" | "tornadoHelp" | "optimistic" | "pessimistic"> & {
    holds: (winner: string) => string;
    flips: (optimistic: string, pessimistic: string) => string;
    drivers: (names: string[]) => string;
    bar: (name: string, optimistic: string, pessimistic: string) => string;
  };
  map: Texts<"heading" | "help" | "queries" | "boundary" | "current" | "keyboard"> & {
    cell: (approach: string, queries: string, updates: string) => string;
  };
  compare: Texts<"heading" | "pin" | "unpin" | "pinned" | "current" | "difference" | "help">;
  share: Texts<"heading" | "copyLink" | "copyEmbed" | "linkCopied" | "embedCopied" | "copyFailed" | "openFull">;
  quiz: Texts<"heading" | "intro" | "result" | "reasons" | "clear"> & {
    choice: Texts<Approach>;
    costReason: (cheaper: string, other: string, diff: string, horizon: string) => string;
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
  >;
}
