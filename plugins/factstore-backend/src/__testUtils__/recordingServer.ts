import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  body?: string;
  contentType?: string;
}

/**
 * A local HTTP server standing in for a third-party service: it records every request and
 * answers from a queue (`answers`), then with `fallback`. Tests set both to the service's own
 * wire format.
 */
export async function startRecordingServer(
  fallback: Answer | ((req: RecordedRequest) => Answer) = { status: 200 },
) {
  const requests: RecordedRequest[] = [];
  const answers: Answer[] = [];
  let fallbackAnswer = fallback;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const answer =
        answers.shift() ??
        (typeof fallbackAnswer === 'function'
          ? fallbackAnswer(recorded)
          : fallbackAnswer);
      res.writeHead(answer.status, {
        'content-type': answer.contentType ?? 'text/plain',
      });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    requests,
    answers,
    setFallback(answer: Answer | ((req: RecordedRequest) => Answer)) {
      fallbackAnswer = answer;
    },
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>(r => server.close(() => r())),
  };
}

export type RecordingServer = Awaited<ReturnType<typeof startRecordingServer>>;

/** Polls until `check` holds: deliveries happen after the change is answered. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (v: T) => boolean,
): Promise<T> {
  for (let i = 0; i < 1200; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise(r => setTimeout(r, 50));
  }
  throw new Error('condition never held');
}
