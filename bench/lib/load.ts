import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /** Concurrent connections. */
  connections: number;
  /** Seconds to run, or a number of requests with `amount`. */
  duration?: number;
  amount?: number;
  /** Different requests in turn (autocannon's `requests`). */
  requests?: autocannon.Request[];
  /**
   * Worker threads that generate the load, so that it does not compete with the backend for its
   * event loop as it would in this process; setup functions must then be file paths.
   */
  workers?: number;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon against a started backend and returns throughput and latency percentiles. */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  // autocannon refuses keys that are present but undefined (method, duration), so only set what is given.
  const result = await autocannon({
    url: options.url,
    headers: options.headers,
    body: options.body,
    connections: options.connections,
    requests: options.requests,
    ...(options.method ? { method: options.method } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.amount
      ? { amount: options.amount }
      : { duration: options.duration ?? 10 }),
  });
  const latency = result.latency as autocannon.Histogram & { p95?: number };
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: latency.p50,
    p95Ms: latency.p95 ?? latency.p97_5,
    p99Ms: latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
