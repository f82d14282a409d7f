import type { MDXComponents } from "mdx/types";
import type { ComponentProps, ReactNode } from "react";
import { STRINGS } from "@/lib/i18n";
import { PAGES_READ_V3 } from "@/lib/versions";
import type { Lang } from "@/lib/i18n-text";
import {
  CostCurvesFigure,
  DecisionQuiz,
  LatencyFigure,
  LiveValue,
  ScenarioAnchor,
  When,
  WhenRunCheaper,
} from "@/components/islands";

/**
 * An editor's note: our addition or correction, visibly apart from the adapted text. A named note
 * (role "note"), not a complementary landmark: it belongs to the article's flow.
 */
function EditorNote({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = STRINGS[lang].article;
  return (
    <aside
      role="note"
      aria-label={t.editorNote}
      className="editor-note my-6 rounded-r-lg border-l-4 border-amber-500 bg-amber-50 px-4 py-1 dark:bg-amber-950/30"
      data-testid="editor-note"
    >
      <p className="!mb-0 text-xs font-semibold tracking-wide text-amber-800 dark:text-amber-300">
        {t.editorNote} <span className="font-normal text-amber-800 dark:text-amber-200">· {t.editorNoteHint}</span>
      </p>
      {children}
    </aside>
  );
}

/**
 * A wide table scrolls inside its own box on phones instead of widening the page; the box is a
 * focusable region (keyboard scrolling) named by the heading it belongs to (`labelledBy`, an id).
 */
function TableRegion({ lang, labelledBy, children }: { lang: Lang; labelledBy?: string; children: ReactNode }) {
  const name = labelledBy ? { "aria-labelledby": labelledBy } : { "aria-label": STRINGS[lang].article.table };
  return (
    <div className="-mx-1 overflow-x-auto px-1" tabIndex={0} role="region" {...name} data-testid="article-table">
      {children}
    </div>
  );
}

/** The components our MDX content may use, in the page's language. */
export function articleComponents(lang: Lang): MDXComponents {
  return {
    EditorNote: ({ children }: { children: ReactNode }) => <EditorNote lang={lang}>{children}</EditorNote>,
    LatencyFigure,
    CostCurvesFigure,
    DecisionQuiz,
    // Text true before, or once, the pages read model v3 (lib/versions.ts): the release switch, not the scenario.
    PagesBeforeV3: ({ children }: { children: ReactNode }) => (PAGES_READ_V3 ? null : <>{children}</>),
    PagesV3: ({ children }: { children: ReactNode }) => (PAGES_READ_V3 ? <>{children}</> : null),
    // Numbers and sentences that follow the reader's scenario (see live.tsx).
    LiveValue,
    When,
    WhenRunCheaper,
    // Each table in the content sits in a <TableRegion labelledBy="its heading's id">.
    TableRegion: ({ labelledBy, children }: { labelledBy?: string; children: ReactNode }) => (
      <TableRegion lang={lang} labelledBy={labelledBy}>
        {children}
      </TableRegion>
    ),
    // Links out open a new tab; links to our own pages carry the reader's scenario.
    a: (props: ComponentProps<"a">) =>
      props.href?.startsWith("http") ? (
        <a {...props} target="_blank" rel="noreferrer" />
      ) : props.href?.startsWith("/") ? (
        <ScenarioAnchor {...props} />
      ) : (
        <a {...props} />
      ),
  };
}
