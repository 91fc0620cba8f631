import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import express from 'express';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGunzip } from 'node:zlib';
import { streamJsonArray } from './streamJsonArray';

/**
 * Items big enough, and random enough that gzip cannot shrink them, that a reader who waits makes
 * the writes back up behind compression.
 */
const ITEMS = 5000;
const item = (i: number) => ({ i, text: randomBytes(3000).toString('base64') });

describe('streamJsonArray behind compression, as the backend serves it', () => {
  let server: Server;
  let url: string;
  let finished: Promise<{ closedAt?: number }>;

  beforeEach(async () => {
    const middleware = MiddlewareFactory.create({
      config: new ConfigReader({}),
      logger: mockServices.logger.mock(),
    });
    let done: (v: { closedAt?: number }) => void;
    finished = new Promise(resolve => (done = resolve));
    const app = express();
    app.use(middleware.compression());
    app.get('/list', async (_req, res) => {
      let yielded = 0;
      let closedAt: number | undefined;
      async function* releases() {
        try {
          for (; yielded < ITEMS; yielded++) yield item(yielded);
        } finally {
          if (yielded < ITEMS) closedAt = yielded;
        }
      }
      await streamJsonArray(
        res,
        { releases: releases(), undecodable: () => 0 },
        'X-Undecodable',
      );
      done({ closedAt });
    });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/list`;
  });
  afterEach(() => new Promise(resolve => server.close(resolve)));

  it('waits for a slow gzip reader and sends it the whole list', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      request(url, { headers: { 'Accept-Encoding': 'gzip' } }, res => {
        expect(res.headers['content-encoding']).toBe('gzip');
        // Read nothing until the backend has had to wait: its writes back up behind gzip.
        res.pause();
        setTimeout(() => {
          const chunks: Buffer[] = [];
          res
            .pipe(createGunzip())
            .on('data', chunk => chunks.push(chunk))
            .on('end', () => resolve(Buffer.concat(chunks).toString()))
            .on('error', reject);
        }, 200);
      })
        .on('error', reject)
        .end();
    });
    const items = JSON.parse(body);
    expect(items).toHaveLength(ITEMS);
    expect(items.map((x: { i: number }) => x.i)).toEqual(
      Array.from({ length: ITEMS }, (_, i) => i),
    );
    expect(await finished).toEqual({ closedAt: undefined });
  });

  it('ends the listing when the client goes away instead of waiting for a drain', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = request(
        url,
        { headers: { 'Accept-Encoding': 'gzip' } },
        res => {
          res.pause();
          // Gone after the first bytes, while the backend waits for the socket to take more.
          setTimeout(() => {
            req.destroy();
            resolve();
          }, 200);
        },
      ).on('error', () => undefined);
      req.on('error', reject).end();
    });
    const { closedAt } = await finished;
    expect(closedAt).toBeGreaterThan(0);
    expect(closedAt).toBeLessThan(ITEMS);
  });
});
