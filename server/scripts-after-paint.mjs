/**
 * The framework's scripts load after the first paint.
 *
 * Next (App Router) puts every bootstrap chunk in the head as `<script src async>`, plus a few
 * `<link rel="preload" as="script">`. An async script runs the moment it arrives, so on this page
 * (a long article under the answer) React, the router and our islands are downloaded, compiled and
 * run before the browser has laid out and painted the answer once: they compete with the HTML and
 * the stylesheet for the network and with layout for the main thread, and the first paint waits.
 * Next has no option for this (vercel/next.js#66958).
 *
 * `scriptsAfterPaint(html)` takes those tags out of a rendered page and puts one inline script at
 * the end of the body that adds them back once the complete first screen has been painted and
 * shown: when the browser reports a largest-contentful-paint entry later than the moment the parser
 * reached the end of the page (or after 250 ms, whichever comes first; at once in a hidden tab; two
 * frames later where the browser has no such entries). The chunks, their order and their attributes
 * are Next's; only when they are asked for changes. Pages Next renders differently (no such tags)
 * are returned unchanged, and so is a page already rewritten.
 *
 * The list of scripts is in the loader's `data-scripts-after-paint` attribute (JSON), so tools that
 * read a page's scripts (the bench's first-load JS) find them there.
 */

/** The attribute that holds the deferred scripts; also marks a page as rewritten. */
export const ATTRIBUTE = "data-scripts-after-paint";

/** How long the loader waits for the paint report at most, in ms. */
export const WAIT_MS = 250;

const SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g;
const PRELOAD = /<link rel="preload"(?=[^>]*\sas="script")(?=[^>]*\shref="(\/_next\/static\/[^"<>]+\.js)")[^>]*\/>/g;

/** The loader, the same bytes on every page: it reads its list from its own attribute. */
const LOADER = [
  "(function(d){",
  "var me=d.currentScript,list=JSON.parse(me.getAttribute('" + ATTRIBUTE + "')),t0=performance.now(),done=0;",
  "function go(){if(done)return;done=1;",
  "list.scripts.forEach(function(s){var e=d.createElement('script');e.src=s;e.async=true;d.head.appendChild(e)});",
  "list.preloads.forEach(function(h){var l=d.createElement('link');l.rel='preload';l.setAttribute('as','script');l.href=h;d.head.appendChild(l)})}",
  "function soon(){setTimeout(go,0)}",
  "if(d.visibilityState==='hidden')return go();",
  "var types=(window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes)||[];",
  "if(types.indexOf('largest-contentful-paint')<0)return requestAnimationFrame(function(){requestAnimationFrame(soon)});",
  "var o=new PerformanceObserver(function(l){if(l.getEntries().some(function(e){return e.startTime>=t0})){o.disconnect();soon()}});",
  "o.observe({type:'largest-contentful-paint',buffered:true});",
  "setTimeout(go," + WAIT_MS + ")",
  "})(document)",
].join("");

const escapeAttribute = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The page with Next's bootstrap scripts loaded after the first paint (see above). */
export function scriptsAfterPaint(html) {
  if (html.includes(ATTRIBUTE)) return html;
  const end = html.lastIndexOf("</body>");
  if (end === -1) return html;
  const scripts = [];
  const preloads = [];
  let out = html.slice(0, end).replace(SCRIPT, (_, src) => {
    scripts.push(src);
    return "";
  });
  if (scripts.length === 0) return html;
  out = out.replace(PRELOAD, (_, href) => {
    if (!scripts.includes(href) && !preloads.includes(href)) preloads.push(href);
    return "";
  });
  const list = escapeAttribute(JSON.stringify({ scripts, preloads }));
  return `${out}<script ${ATTRIBUTE}="${list}">${LOADER}</script>${html.slice(end)}`;
}

/** The script and preload URLs a rewritten page loads after its first paint (empty if none). */
export function deferredScripts(html) {
  const m = new RegExp(`<script ${ATTRIBUTE}="([^"]*)"`).exec(html);
  if (!m) return { scripts: [], preloads: [] };
  const json = m[1]
    .replace(/&lt;/g, "<")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  return JSON.parse(json);
}
