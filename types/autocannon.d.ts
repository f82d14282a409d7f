/** The part of autocannon's API that scripts/bench-http.ts uses (the package ships no types). */
declare module "autocannon" {
  namespace autocannon {
    interface Histogram {
      average: number;
      p50: number;
      p99: number;
    }
    interface Result {
      requests: Histogram;
      latency: Histogram;
      non2xx: number;
      errors: number;
      timeouts: number;
    }
    /** One request of a connection; `setupRequest` may rewrite it (path, headers) before it is sent. */
    interface Request {
      path?: string;
      method?: string;
      headers?: Record<string, string>;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      /** Seconds before a request counts as a timeout (default 10). */
      timeout?: number;
      requests?: { setupRequest?: (request: Request) => Request }[];
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
