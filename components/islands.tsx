"use client";
/**
 * The parts of the page that show numbers or carry the scenario in a link. Their code, with the
 * model and the codec (calculator/engine.ts), is not in the page's first load:
 *  - the server renders them in full, at once (`require`, below, is the server's only: Next fixes
 *    `typeof window` at build time, so the browser's bundle holds the `import()` alone);
 *  - the browser keeps that HTML and hydrates each island once its chunk and the engine are here,
 *    fetched as soon as hydration reaches it. React hydrates an island first if the reader acts on it.
 * Until then the controls (first-load code) already work: what the reader changes is in the store,
 * and an island shows it as soon as it hydrates (it hydrates with the state the server rendered,
 * the store's initial state, then renders the current one).
 *
 * The boundary is an <Activity>, not a <Suspense>: React hydrates either on its own, but it may
 * move a large Suspense boundary's server HTML out of place, to be put back by a script (readers
 * without JavaScript would never see it). An island is memoised: an update from its parent before
 * it has hydrated would make React give up its server HTML. Give islands stable props.
 *
 * Panels drawn in the browser only (the full calculator, the interactive chart) load with React.lazy.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { Activity, lazy, memo, type ComponentProps, type ComponentType } from "react";
import { loadEngine } from "@/components/calculator/engine";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function island<C extends ComponentType<any>>(
  server: (() => C) | null,
  load: () => Promise<C>,
): ComponentType<ComponentProps<C>> {
  type P = ComponentProps<C>;
  if (server) {
    return function ServerIsland(props: P) {
      // Looked up as it renders: modules that import each other are all loaded by then.
      const Server: ComponentType<P> = server();
      return (
        <Activity mode="visible">
          <Server {...props} />
        </Activity>
      );
    };
  }
  const Lazy = lazy(() =>
    Promise.all([load(), loadEngine()]).then(([component]) => ({ default: component as ComponentType<P> })),
  );
  return memo(function Island(props: P) {
    return (
      <Activity mode="visible">
        <Lazy {...props} />
      </Activity>
    );
  });
}

type Answer = typeof import("@/components/answer/AnswerVerdict");
type Bar = typeof import("@/components/answer/AnswerBar");
type Charts = typeof import("@/components/calculator/Charts");
type VerdictModule = typeof import("@/components/calculator/Verdict");
type Table = typeof import("@/components/calculator/ResultsTable");
type Hidden = typeof import("@/components/calculator/HiddenFields");
type Links = typeof import("@/components/site/ScenarioLinks");
type Anchor = typeof import("@/components/site/ScenarioAnchor");
type Live = typeof import("@/components/article/live");
type Figures = typeof import("@/components/article/figures");

// The answer at the top and the bar that keeps it in view.
export const AnswerVerdict = island(
  typeof window === "undefined" ? () => (require("@/components/answer/AnswerVerdict") as Answer).AnswerVerdict : null,
  () => import("@/components/answer/AnswerVerdict").then((m) => m.AnswerVerdict),
);
export const AnswerBar = island(
  typeof window === "undefined" ? () => (require("@/components/answer/AnswerBar") as Bar).AnswerBar : null,
  () => import("@/components/answer/AnswerBar").then((m) => m.AnswerBar),
);

// The calculator's figures.
export const CumulativeFigure = island(
  typeof window === "undefined" ? () => (require("@/components/calculator/Charts") as Charts).CumulativeFigure : null,
  () => import("@/components/calculator/Charts").then((m) => m.CumulativeFigure),
);
export const Verdict = island(
  typeof window === "undefined" ? () => (require("@/components/calculator/Verdict") as VerdictModule).Verdict : null,
  () => import("@/components/calculator/Verdict").then((m) => m.Verdict),
);
export const ResultsTable = island(
  typeof window === "undefined" ? () => (require("@/components/calculator/ResultsTable") as Table).ResultsTable : null,
  () => import("@/components/calculator/ResultsTable").then((m) => m.ResultsTable),
);
export const HiddenFields = island(
  typeof window === "undefined" ? () => (require("@/components/calculator/HiddenFields") as Hidden).HiddenFields : null,
  () => import("@/components/calculator/HiddenFields").then((m) => m.HiddenFields),
);

// Links that carry the scenario.
export const ScenarioLink = island(
  typeof window === "undefined" ? () => (require("@/components/site/ScenarioLinks") as Links).ScenarioLink : null,
  () => import("@/components/site/ScenarioLinks").then((m) => m.ScenarioLink),
);
export const LanguageSwitch = island(
  typeof window === "undefined" ? () => (require("@/components/site/ScenarioLinks") as Links).LanguageSwitch : null,
  () => import("@/components/site/ScenarioLinks").then((m) => m.LanguageSwitch),
);
export const FullExplainerLink = island(
  typeof window === "undefined" ? () => (require("@/components/site/ScenarioLinks") as Links).FullExplainerLink : null,
  () => import("@/components/site/ScenarioLinks").then((m) => m.FullExplainerLink),
);
export const ScenarioAnchor = island(
  typeof window === "undefined" ? () => (require("@/components/site/ScenarioAnchor") as Anchor).ScenarioAnchor : null,
  () => import("@/components/site/ScenarioAnchor").then((m) => m.ScenarioAnchor),
);

// The article's live words and figures.
export const LiveValue = island(
  typeof window === "undefined" ? () => (require("@/components/article/live") as Live).LiveValue : null,
  () => import("@/components/article/live").then((m) => m.LiveValue),
);
export const When = island(typeof window === "undefined" ? () => (require("@/components/article/live") as Live).When : null, () =>
  import("@/components/article/live").then((m) => m.When),
);
export const WhenRunCheaper = island(
  typeof window === "undefined" ? () => (require("@/components/article/live") as Live).WhenRunCheaper : null,
  () => import("@/components/article/live").then((m) => m.WhenRunCheaper),
);
export const LatencyFigure = island(
  typeof window === "undefined" ? () => (require("@/components/article/figures") as Figures).LatencyFigure : null,
  () => import("@/components/article/figures").then((m) => m.LatencyFigure),
);
export const CostCurvesFigure = island(
  typeof window === "undefined" ? () => (require("@/components/article/figures") as Figures).CostCurvesFigure : null,
  () => import("@/components/article/figures").then((m) => m.CostCurvesFigure),
);
export const DecisionQuiz = island(
  typeof window === "undefined" ? () => (require("@/components/article/figures") as Figures).DecisionQuiz : null,
  () => import("@/components/article/figures").then((m) => m.DecisionQuiz),
);

// The notice of a corrected link, and the panels an embed shows when its URL asks for them.
export const WarningsNotice = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/WarningsNotice") as typeof import("@/components/calculator/WarningsNotice"))
          .WarningsNotice
    : null,
  () => import("@/components/calculator/WarningsNotice").then((m) => m.WarningsNotice),
);
export const AssumptionsPanel = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/AssumptionsPanel") as typeof import("@/components/calculator/AssumptionsPanel"))
          .AssumptionsPanel
    : null,
  () => import("@/components/calculator/AssumptionsPanel").then((m) => m.AssumptionsPanel),
);
export const Presets = island(
  typeof window === "undefined"
    ? () => (require("@/components/calculator/Presets") as typeof import("@/components/calculator/Presets")).Presets
    : null,
  () => import("@/components/calculator/Presets").then((m) => m.Presets),
);
export const SharePanel = island(
  typeof window === "undefined"
    ? () => (require("@/components/calculator/SharePanel") as typeof import("@/components/calculator/SharePanel")).SharePanel
    : null,
  () => import("@/components/calculator/SharePanel").then((m) => m.SharePanel),
);
export const LatencyPanel = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/LatencyPanel") as typeof import("@/components/calculator/LatencyPanel")).LatencyPanel
    : null,
  () => import("@/components/calculator/LatencyPanel").then((m) => m.LatencyPanel),
);
export const StalenessPanel = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/LatencyPanel") as typeof import("@/components/calculator/LatencyPanel")).StalenessPanel
    : null,
  () => import("@/components/calculator/LatencyPanel").then((m) => m.StalenessPanel),
);
export const BreakdownFigure = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/BreakdownFigure") as typeof import("@/components/calculator/BreakdownFigure"))
          .BreakdownFigure
    : null,
  () => import("@/components/calculator/BreakdownFigure").then((m) => m.BreakdownFigure),
);
export const PricingControl = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/PricingControl") as typeof import("@/components/calculator/PricingControl"))
          .PricingControl
    : null,
  () => import("@/components/calculator/PricingControl").then((m) => m.PricingControl),
);
export const CheaperMapPanel = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/CheaperMapPanel") as typeof import("@/components/calculator/CheaperMapPanel"))
          .CheaperMapPanel
    : null,
  () => import("@/components/calculator/CheaperMapPanel").then((m) => m.CheaperMapPanel),
);
export const TornadoPanel = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/TornadoPanel") as typeof import("@/components/calculator/TornadoPanel")).TornadoPanel
    : null,
  () => import("@/components/calculator/TornadoPanel").then((m) => m.TornadoPanel),
);
export const ComparePanel = island(
  typeof window === "undefined"
    ? () =>
        (require("@/components/calculator/ComparePanel") as typeof import("@/components/calculator/ComparePanel")).ComparePanel
    : null,
  () => import("@/components/calculator/ComparePanel").then((m) => m.ComparePanel),
);
