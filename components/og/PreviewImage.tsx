/**
 * The 1200×630 preview image of a scenario, laid out for Satori (flexbox only, inline styles, SVG
 * for the curves). Every number comes from the model's estimate of the scenario.
 */
import { formatCorpus, formatMoneyCompact, formatMonthOrdinal, formatMonths, formatQueries, formatUpdates } from "@/lib/format";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { APPROACHES, type Estimate } from "@/lib/model";
import { PALETTE } from "@/lib/palette";
import type { Scenario } from "@/lib/scenario";
import type { Verdict } from "@/lib/verdict";

export const OG_SIZE = { width: 1200, height: 630 } as const;
const COLOURS = PALETTE.light.series;
const CHART = { width: 640, height: 290 } as const;

function curvePoints(e: Estimate, key: "rag" | "ft" | "hybrid", max: number, h: number): string {
  const x = (m: number) => (m / h) * CHART.width;
  const y = (v: number) => CHART.height - (v / max) * CHART.height;
  return [`${x(0)},${y(0)}`, ...e.series.map((p) => `${x(p.month).toFixed(1)},${y(p[key]).toFixed(1)}`)].join(" ");
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
  const max = Math.max(...estimate.series.map((p) => Math.max(p.rag, p.ft, p.hybrid))) * 1.05 || 1;
  const money = (usd: number) => formatMoneyCompact(usd, scenario, lang, 3);
  const inputs = [
    { label: t.og.queries, value: formatQueries(scenario.queriesPerDay, lang) },
    { label: t.og.updates, value: formatUpdates(scenario.updatesPerMonth, lang) },
    { label: t.og.corpus, value: formatCorpus(scenario.corpusTokens, lang) },
    { label: t.og.horizon, value: formatMonths(h, lang) },
  ];
  const be = estimate.breakEven.month;
  const beX = be === null ? null : (be / h) * CHART.width;
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
        <div style={{ display: "flex", flexDirection: "column", width: 420, paddingRight: 28 }}>
          {inputs.map((i) => (
            <div key={i.label} style={{ display: "flex", flexDirection: "column", marginBottom: 14 }}>
              <div style={{ display: "flex", fontSize: 20, color: PALETTE.light.muted }}>{i.label}</div>
              <div style={{ display: "flex", fontSize: 28, fontWeight: 700 }}>{i.value}</div>
            </div>
          ))}
        </div>
        <div style={{ display: "flex", flexDirection: "column", width: CHART.width + 60 }}>
          <div
            style={{ display: "flex", fontSize: 18, color: PALETTE.light.muted, marginBottom: 6 }}
          >{`${t.charts.cumulative} · ${money(max / 1.05)}`}</div>
          <div
            style={{
              display: "flex",
              position: "relative",
              width: CHART.width,
              height: CHART.height,
              borderLeft: "2px solid #cbd5e1",
              borderBottom: "2px solid #cbd5e1",
            }}
          >
            <svg width={CHART.width} height={CHART.height} viewBox={`0 0 ${CHART.width} ${CHART.height}`}>
              {beX !== null ? (
                <line
                  x1={beX}
                  y1={0}
                  x2={beX}
                  y2={CHART.height}
                  stroke={PALETTE.light.breakEven}
                  strokeWidth={3}
                  strokeDasharray="8 6"
                />
              ) : null}
              {APPROACHES.map((a) => (
                <polyline
                  key={a}
                  points={curvePoints(estimate, a, max, h)}
                  fill="none"
                  stroke={COLOURS[a]}
                  strokeWidth={5}
                  strokeLinejoin="round"
                />
              ))}
            </svg>
            {be !== null ? (
              <div
                style={{
                  display: "flex",
                  position: "absolute",
                  left: Math.min(beX! + 8, CHART.width - 200),
                  top: 6,
                  fontSize: 18,
                  color: PALETTE.light.breakEven,
                }}
              >
                {`${t.charts.breakEven} · ${formatMonthOrdinal(be, lang)}`}
              </div>
            ) : null}
          </div>
          <div style={{ display: "flex", marginTop: 12 }}>
            {APPROACHES.map((a) => (
              <div key={a} style={{ display: "flex", alignItems: "center", marginRight: 26, fontSize: 21 }}>
                <div style={{ width: 18, height: 18, borderRadius: 9, background: COLOURS[a], marginRight: 8 }} />
                <div style={{ display: "flex" }}>{`${t.approach[a]} ${money(estimate.approaches[a].total)}`}</div>
              </div>
            ))}
          </div>
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", borderTop: "2px solid #e2e8f0", paddingTop: 16 }}>
        <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#0c4a6e" }}>
          {t.verdict.short(verdict, h, scenario)}
        </div>
        <div style={{ display: "flex", fontSize: 20, color: "#475569", marginTop: 4 }}>{t.og.breakEven(verdict, lang)}</div>
      </div>
    </div>
  );
}
