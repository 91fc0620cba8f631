import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { nearestRank } from './percentile';

export interface PacedLoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Independent callers, each with its own connection. */
  callers: number;
  /** Requests per second across all callers, on average (Poisson arrivals). */
  ratePerSecond: number;
  seconds: number;
}

export interface PacedLoadFigures {
  callers: number;
  /** The rate the callers were set to. */
  targetPerSecond: number;
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  failed: number;
}

/**
 * Latency as callers at a set pace see it (not callers that send as fast as answers come, whose
 * latency is mostly their own queue), from a worker thread: see pacedCallers.cjs. Unlike
 * autocannon's `overallRate`, which lets every connection's share of a second go at the start of
 * that second (a burst a second), arrivals are spread.
 */
export async function runPacedLoad(
  options: PacedLoadOptions,
): Promise<PacedLoadFigures> {
  const { latencies, failures, wallSeconds } = await new Promise<{
    latencies: number[];
    failures: string[];
    wallSeconds: number;
  }>((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'pacedCallers.cjs'), {
      workerData: { method: 'GET', ...options },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p: number) => Number((nearestRank(sorted, p) ?? NaN).toFixed(1));
  return {
    callers: options.callers,
    targetPerSecond: options.ratePerSecond,
    requestsPerSecond: Math.round(sorted.length / wallSeconds),
    requests: sorted.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: at(1),
    failed: failures.length,
  };
}
