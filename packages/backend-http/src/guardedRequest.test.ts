import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkOutboundUrl,
  guardedRequest,
  OutboundRefusedError,
} from './guardedRequest';

describe('guardedRequest', () => {
  let server: Server;
  let base: string;
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', c => (body += c));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${body}`);
        res.writeHead(req.url === '/moved' ? 302 : 200, {
          location: 'http://169.254.169.254/latest/meta-data',
        });
        res.end('answered');
      });
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(r => server.close(r)));

  it('refuses loopback, link-local and private addresses unless allowed explicitly', async () => {
    await expect(guardedRequest(`${base}/x`, {}, {})).rejects.toThrow(
      /resolves to 127\.0\.0\.1 \(loopback\)/,
    );
    for (const url of [
      'https://169.254.169.254/latest',
      'https://10.1.2.3/',
      'https://[::1]/',
    ])
      await expect(checkOutboundUrl(url, {})).rejects.toBeInstanceOf(
        OutboundRefusedError,
      );
    expect(seen).toEqual([]);
  });

  it('refuses names resolving to a private address, credentials and other schemes', async () => {
    const resolve = async () => [
      { address: '192.168.1.1', family: 4 as const },
    ];
    await expect(
      checkOutboundUrl('https://internal.example/', { resolve }),
    ).rejects.toThrow(
      /internal\.example resolves to 192\.168\.1\.1 \(private\)/,
    );
    await expect(
      checkOutboundUrl('https://u:p@hooks.example/', {}),
    ).rejects.toThrow(/credentials/);
    await expect(checkOutboundUrl('file:///etc/passwd', {})).rejects.toThrow(
      /must use https/,
    );
  });

  it('allows plain http only to an explicitly allowed address', async () => {
    const publicName = async () => [
      { address: '93.184.215.14', family: 4 as const },
    ];
    await expect(
      checkOutboundUrl('http://example.test/', { resolve: publicName }),
    ).rejects.toThrow(/must use https/);
    await expect(
      checkOutboundUrl('https://example.test/', { resolve: publicName }),
    ).resolves.toMatchObject({ address: { address: '93.184.215.14' } });
  });

  it('sends to an allowed address and follows no redirect', async () => {
    const policy = { allowedAddresses: ['127.0.0.1'] };
    const answer = await guardedRequest(
      `${base}/hook`,
      { method: 'POST', body: '{"a":1}' },
      policy,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('answered');
    const moved = await guardedRequest(`${base}/moved`, {}, policy);
    expect(moved.status).toBe(302);
    expect(seen).toEqual(['POST /hook {"a":1}', 'GET /moved ']);
  });
});
