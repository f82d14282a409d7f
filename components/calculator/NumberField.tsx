"use client";
import { useState, type InputHTMLAttributes } from "react";
import { parseNumber } from "@/lib/scenario";

/**
 * A typed number input that commits on Enter or blur. While focused it keeps what the reader
 * types; otherwise it shows the current value.
 */
export function NumberField({
  value,
  onCommit,
  ...rest
}: { value: number; onCommit: (n: number) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const n = parseNumber(draft);
    if (Number.isFinite(n)) onCommit(n);
    setDraft(null);
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      {...rest}
      value={draft ?? String(value)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setDraft(null);
      }}
      className={`w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-right font-mono text-sm tabular-nums text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${rest.className ?? ""}`}
    />
  );
}
