import type { IncomingMessage, ServerResponse } from "node:http";
export declare function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity";
export interface StaticPagesFilter {
  (req: IncomingMessage, res: ServerResponse): boolean;
  /** The bare pages it holds. */
  readonly paths: string[];
  /** How many links with a scenario it holds. */
  readonly links: number;
  /** Fetches every page from the server at `origin`; until then, and for a page that fails, Next answers. */
  warm(origin: string): Promise<void>;
}
export declare const WARM_HEADER: string;
export declare const MAX_LINK_BYTES: number;
export declare function staticPages(options?: { maxLinkBytes?: number }): StaticPagesFilter;
