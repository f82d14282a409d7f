/**
 * The 1200×630 preview image of a scenario, laid out for Satori (flexbox only, inline styles). The
 * chart is the page's chart: the same description (lib/chart-spec.ts), its plot drawn by
 * lib/chart-svg.ts into an image, its tick labels and break-even label set as Satori text (text
 * inside an embedded SVG would be drawn with the host's system fonts, not the CJK fonts we ship).
 * Every number comes from the model's estimate of the scenario.
 */
import { chartOfEstimate, fraction } from "@/lib/chart-spec";
import { plotMarkup } from "@/lib/chart-svg";
import { formatCorpus, formatMoneyCompact, formatMonthOrdinal, formatMonths, formatQueries, formatUpdates } from "@/lib/format";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { ALL_APPROACHES, type Estimate } from "@/lib/model";
import { PALETTE } from "@/lib/palette";
import type { Scenario } from "@/lib/scenario";
import type { Verdict } from "@/lib/verdict";
import { ogBreakEven, verdictShort } from "@/lib/i18n/text";

export const OG_SIZE = { width: 1200, height: 630 } as const;
const P = PALETTE.light;
const COLOURS = P.series;
/** The plot's box, the tick labels' column left of it and their row under it. */
const PLOT = { width: 580, height: 250, top: 14, labels: 84, below: 30 } as const;
const TICK_FONT = 17;

/** The plot (grid, lines, break-even marker) as an SVG image: lines twice as thick as on the page, for a thumbnail. */
export function plotImage(chart: ReturnType<typeof chartOfEstimate>): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PLOT.width}" height="${PLOT.height}" viewBox="0 0 ${PLOT.width} ${PLOT.height}" overflow="visible">${plotMarkup(
    chart,
    P,
    PLOT.width,
    PLOT.height,
    { strokeScale: 2 },
  )}</svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

export function PreviewImage({
  lang,
  scenario,
  estimate,
  verdict,
  fontFamily,
}: {
  lang: Lang;
  scenario: Scenario;
  estimate: Estimate;
  verdict: Verdict;
  fontFamily: string;
}) {
  const t = STRINGS[lang];
  const h = scenario.horizonMonths;
  const chart = chartOfEstimate({ estimate, money: scenario, horizonMonths: h, words: t, colours: COLOURS });
  const money = (usd: number) => formatMoneyCompact(usd, scenario, lang, 3);
  const inputs = [
    { label: t.og.queries, value: formatQueries(scenario.queriesPerDay, lang) },
    { label: t.og.updates, value: formatUpdates(scenario.updatesPerMonth, lang) },
    { label: t.og.corpus, value: formatCorpus(scenario.corpusTokens, lang) },
    { label: t.og.horizon, value: formatMonths(h, lang) },
  ];
  // Every approach that exists (v3: long context where it fits); four legends in a smaller type.
  const shown = ALL_APPROACHES.filter((a) => estimate.approaches[a] !== undefined);
  const four = shown.length > 3;
  const be = chart.breakEven;
  const beX = be === null ? 0 : fraction(chart.x, be.month) * PLOT.width;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        fontFamily,
        color: "#0f172a",
        padding: "36px 56px 32px",
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline" }}>
        <div style={{ display: "flex", fontSize: 46, fontWeight: 700 }}>{t.siteName}</div>
        <div style={{ display: "flex", fontSize: 22, color: PALETTE.light.muted }}>{t.siteTagline}</div>
      </div>
      <div style={{ display: "flex", marginTop: 20, flexGrow: 1 }}>
        <div style={{ display: "flex", flexDirection: "column", width: 420, paddingRight: 24 }}>
          {inputs.map((i) => (
            <div key={i.label} style={{ display: "flex", flexDirection: "column", marginBottom: 14 }}>
              <div style={{ display: "flex", fontSize: 20, color: PALETTE.light.muted }}>{i.label}</div>
              <div style={{ display: "flex", fontSize: 28, fontWeight: 700 }}>{i.value}</div>
            </div>
          ))}
        </div>
        <div style={{ display: "flex", flexDirection: "column", width: PLOT.labels + PLOT.width }}>
          <div style={{ display: "flex", fontSize: 18, color: P.muted }}>{t.charts.cumulative}</div>
          <div
            style={{
              display: "flex",
              position: "relative",
              width: PLOT.labels + PLOT.width,
              height: PLOT.top + PLOT.height + PLOT.below,
              fontSize: TICK_FONT,
              color: P.muted,
            }}
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image */}
            <img
              src={plotImage(chart)}
              width={PLOT.width}
              height={PLOT.height}
              alt=""
              style={{ position: "absolute", left: PLOT.labels, top: PLOT.top }}
            />
            {chart.y.ticks.map((v, i) => (
              <div
                key={`y${v}`}
                style={{
                  display: "flex",
                  position: "absolute",
                  right: PLOT.width + 10,
                  top: PLOT.top + (1 - fraction(chart.y, v)) * PLOT.height - TICK_FONT * 0.62,
                }}
              >
                {chart.yLabels[i]}
              </div>
            ))}
            {chart.x.ticks.map((v, i) => (
              <div
                key={`x${v}`}
                style={{
                  display: "flex",
                  justifyContent: "center",
                  position: "absolute",
                  width: 60,
                  left: PLOT.labels + fraction(chart.x, v) * PLOT.width - 30,
                  top: PLOT.top + PLOT.height + 6,
                }}
              >
                {chart.xLabels[i]}
              </div>
            ))}
            {be !== null ? (
              <div
                style={{
                  display: "flex",
                  position: "absolute",
                  ...(be.side === "start" ? { left: PLOT.labels + beX + 10 } : { right: PLOT.width - beX + 10 }),
                  top: PLOT.top + 4,
                  fontSize: 18,
                  color: P.breakEven,
                }}
              >
                {`${be.label} · ${formatMonthOrdinal(be.month, lang)}`}
              </div>
            ) : null}
          </div>
          <div style={{ display: "flex", marginTop: 12 }}>
            {shown.map((a) => (
              <div
                key={a}
                style={{ display: "flex", alignItems: "center", marginRight: four ? 16 : 26, fontSize: four ? 18 : 21 }}
              >
                <div style={{ width: 18, height: 18, borderRadius: 9, background: COLOURS[a], marginRight: 8 }} />
                <div style={{ display: "flex" }}>{`${t.approach[a]} ${money(estimate.approaches[a]!.total)}`}</div>
              </div>
            ))}
          </div>
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", borderTop: "2px solid #e2e8f0", paddingTop: 16 }}>
        <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#0c4a6e" }}>
          {verdictShort(t, verdict, h, scenario)}
        </div>
        <div style={{ display: "flex", fontSize: 20, color: "#475569", marginTop: 4 }}>{ogBreakEven(t, verdict)}</div>
      </div>
    </div>
  );
}
