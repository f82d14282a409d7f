import type { IncomingMessage, ServerResponse } from "node:http";
export declare function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity";
export interface StaticPagesFilter {
  (req: IncomingMessage, res: ServerResponse): boolean;
  /** The pages it holds. */
  readonly paths: string[];
  /** Fetches every page from the server at `origin`; until then, and for a page that fails, Next answers. */
  warm(origin: string): Promise<void>;
}
export declare const WARM_HEADER: string;
export declare function staticPages(): StaticPagesFilter;
