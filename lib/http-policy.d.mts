export declare const MAX_QUERY_LENGTH: number;
export declare const MAX_QUERY_PARAMS: number;
export declare const MAX_PATH_LENGTH: number;
export declare const FRAMEABLE_PATHS: readonly string[];
export declare const COMMON_HEADERS: Readonly<Record<string, string>>;
export declare const HSTS: string;
export declare function contentSecurityPolicy(frameable: boolean, dev?: boolean): string;
export declare function securityHeaders(pathname: string, options?: { https?: boolean; dev?: boolean }): Record<string, string>;
export declare function siteUrlFrom(raw: string | undefined, options: { production: boolean }): string;
