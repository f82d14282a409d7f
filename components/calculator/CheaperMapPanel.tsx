"use client";
/**
 * Where each approach wins: a canvas of the cheapest approach over query volume × update
 * frequency, the break-even boundary and the current scenario. Hover or focus a cell for its
 * numbers; click it, or press Enter on it, to move the scenario there.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";
import { useStrings } from "@/components/i18n/context";
import { MAP_CORPUS_MAX, MAP_CORPUS_MIN, MAP_Q_MAX, MAP_Q_MIN } from "@/lib/cheaper-map";
import { compactNumber, formatCorpus, formatMoney, formatQueries, formatUpdates } from "@/lib/format";
import { format } from "@/lib/i18n/format";
import { ALL_APPROACHES, APPROACHES, totalsAtHorizon, type AnyApproach } from "@/lib/model";
import { CSS_VAR, cssVar, PALETTE, type Palette } from "@/lib/palette";
import { nearestOnLogScale, nearestUpdateStop } from "@/lib/scales";
import { useCheaperMap, useCorpusMap } from "./more-derived";
import { derive, useCalculator, useDeferredScenario } from "./store";
import { lcMissingLine, mapCell, mapCellCorpus } from "@/lib/i18n/text";

const ROW_HEIGHT = 18;
/** The palette's map colours for the page's theme (light tints, or muted darks in dark mode). */
function mapColours(): Palette {
  return PALETTE[document.documentElement.classList.contains("dark") ? "dark" : "light"];
}
const CELL_VAR = {
  rag: cssVar(CSS_VAR.mapCells.rag),
  ft: cssVar(CSS_VAR.mapCells.ft),
  hybrid: cssVar(CSS_VAR.mapCells.hybrid),
  lc: cssVar(CSS_VAR.mapCells.lc),
} as const;

/** A counter that moves when the page switches between light and dark, so the canvas redraws. */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const observer = new MutationObserver(() => setVersion((v) => v + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);
  return version;
}
const DECADES = [10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
const LABELLED_ROWS = new Set([0, 1, 3, 5, 7, 10, 14]);
/** v3's second map labels its knowledge-base rows at each decade (four rows a decade). */
const LABELLED_CORPUS_ROWS = new Set([0, 4, 8, 12, 16]);

const logX = (q: number, width: number) =>
  ((Math.log10(q) - Math.log10(MAP_Q_MIN)) / (Math.log10(MAP_Q_MAX) - Math.log10(MAP_Q_MIN))) * width;

export function CheaperMapPanel() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useDeferredScenario();
  const replaceScenario = useCalculator((s) => s.replaceScenario);
  const v3 = scenario.version >= 3;
  // v3 adds a second map, over knowledge-base size, where long context's window shows as a line.
  const [byCorpus, setByCorpus] = useState(true);
  const corpusAxis = v3 && byCorpus;
  const lcMissing = derive(scenario).verdict.lcMissing;
  const updatesMap = useCheaperMap();
  const corpusMap = useCorpusMap();
  const map = useMemo(
    () =>
      corpusAxis && corpusMap
        ? { ...corpusMap, rowValues: corpusMap.corpusTokens, boundary: null }
        : { ...updatesMap, rowValues: updatesMap.updatesPerMonth, window: null },
    [corpusAxis, corpusMap, updatesMap],
  );
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [cell, setCell] = useState<{ row: number; col: number } | null>(null);
  const [keyboardFocus, setKeyboardFocus] = useState(false);
  const describedBy = useId();
  const rows = map.rowValues.length;
  const cols = map.queriesPerDay.length;
  const height = rows * ROW_HEIGHT;
  const currentRow = corpusAxis
    ? nearestOnLogScale(map.rowValues, Math.min(MAP_CORPUS_MAX, Math.max(MAP_CORPUS_MIN, scenario.corpusTokens)))
    : nearestUpdateStop(scenario.updatesPerMonth);
  const rowLabel = (v: number) => (corpusAxis ? compactNumber(v, lang) : formatUpdates(v, lang));
  const labelled = corpusAxis ? LABELLED_CORPUS_ROWS : LABELLED_ROWS;
  // The window's line: the largest base long context fits, placed on the rows' log scale.
  const windowRow =
    map.window !== null && map.window >= MAP_CORPUS_MIN && map.window <= MAP_CORPUS_MAX
      ? ((Math.log10(map.window) - Math.log10(MAP_CORPUS_MIN)) / (Math.log10(MAP_CORPUS_MAX) - Math.log10(MAP_CORPUS_MIN))) *
        (rows - 1)
      : null;
  const themeVersion = useThemeVersion();

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = width * dpr;
    canvas.height = height * dpr;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const colours = mapColours();
    const cellW = width / cols;
    // Row 0 (never) at the bottom, hourly at the top.
    const y = (row: number) => height - (row + 1) * ROW_HEIGHT;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        ctx.fillStyle = colours.mapCells[map.cells[r]![c]!];
        // Overlap by a pixel so no seam shows between cells.
        ctx.fillRect(Math.floor(c * cellW), y(r), Math.ceil(cellW) + 1, ROW_HEIGHT + 1);
      }
    }
    // The break-even boundary: where RAG and fine-tuning cost the same, row by row.
    ctx.strokeStyle = colours.mapBoundary;
    ctx.lineWidth = 2.5;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    let drawing = false;
    (map.boundary ?? []).forEach((q, r) => {
      if (q === null || q < MAP_Q_MIN || q > MAP_Q_MAX) {
        drawing = false;
        return;
      }
      const px = logX(q, width);
      const py = y(r) + ROW_HEIGHT / 2;
      if (drawing) ctx.lineTo(px, py);
      else ctx.moveTo(px, py);
      drawing = true;
    });
    ctx.stroke();
    ctx.setLineDash([]);
    // v3: long context's window, a solid line across (it fits below it at any volume).
    if (windowRow !== null) {
      const wy = height - (windowRow + 0.5) * ROW_HEIGHT;
      ctx.strokeStyle = colours.mapBoundary;
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.moveTo(0, wy);
      ctx.lineTo(width, wy);
      ctx.stroke();
    }
    // The current scenario.
    const cx = logX(Math.min(MAP_Q_MAX, Math.max(MAP_Q_MIN, scenario.queriesPerDay)), width);
    const cy = y(currentRow) + ROW_HEIGHT / 2;
    ctx.beginPath();
    ctx.arc(cx, cy, 6, 0, Math.PI * 2);
    ctx.fillStyle = colours.mapMarker;
    ctx.fill();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = colours.mapMarkerRing;
    ctx.stroke();
    if (cell) {
      ctx.strokeStyle = colours.mapMarker;
      ctx.lineWidth = 2;
      ctx.strokeRect(cell.col * cellW + 1, y(cell.row) + 1, cellW - 2, ROW_HEIGHT - 2);
    }
  }, [map, width, height, rows, cols, scenario.queriesPerDay, currentRow, cell, themeVersion, windowRow]);

  const cellAt = (e: PointerEvent<HTMLCanvasElement> | MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const col = Math.min(cols - 1, Math.max(0, Math.floor(((e.clientX - rect.left) / rect.width) * cols)));
    const row = Math.min(rows - 1, Math.max(0, rows - 1 - Math.floor(((e.clientY - rect.top) / rect.height) * rows)));
    return { row, col };
  };
  const moveTo = (c: { row: number; col: number }) =>
    replaceScenario({
      ...scenario,
      queriesPerDay: map.queriesPerDay[c.col]!,
      ...(corpusAxis ? { corpusTokens: map.rowValues[c.row]! } : { updatesPerMonth: map.rowValues[c.row]! }),
    });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = cell ?? { row: currentRow, col: 0 };
    const step: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [1, 0],
      ArrowDown: [-1, 0],
    };
    if (step[e.key]) {
      e.preventDefault();
      const [dr, dc] = step[e.key]!;
      setCell({ row: Math.min(rows - 1, Math.max(0, from.row + dr)), col: Math.min(cols - 1, Math.max(0, from.col + dc)) });
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      if (cell) moveTo(cell);
    }
  };

  let description = "";
  if (cell) {
    const q = map.queriesPerDay[cell.col]!;
    const row = map.rowValues[cell.row]!;
    const at = corpusAxis
      ? { ...scenario, queriesPerDay: q, corpusTokens: row }
      : { ...scenario, queriesPerDay: q, updatesPerMonth: row };
    const totals = totalsAtHorizon(at);
    const cheapest: AnyApproach = map.cells[cell.row]![cell.col]!;
    const where = corpusAxis
      ? mapCellCorpus(t, t.approach[cheapest], formatQueries(q, lang), formatCorpus(row, lang))
      : mapCell(t, t.approach[cheapest], formatQueries(q, lang), formatUpdates(row, lang));
    description = `${where} · ${ALL_APPROACHES.filter((a) => totals[a] !== undefined)
      .map((a) => `${t.approach[a]} ${formatMoney(totals[a]!, scenario, lang)}`)
      .join(" · ")}`;
  }

  return (
    <section className="grid gap-2 rounded-xl border border-slate-200 p-3 dark:border-slate-800" data-testid="cheaper-map">
      <h3 className="text-sm font-semibold">{t.map.heading}</h3>
      {v3 ? (
        <fieldset className="flex flex-wrap gap-x-3 gap-y-1 text-xs" data-testid="cheaper-map-axis">
          <legend className="sr-only">{t.map.axis}</legend>
          {(
            [
              [true, t.map.byCorpus],
              [false, t.map.byUpdates],
            ] as const
          ).map(([value, label]) => (
            <label key={label} className="tap flex cursor-pointer items-center gap-1.5">
              <input
                type="radio"
                name={`${describedBy}-axis`}
                checked={byCorpus === value}
                onChange={() => {
                  setByCorpus(value);
                  setCell(null);
                }}
                className="accent-sky-600"
              />
              {label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="text-xs text-slate-500 dark:text-slate-400">{corpusAxis ? t.map.helpCorpus : t.map.help}</p>
      <div className="flex gap-2">
        <div
          className="relative w-16 shrink-0 text-right text-[0.65rem] text-slate-500 dark:text-slate-400"
          style={{ height }}
          aria-hidden
        >
          {map.rowValues.map((u, r) =>
            labelled.has(r) ? (
              <span
                key={r}
                className="absolute right-0 leading-none"
                style={{ top: height - (r + 1) * ROW_HEIGHT + ROW_HEIGHT / 2 - 5 }}
              >
                {rowLabel(u)}
              </span>
            ) : null,
          )}
        </div>
        <div className="min-w-0 flex-1">
          <div
            ref={wrapRef}
            role="application"
            tabIndex={0}
            aria-label={`${t.map.heading}. ${t.map.keyboard}`}
            aria-describedby={describedBy}
            onKeyDown={onKeyDown}
            onFocus={() => {
              setKeyboardFocus(true);
              setCell((c) => c ?? { row: currentRow, col: nearestOnLogScale(map.queriesPerDay, scenario.queriesPerDay) });
            }}
            onBlur={() => setKeyboardFocus(false)}
            className="rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
            data-testid="cheaper-map-grid"
          >
            <canvas
              ref={canvasRef}
              style={{ width: "100%", height, display: "block", cursor: "pointer", touchAction: "manipulation" }}
              onPointerMove={(e) => setCell(cellAt(e))}
              onPointerLeave={() => !keyboardFocus && setCell(null)}
              onClick={(e) => moveTo(cellAt(e))}
              data-testid="cheaper-map-canvas"
            />
          </div>
          <div className="relative mt-1 h-4 text-[0.65rem] text-slate-500 dark:text-slate-400" aria-hidden>
            {DECADES.filter((_, i) => width >= 420 || i % 2 === 0).map((q) => (
              <span
                key={q}
                className="absolute -translate-x-1/2 whitespace-nowrap"
                style={{ left: `${(logX(q, 1) * 100).toFixed(2)}%` }}
              >
                {formatQueries(q, lang).replace(/\s*(次\/天|\/ day)$/, "")}
              </span>
            ))}
          </div>
          <p className="mt-1 text-center text-[0.7rem] text-slate-500 dark:text-slate-400">{t.map.queries}</p>
        </div>
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {(map.cells.some((r) => r.includes("lc")) ? ALL_APPROACHES : APPROACHES).map((a) => (
          <span key={a} className="flex items-center gap-1">
            <span className="inline-block size-3 rounded-sm" style={{ background: CELL_VAR[a] }} aria-hidden />
            {t.approach[a]}
          </span>
        ))}
        {corpusAxis ? (
          windowRow !== null ? (
            <span className="flex items-center gap-1" data-testid="cheaper-map-window">
              <span className="inline-block w-4 border-t-2" style={{ borderColor: cssVar(CSS_VAR.mapBoundary) }} aria-hidden />
              {format(t.map.window, { max: formatCorpus(map.window!, lang) })}
            </span>
          ) : null
        ) : (
          <span className="flex items-center gap-1">
            <span
              className="inline-block w-4 border-t-2 border-dashed"
              style={{ borderColor: cssVar(CSS_VAR.mapBoundary) }}
              aria-hidden
            />
            {t.map.boundary}
          </span>
        )}
        <span className="flex items-center gap-1">
          <span
            className="inline-block size-3 rounded-full border-2 ring-1 ring-slate-400"
            style={{ background: cssVar(CSS_VAR.mapMarker), borderColor: cssVar(CSS_VAR.mapMarkerRing) }}
            aria-hidden
          />
          {t.map.current}
        </span>
      </p>
      {corpusAxis && windowRow === null && lcMissing ? (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="cheaper-map-no-window">
          {lcMissingLine(t, lcMissing)}
        </p>
      ) : null}
      <p
        id={describedBy}
        aria-live="polite"
        className="min-h-8 text-xs text-slate-700 dark:text-slate-300"
        data-testid="cheaper-map-cell"
      >
        {description}
      </p>
    </section>
  );
}
