export declare const ATTRIBUTE: string;
export declare const WAIT_MS: number;
/** The page with Next's bootstrap scripts loaded after the first paint; unchanged if it has none. */
export declare function scriptsAfterPaint(html: string): string;
/** The script and preload URLs a rewritten page loads after its first paint (empty if none). */
export declare function deferredScripts(html: string): { scripts: string[]; preloads: string[] };
