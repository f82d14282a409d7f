/**
 * The one palette: every chart, the cheaper map, the preview image, the tables' swatches and the
 * exports take their colours from here. Derived from Okabe & Ito's colour-blind-safe set (blue,
 * vermillion, reddish purple, bluish green), darkened for white and lightened for the dark page so
 * that text in a series colour reads at ≥ 4.5:1 and lines at ≥ 3:1 (palette.test.ts measures it).
 * Hex only: exported SVG must not depend on lab()/oklch().
 */
import type { AnyApproach } from "./model";

export type Theme = "light" | "dark";

export interface Palette {
  /** Page background the colours are measured against (and the exports' background). */
  background: string;
  /** Panels drawn on the page (a slightly different background, also measured). */
  surface: string;
  ink: string;
  /** Axis labels, captions. */
  muted: string;
  grid: string;
  axis: string;
  /** Approach lines, legend text and swatches. The pinned scenario reuses them, dashed. */
  series: Record<AnyApproach, string>;
  /** The breakdown's two stacks. */
  upfront: string;
  ongoing: string;
  /** The break-even marker (neutral, so it is not mistaken for a series). */
  breakEven: string;
  /** Tornado: an assumption at its optimistic end, and at its pessimistic end. */
  optimistic: string;
  pessimistic: string;
  /** The cheaper map's cells (fills: no text sits on them), its boundary and the current-scenario marker. */
  mapCells: Record<AnyApproach, string>;
  mapBoundary: string;
  mapMarker: string;
  mapMarkerRing: string;
}

export const PALETTE: Record<Theme, Palette> = {
  light: {
    background: "#ffffff",
    surface: "#f8fafc",
    ink: "#0f172a",
    muted: "#475569",
    grid: "#e2e8f0",
    axis: "#94a3b8",
    series: { rag: "#0072b2", ft: "#b84e00", hybrid: "#a8457f", lc: "#007a62" },
    upfront: "#475569",
    ongoing: "#00785a",
    breakEven: "#334155",
    optimistic: "#117733",
    pessimistic: "#882255",
    mapCells: { rag: "#8fcbef", ft: "#f2be4f", hybrid: "#dda3c4", lc: "#93dcc5" },
    mapBoundary: "#1e293b",
    mapMarker: "#0f172a",
    mapMarkerRing: "#ffffff",
  },
  dark: {
    background: "#020617",
    surface: "#0f172a",
    ink: "#f1f5f9",
    muted: "#94a3b8",
    grid: "#1e293b",
    axis: "#475569",
    series: { rag: "#56b4e9", ft: "#e69f00", hybrid: "#e08dbd", lc: "#3fcfa7" },
    upfront: "#cbd5e1",
    ongoing: "#2bc598",
    breakEven: "#cbd5e1",
    optimistic: "#44bb99",
    pessimistic: "#ee99aa",
    mapCells: { rag: "#215a7c", ft: "#7a4f00", hybrid: "#6e3557", lc: "#1c5c4c" },
    mapBoundary: "#e2e8f0",
    mapMarker: "#f8fafc",
    mapMarkerRing: "#020617",
  },
};

/** How opaque an uncertainty band is over its series colour. */
export const BAND_OPACITY = 0.16;
/** Dash pattern of the pinned scenario's lines (and its legend swatches). */
export const PINNED_DASH = "5 4";

/** CSS custom property names for themed DOM use (the same values, light and dark). */
export const CSS_VAR = {
  series: { rag: "--chart-rag", ft: "--chart-ft", hybrid: "--chart-hybrid", lc: "--chart-lc" },
  upfront: "--chart-upfront",
  ongoing: "--chart-ongoing",
  breakEven: "--chart-break-even",
  optimistic: "--chart-optimistic",
  pessimistic: "--chart-pessimistic",
  ink: "--chart-ink",
  muted: "--chart-muted",
  grid: "--chart-grid",
  axis: "--chart-axis",
  mapCells: { rag: "--map-rag", ft: "--map-ft", hybrid: "--map-hybrid", lc: "--map-lc" },
  mapBoundary: "--map-boundary",
  mapMarker: "--map-marker",
  mapMarkerRing: "--map-marker-ring",
} as const;

/** `var(--chart-rag)` and so on, for style and presentation attributes. */
export const cssVar = (name: string) => `var(${name})`;
export const SERIES_VAR: Record<AnyApproach, string> = {
  rag: cssVar(CSS_VAR.series.rag),
  ft: cssVar(CSS_VAR.series.ft),
  hybrid: cssVar(CSS_VAR.series.hybrid),
  lc: cssVar(CSS_VAR.series.lc),
};

function declarations(p: Palette): string[] {
  const d: string[] = [];
  for (const a of ["rag", "ft", "hybrid", "lc"] as const) d.push(`${CSS_VAR.series[a]}: ${p.series[a]};`);
  for (const a of ["rag", "ft", "hybrid", "lc"] as const) d.push(`${CSS_VAR.mapCells[a]}: ${p.mapCells[a]};`);
  for (const k of [
    "upfront",
    "ongoing",
    "breakEven",
    "optimistic",
    "pessimistic",
    "ink",
    "muted",
    "grid",
    "axis",
    "mapBoundary",
    "mapMarker",
    "mapMarkerRing",
  ] as const) {
    d.push(`${CSS_VAR[k]}: ${p[k]};`);
  }
  return d;
}

/** The CSS block app/globals.css carries between its palette markers (palette.test.ts keeps them equal). */
export function paletteCss(): string {
  return [
    ":root {",
    ...declarations(PALETTE.light).map((l) => `  ${l}`),
    "}",
    ":root.dark {",
    ...declarations(PALETTE.dark).map((l) => `  ${l}`),
    "}",
  ].join("\n");
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
