"use client";
import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode, type RefObject } from "react";
import { compactNumber, formatPlain } from "@/lib/format";
import {
  fitToRange,
  parseQuantity,
  type Adjustment,
  type Conversion,
  type QuantityError,
  type QuantityKind,
} from "@/lib/quantity";
import { useStrings } from "@/components/i18n/context";
import { format } from "@/lib/i18n/format";
import { inputAdjusted, inputConverted, inputProblem } from "@/lib/i18n/text";

/**
 * What the reader did to a control before its code arrived, taken up once it has: the server's HTML
 * is a plain form, so a slider dragged, a radio tapped or a value typed before hydration is in the
 * DOM (React leaves a hydrated input's value and checked state as it finds them). `rendered` is what
 * the server put there; `takeUp` gets the element when the reader changed it.
 */
export function useTakeUp<E extends HTMLInputElement | HTMLSelectElement>(
  rendered: string | boolean,
  takeUp: (el: E) => void,
): RefObject<E | null> {
  const ref = useRef<E>(null);
  const first = useRef({ rendered, takeUp });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { rendered, takeUp } = first.current;
    const now = typeof rendered === "boolean" && el instanceof HTMLInputElement ? el.checked : el.value;
    if (now !== rendered) takeUp(el);
  }, []);
  return ref;
}

export interface NumberRange {
  min: number;
  max: number;
  integer?: boolean;
}

/** What the field last had to say: why it could not use the text, or what it did with it. */
type Status =
  | { type: "error"; reason: QuantityError; given: string; base: number }
  | { type: "done"; given: string; conversion?: Conversion; converted?: number; adjusted: Adjustment; base: number };

const cut = (s: string) => (s.length > 32 ? `${s.slice(0, 31)}…` : s);

/**
 * A typed number input in people's units ("20k", "2万", "5 GB" for the knowledge-base size). It
 * commits on Enter or blur; the value is clamped to `range`. Nothing happens silently:
 * - text it cannot read sets aria-invalid and a message says why. On Enter the text stays for
 *   correcting; on blur (or Esc) the field goes back to the value in use, and the message stays,
 *   saying which value that is, until the next edit;
 * - a clamped, rounded or converted value is shown in the field and announced in a polite live
 *   region (the conversion names its factor).
 * The message sits wherever the caller puts `message` (under the whole row, say).
 */
export function useNumberField({
  value,
  onCommit,
  range,
  kind = "number",
  name,
}: {
  value: number;
  onCommit: (n: number) => void;
  range: NumberRange;
  kind?: QuantityKind;
  /** The field's name in the calculator's form: its key in the permalink (lib/form.ts). */
  name?: string;
}) {
  const t = useStrings();
  const lang = t.lang;
  const s = t.calculator.input;
  const messageId = useId();
  // Text being typed, and the value it was typed over: when the value changes from elsewhere (a
  // slider, a preset) the draft and the message about it no longer apply.
  const [draft, setDraft] = useState<{ text: string; base: number } | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const liveDraft = draft && draft.base === value ? draft.text : null;
  const liveStatus = status && status.base === value ? status : null;
  const invalid = liveStatus?.type === "error" && liveDraft !== null;

  // The field itself says what to commit: text typed before the code arrived can reach Enter or
  // blur before the take-up below has turned it into a draft (a key pressed mid-hydration is
  // handled by the handlers just hydrated). The state's draft and the field agree otherwise.
  const commit = (el: HTMLInputElement, leaving: boolean) => {
    if (liveDraft !== null || el.value !== String(value)) apply(el.value, leaving);
  };
  const apply = (text: string, leaving: boolean) => {
    const given = text.trim();
    const r = parseQuantity(text, kind);
    if (!r.ok) {
      setStatus({ type: "error", reason: r.reason, given: cut(given), base: value });
      if (leaving) setDraft(null);
      return;
    }
    const fit = fitToRange(r.value, range);
    setDraft(null);
    const quiet = !r.note && !fit.adjusted;
    setStatus(
      quiet
        ? null
        : { type: "done", given: cut(given), conversion: r.note, converted: r.value, adjusted: fit.adjusted, base: fit.value },
    );
    if (fit.value !== value) onCommit(fit.value);
  };

  let text: ReactNode = null;
  if (liveStatus?.type === "error") {
    text = inputProblem(t, liveStatus.reason, liveStatus.given, formatPlain(value, lang), kind === "corpus");
  } else if (liveStatus?.type === "done") {
    const parts: string[] = [];
    const c = liveStatus.conversion;
    if (c) {
      parts.push(inputConverted(t, c, liveStatus.converted!));
      if (c.from === "bytes") parts.push(format(s.pdf, { size: `${formatPlain(c.amount, lang)} ${c.unit}` }));
    }
    if (liveStatus.adjusted) {
      const given = c ? `${compactNumber(liveStatus.converted!, lang)} tokens` : liveStatus.given;
      parts.push(inputAdjusted(t, liveStatus.adjusted, given, formatPlain(liveStatus.base, lang)));
    }
    text = parts.join(lang === "zh" ? "" : " ");
  }

  // Typed before the code arrived: still being typed (focused) stays a draft, else it is committed.
  const ref = useTakeUp<HTMLInputElement>(String(value), (el) => {
    if (document.activeElement === el) setDraft({ text: el.value, base: value });
    else apply(el.value, true);
  });

  const inputProps: InputHTMLAttributes<HTMLInputElement> & { ref: RefObject<HTMLInputElement | null> } = {
    ref,
    name,
    type: "text",
    inputMode: kind === "corpus" ? "text" : "decimal",
    autoComplete: "off",
    spellCheck: false,
    value: liveDraft ?? String(value),
    "aria-invalid": invalid ? true : undefined,
    "aria-describedby": text ? messageId : undefined,
    onChange: (e) => {
      setDraft({ text: e.target.value, base: value });
      // Once corrected, the complaint goes; a new one waits for Enter or blur.
      if (liveStatus?.type === "error" && parseQuantity(e.target.value, kind).ok) setStatus(null);
      else if (liveStatus?.type === "done") setStatus(null);
    },
    onBlur: (e) => commit(e.currentTarget, true),
    onKeyDown: (e) => {
      if (e.key === "Enter") {
        // The form's own submission is for readers without the code (lib/form.ts); here the field commits.
        e.preventDefault();
        commit(e.currentTarget, false);
      }
      if (e.key === "Escape") {
        setDraft(null);
        setStatus(null);
      }
    },
  };

  const message = (
    <p
      id={messageId}
      aria-live="polite"
      data-testid="field-message"
      data-kind={liveStatus?.type}
      className={`text-xs leading-snug ${
        invalid
          ? "font-medium text-red-700 dark:text-red-300"
          : liveStatus?.type === "error"
            ? "text-amber-800 dark:text-amber-200"
            : "text-slate-600 dark:text-slate-300"
      }`}
    >
      {text}
    </p>
  );
  return { inputProps, message, invalid };
}

export const numberInputClass =
  "tap w-full min-w-0 rounded-md border bg-white px-2 py-1 text-right font-mono text-sm tabular-nums text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-invalid:border-red-400 dark:aria-invalid:ring-red-400 border-slate-300 dark:border-slate-600";

/** A number input with its message under it (for callers that do not place the message themselves). */
export function NumberField({
  value,
  onCommit,
  range,
  kind,
  className,
  ...rest
}: { value: number; onCommit: (n: number) => void; range: NumberRange; kind?: QuantityKind } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "value" | "onChange" | "onBlur" | "onKeyDown"
>) {
  const f = useNumberField({ value, onCommit, range, kind });
  return (
    <span className="grid gap-1">
      <input {...rest} {...f.inputProps} className={`${numberInputClass} ${className ?? ""}`} />
      {f.message}
    </span>
  );
}
