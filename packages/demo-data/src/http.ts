import { createHmac } from 'node:crypto';

/** Calls the backend with a token; a non-2xx answer throws with the backend's message. */
async function callJson<T>(
  method: 'GET' | 'POST',
  url: string,
  token: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Posts JSON to the backend; a non-2xx answer throws with the backend's message. */
export const postJson = <T = unknown>(
  url: string,
  token: string,
  body?: unknown,
) => callJson<T>('POST', url, token, body);

/** Gets JSON from the backend; a non-2xx answer throws with the backend's message. */
export const getJson = <T = unknown>(url: string, token: string) =>
  callJson<T>('GET', url, token);

/** A small seeded generator: the demo is the same on every start. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Posts a GitHub webhook delivery, signed as GitHub signs it (X-Hub-Signature-256). */
export async function postGitHub(
  url: string,
  secret: string,
  event: string,
  body: unknown,
): Promise<void> {
  const text = JSON.stringify(body);
  const signature = createHmac('sha256', secret).update(text).digest('hex');
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-hub-signature-256': `sha256=${signature}`,
    },
    body: text,
  });
  if (!response.ok) {
    throw new Error(
      `POST ${url} answered ${response.status}: ${await response.text()}`,
    );
  }
}
