/** The part of autocannon's API that the bench (scripts/bench*.ts) uses (the package ships no types). */
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
      /** Answers with a 2xx status. */
      "2xx": number;
      /** Answers per status code, e.g. statusCodeStats["429"].count. */
      statusCodeStats?: Record<string, { count: number }>;
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
