import type { DeliveryAttempt } from '../database/WebhookStore';

export interface RetryOptions {
  /** Tries in all. */
  attempts: number;
  /** Wait before the second try; each later wait is four times longer. */
  retryDelayMs: number;
}

export interface RetriedOutcome {
  status: 'SENT' | 'FAILED';
  attemptCount: number;
  error: string | null;
  attempts: DeliveryAttempt[];
}

/** A try's failure; `retry: false` (a 4xx answer, a refused URL) ends the tries at once. */
export class AttemptFailure extends Error {
  constructor(
    message: string,
    readonly responseStatus: number | null = null,
    readonly retry = true,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Runs `send` until it succeeds or the tries are used up, with exponential backoff; records each try. */
export async function withRetries(
  send: () => Promise<number | null>,
  options: RetryOptions,
): Promise<RetriedOutcome> {
  const attempts: DeliveryAttempt[] = [];
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    const at = new Date().toISOString();
    try {
      const responseStatus = await send();
      attempts.push({ attempt, at, responseStatus, error: null });
      return { status: 'SENT', attemptCount: attempt, error: null, attempts };
    } catch (e) {
      const failure = e instanceof AttemptFailure ? e : undefined;
      const error = e instanceof Error ? e.message : String(e);
      attempts.push({
        attempt,
        at,
        responseStatus: failure?.responseStatus ?? null,
        error,
      });
      if (failure && !failure.retry) break;
      if (attempt < options.attempts)
        await sleep(options.retryDelayMs * 4 ** (attempt - 1));
    }
  }
  return {
    status: 'FAILED',
    attemptCount: attempts.length,
    error: attempts[attempts.length - 1].error,
    attempts,
  };
}
