"use client";
import { createElement, use, useEffect, useRef, type ComponentType, type ReactElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import type { StringsProviderType } from "@/components/i18n/context";
import { loadStringsProvider, serverStringsProviders } from "@/components/i18n/providers";
import type { Lang } from "@/lib/i18n-text";
import { whenActive } from "./activation";

/** Inline style of the gate's box: it takes no part in the layout. */
const CONTENTS = { display: "contents" } as const;

let gates = 0;
let live = 0;

/**
 * Server HTML now, the interactive component later. The server renders the component in full (the
 * HTML a reader without JavaScript gets, too). The browser leaves that HTML as it is, with none of
 * the component's code fetched, until the page is active (activation.ts); then it loads the module
 * and hydrates the HTML in place as a React root of its own: same markup, so nothing moves.
 *
 * The server renders the component as a root of its own too (its HTML inlined in the page), so
 * that the ids React makes (useId) are the ones the browser's root makes when it hydrates.
 *
 * Why not React.lazy in a Suspense boundary: React streams a boundary of more than ~12 KB of HTML
 * out of order, behind a script, which a reader without JavaScript never sees.
 *
 * What that asks of a gated component:
 * - it is reached only through `load` (a client component the server renders directly ships with
 *   the page's first scripts, whatever is inside it) and, for the server, through `onServer`,
 *   given as `typeof window === "undefined" ? require(…) : null` (the bundler drops that branch
 *   and the module from the browser's code);
 * - its props are plain data, read once: the root of its own does not see later renders of the
 *   page, nor the page's React context, on the server either (it brings its own providers).
 */
function gated<P extends object>(load: () => Promise<ComponentType<P>>, onServer: ComponentType<P> | null): ComponentType<P> {
  function Gate(props: P) {
    if (typeof window === "undefined") {
      return onServer ? <ServerGate element={createElement(onServer, props)} props={props} /> : null;
    }
    return <ClientGate load={load} props={props} />;
  }
  return Gate;
}

/** A component made for one language's strings provider (the provider wraps what it renders). */
export type InLanguage<P> = (StringsProvider: StringsProviderType) => ComponentType<P>;

/**
 * One gate per language for a component made by `make`, so that each page's code holds one
 * language: `load` imports the module that has `make`, `onServer` is `make` for the server (given as
 * in `gated`).
 */
export function gatedPerLanguage<P extends object>(
  load: () => Promise<InLanguage<P>>,
  onServer: InLanguage<P> | null,
): Record<Lang, ComponentType<P>> {
  const inLanguage = (lang: Lang) =>
    gated<P>(
      () => Promise.all([load(), loadStringsProvider[lang]()]).then(([make, provider]) => make(provider)),
      onServer && serverStringsProviders ? onServer(serverStringsProviders[lang]) : null,
    );
  return { zh: inLanguage("zh"), en: inLanguage("en") };
}

/**
 * React's server renderer, on the server only (the branch and its module leave the browser's code):
 * the copy Next renders pages with, which shares their React (`react-dom/server` would load another).
 */
const server =
  typeof window === "undefined"
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
      (require("next/dist/server/route-modules/app-page/vendored/ssr/react-dom-server") as typeof import("react-dom/server"))
    : null;

/** Rendered HTML by the props object of the gate's element (the same object when React retries it). */
const rendered = new WeakMap<object, Promise<string>>();

/** Renders an element to HTML as a root of its own, waiting for everything in it. Server only. */
async function renderAlone(element: ReactElement): Promise<string> {
  // Read only once everything has rendered, and never split off (progressiveChunkSize): the HTML
  // comes out in order, with no script.
  const stream = await server!.renderToReadableStream(element, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  await stream.allReady;
  return new Response(stream).text();
}

function ServerGate({ element, props }: { element: ReactElement; props: object }) {
  let html = rendered.get(props);
  if (!html) {
    html = renderAlone(element);
    rendered.set(props, html);
  }
  return <div data-gate="" style={CONTENTS} dangerouslySetInnerHTML={{ __html: use(html) }} />;
}

function ClientGate<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const ref = useRef<HTMLDivElement>(null);
  const root = useRef<Root | null>(null);
  useEffect(() => {
    const el = ref.current;
    let cancelled = false;
    gates += 1;
    void whenActive()
      .then(load)
      .then((Component) => {
        if (cancelled || !el || root.current) return;
        root.current = hydrateRoot(el, createElement(Component, props));
        live += 1;
        // Browser tests wait for <html data-live>: every gate of the page has taken over.
        if (live >= gates) document.documentElement.dataset.live = "true";
      });
    return () => {
      cancelled = true;
      gates -= 1;
      // Unmounted for good (a navigation), not just re-run: let its root go too.
      setTimeout(() => {
        if (root.current && !el?.isConnected) {
          root.current.unmount();
          root.current = null;
          live -= 1;
        }
      });
    };
    // The props are read once, at the start (see gated).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The server's HTML stays as it is until the component's own root hydrates it: React leaves the
  // children of an element given dangerouslySetInnerHTML alone while hydrating.
  return <div ref={ref} data-gate="" style={CONTENTS} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
}
