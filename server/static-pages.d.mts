import type { IncomingMessage, ServerResponse } from "node:http";
export declare function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity";
export interface StaticPagesFilter {
  (req: IncomingMessage, res: ServerResponse): boolean;
  /** The paths it found a prerendered file for. */
  paths: string[];
}
export declare function staticPages(distDir: string): StaticPagesFilter;
