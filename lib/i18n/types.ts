/**
 * The shape of the UI messages: zh.ts and en.ts are each one `Messages` object of plain data (strings,
 * records of strings), so a key missing (or extra) in either language fails the type check, and the
 * object can cross from server to client as a prop. Placeholders are written "{name}" and filled by
 * `format` (./format.ts); which sentence to say (a verdict's case, a plural, an error's reason) is
 * chosen in code (./text.ts), never inside a message.
 */
import type { AssumptionGroup } from "../assumptions";
import type { Lang } from "../i18n-text";
import type { AnyApproach, Approach, CostCategory } from "../model";
import type { Adjustment, QuantityError } from "../quantity";
import type { WarningCode } from "../scenario";

/** A group of plain strings, by key. */
type Texts<K extends string> = Readonly<Record<K, string>>;

export interface Messages {
  lang: Lang;
  htmlLang: string;
  siteName: string;
  /** The approaches as labels ("Fine-tuning", "Hybrid"). */
  approach: Texts<AnyApproach>;
  /** The approaches inside a sentence ("fine-tuning", "the hybrid") and at its start ("The hybrid"). */
  names: { mid: Texts<AnyApproach>; start: Texts<AnyApproach> };
  /** What joins the items of a list ("a, b" / "a、b"). */
  listSeparator: string;
  calculator: Texts<
    "heading" | "workload" | "presets" | "reset" | "typed" | "perMonthUnit" | "currency" | "fxRate" | "update"
  > & {
    /** What a typed value's field says: why it was refused, how it was adjusted or converted. */
    input: {
      corpusHint: string;
      /** Ends every refusal: {current}. */
      still: string;
      /** Why a typed value was refused: {given}, {still}; a corpus size has its own wording of "not a number". */
      problem: Texts<QuantityError> & { notANumberCorpus: string };
      /** {given}, {used}. */
      adjusted: Texts<Exclude<Adjustment, null>>;
      /** {pages}, {tokens}, {perPage}; `one` when exactly one page. */
      convertedPages: Texts<"one" | "other">;
      /** {amount}, {unit}, {tokens}, {perToken}. */
      convertedBytes: string;
      /** {size}. */
      pdf: string;
    };
  };
  /** The verdict's sentences; which ones are said is decided by lib/i18n/text.ts (verdictSentences). */
  verdict: Texts<"heading" | "first" | "breakEvenFirstMonth" | "breakEvenLater" | "neverCross" | "volume" | "noVolume" | "short">;
  /** `total`: {horizon}; `retrain`: {cost}, {perMonth}. */
  results: Texts<
    "heading" | "approach" | "upfront" | "monthly" | "perQuery" | "stalenessHelp" | "cheapest" | "total" | "retrain"
  >;
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
  answer: Texts<"heading" | "more" | "edit" | "headline" | "runnerUp" | "third" | "bar"> & {
    plain: Texts<AnyApproach>;
    short: Texts<AnyApproach>;
  };
  /**
   * Long context (model v3). `noWindow`, `tooLarge` ({ratio}, {window}, {max}) and `noRoom` ({window}):
   * the one line said when it does not fit. `latency`: {cached}, {uncached}; `staleness`: {time}.
   */
  lc: Texts<
    "noWindow" | "tooLarge" | "noRoom" | "latency" | "latencyNote" | "staleness" | "fits" | "cached" | "uncached" | "noUpdates"
  >;
  /** Accuracy and cost per correct answer (model v3). */
  perCorrect: Texts<
    | "heading"
    | "intro"
    | "task"
    | "taskNone"
    | "accuracy"
    | "accuracyHelp"
    | "notSet"
    | "typed"
    | "fromTask"
    | "studies"
    | "lacks"
    | "perCorrect"
    | "marginal"
    | "answerLine"
    | "tableHelp"
    | "range"
    | "invalid"
  >;
  /** Which prices the numbers use, and the notice on a retired set. */
  prices: Texts<"toToday" | "asOf" | "stale" | "retired">;
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
  assumptions: Texts<"heading" | "intro" | "source" | "resetOne" | "asOf" | "defaultIs"> & {
    groups: Texts<AssumptionGroup>;
  };
  /** `codes`: {param}, {given}, {used}. */
  warnings: Texts<"heading" | "dismiss"> & { codes: Texts<WarningCode> };
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
  pricing: Texts<"heading" | "retired" | "sources" | "asOf">;
  uncertainty: Texts<
    | "tornadoHeading"
    | "tornadoHelp"
    | "optimistic"
    | "pessimistic"
    | "favoursRag"
    | "favoursFt"
    | "holds"
    | "flips"
    | "drivers"
    | "bar"
  >;
  /** v3 adds a map over knowledge-base size: `cellCorpus` {approach}, {queries}, {size}; `window` {max}. */
  map: Texts<
    | "heading"
    | "help"
    | "queries"
    | "boundary"
    | "current"
    | "keyboard"
    | "cell"
    | "axis"
    | "byCorpus"
    | "byUpdates"
    | "helpCorpus"
    | "cellCorpus"
    | "window"
  >;
  compare: Texts<"heading" | "pin" | "unpin" | "pinned" | "current" | "difference" | "help">;
  share: Texts<"heading" | "copyLink" | "copyEmbed" | "linkCopied" | "embedCopied" | "copyFailed" | "openFull">;
  quiz: Texts<"heading" | "intro" | "result" | "reasons" | "clear" | "prompt" | "submit" | "costReason" | "score"> & {
    choice: Texts<Approach>;
  };
  og: Texts<"queries" | "updates" | "corpus" | "horizon" | "cheaperFrom" | "firstMonth" | "noCross" | "volume" | "noVolume">;
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
    | "retiredOn"
    | "tasks"
    | "tasksIntro"
    | "taskKind"
    | "studies"
    | "notMeasured"
    | "lcDefaultsIntro"
    | "descriptionV3"
  >;
  /** Words of the downloaded chart files. */
  exports: Texts<"currencyUsd" | "currencyCny" | "pricesAsOf" | "modelVersion" | "description" | "descriptionFour">;
}

/** The groups only server code reads (document head, footer, preview image, methodology, downloads). */
export type ServerOnlyGroup = "htmlLang" | "footer" | "site" | "description" | "siteTagline" | "og" | "methodology" | "exports";

/** The messages a page hands its client components (StringsProvider): all but the server-only groups. */
export type ClientMessages = Omit<Messages, ServerOnlyGroup>;
