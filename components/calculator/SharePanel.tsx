"use client";
import { useId, useState } from "react";
import { parseTheme } from "@/lib/embed";
import { embedSnippet, permalink as permalinkOf, scenarioQuery, type PageOptions } from "@/lib/links";
import { useCalculator } from "./store";
import { useStrings } from "@/components/i18n/context";

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and some embedded contexts: the selection-based copy.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

async function svgToPng(svgText: string): Promise<Blob | null> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    img.src = url;
    await img.decode();
    // Twice the SVG's size, for sharp text on high-density screens and in slides.
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = img.width * scale;
    canvas.height = img.height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) return null;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function savedTheme(): string | null {
  try {
    return localStorage.getItem("theme");
  } catch {
    return null;
  }
}

const buttonClass =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:border-sky-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900";

/** Copy the permalink or the embed code; download the chart and the numbers. */
export function SharePanel() {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const pinned = useCalculator((s) => s.pinned);
  const [status, setStatus] = useState("");
  const headingId = useId();
  // The link carries both scenarios when one is pinned, as the compare panel promises.
  const permalink = () => permalinkOf(window.location.origin, t.lang, { scenario, pinned });
  // The embed code names a theme only when the reader picked one (this embed's theme=, or the
  // site's theme toggle); without one the embed is light, as most blogs are.
  const embedCode = () => {
    const theme = new URLSearchParams(window.location.search).get("theme") ?? savedTheme();
    const options: PageOptions = theme !== null ? { theme: parseTheme(theme) } : {};
    return embedSnippet(window.location.origin, t.lang, { scenario, pinned }, `${t.siteName} · ${t.calculator.heading}`, options);
  };
  const confirm = (message: string) => {
    setStatus(message);
    setTimeout(() => setStatus((s) => (s === message ? "" : s)), 2500);
  };
  const copy = async (text: string, done: string) => confirm((await copyText(text)) ? done : t.share.copyFailed);
  // Built from the scenario, not from the page: the same picture whatever the screen or theme.
  // The export code (SVG builder, every language's words) loads on the first download, not with the page.
  const exports = () => import("@/lib/export");
  const chart = async () => (await exports()).chartSvgFile({ scenario, pinned, lang: t.lang, permalink: permalink() });
  const downloads: { id: "png" | "svg" | "csv" | "json"; blob: () => Promise<Blob | null> }[] = [
    { id: "png", blob: async () => svgToPng(await chart()) },
    { id: "svg", blob: async () => new Blob([await chart()], { type: "image/svg+xml" }) },
    { id: "csv", blob: async () => new Blob([(await exports()).seriesCsv(scenario, permalink())], { type: "text/csv" }) },
    {
      id: "json",
      // The API's answer, fetched: the browser need not carry the API's code.
      blob: async () => {
        const res = await fetch(`/api/v1/estimate?${scenarioQuery({ scenario, pinned: null })}`);
        if (!res.ok) return null;
        return new Blob([(await exports()).estimateJsonDocument(scenario, permalink(), await res.json())], {
          type: "application/json",
        });
      },
    },
  ];
  return (
    <section aria-labelledby={headingId} className="grid gap-2 print:hidden" data-testid="share">
      <h3 id={headingId} className="text-sm font-semibold">
        {t.share.heading}
      </h3>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          data-testid="copy-link"
          onClick={() => copy(permalink(), t.share.linkCopied)}
        >
          {t.share.copyLink}
        </button>
        <button
          type="button"
          className={buttonClass}
          data-testid="copy-embed"
          onClick={() => copy(embedCode(), t.share.embedCopied)}
        >
          {t.share.copyEmbed}
        </button>
        {downloads.map((d) => (
          <button
            key={d.id}
            type="button"
            className={buttonClass}
            data-testid={`download-${d.id}`}
            onClick={async () => {
              const blob = await d.blob();
              if (blob) download((await exports()).exportFileName(scenario, d.id), blob);
            }}
          >
            {d.id.toUpperCase()}
          </button>
        ))}
      </div>
      <p
        role="status"
        aria-live="polite"
        className="min-h-5 text-sm text-emerald-700 dark:text-emerald-400"
        data-testid="share-status"
      >
        {status}
      </p>
    </section>
  );
}
