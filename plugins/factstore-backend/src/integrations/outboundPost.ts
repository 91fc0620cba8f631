import {
  guardedRequest,
  OutboundRefusedError,
  type OutboundPolicy,
} from '@fawkes/backend-http';
import { AttemptFailure } from './retries';

/**
 * POSTs a body through the suite's SSRF guard; answers the HTTP status of a 2xx, throws an
 * AttemptFailure otherwise. `target` names the destination in messages: never the URL, whose
 * path or query may be a secret (a Slack incoming webhook's is).
 */
export async function outboundPost(
  url: string,
  request: { body: string; headers: Record<string, string> },
  policy: OutboundPolicy & { timeoutMs?: number },
  target: string,
): Promise<number> {
  let status: number;
  try {
    ({ status } = await guardedRequest(
      url,
      {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        timeoutMs: policy.timeoutMs,
        maxBytes: 64 * 1024,
      },
      policy,
    ));
  } catch (error) {
    if (error instanceof OutboundRefusedError)
      throw new AttemptFailure(
        `${target} may not be called: ${error.message}`,
        null,
        false,
      );
    throw new AttemptFailure(
      `${target} could not be reached: ${(error as Error).message}`,
    );
  }
  if (status >= 200 && status < 300) return status;
  const retry = status >= 500 || status === 408 || status === 429;
  throw new AttemptFailure(`${target} answered HTTP ${status}`, status, retry);
}
