import { HttpsTestServer } from '../__testUtils__/httpsTestServer';
import { blockedAddressReason } from '@fawkes/backend-http';
import { DevfileFetcher, type HostResolver } from './DevfileFetcher';

const DEVFILE = 'schemaVersion: 2.2.2\nmetadata:\n  name: small\n';

describe('blockedAddressReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'linkLocal'],
    ['2001:db8::1', 'reserved'],
    ['::7f00:1', 'reserved'],
    ['::808:808', 'reserved'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(blockedAddressReason(address)).toBe(reason);
  });

  it.each([
    '8.8.8.8',
    '151.101.1.69',
    '172.32.0.1',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
  ])('allows public %s', address => {
    expect(blockedAddressReason(address)).toBeUndefined();
  });
});

describe('DevfileFetcher', () => {
  const server = new HttpsTestServer();
  const table: Record<string, string[]> = {
    'devfiles.test': ['127.0.0.1'],
    'internal.test': ['10.0.0.5'],
    'mixed.test': ['93.184.216.34', '192.168.0.10'],
    'v6.test': ['fd00::1'],
  };
  const resolve: HostResolver = async hostname => {
    if (hostname === 'hanging.test') return new Promise(() => {});
    const addresses = table[hostname];
    if (!addresses) throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
    return addresses.map(address => ({
      address,
      family: address.includes(':') ? 6 : 4,
    }));
  };
  /** Trusts the test server's address only: everything else is checked as in production. */
  const fetcher = (
    options: Partial<ConstructorParameters<typeof DevfileFetcher>[0]> = {},
  ) =>
    new DevfileFetcher({
      resolve,
      ca: [server.ca],
      allowedAddresses: ['127.0.0.1'],
      // Generous: a TLS handshake on a loaded machine must not look like a slow server.
      timeoutMs: 60_000,
      ...options,
    });

  beforeAll(async () => {
    await server.start();
    server.routes.set('/devfile.yaml', { body: DEVFILE });
    server.routes.set('/redirect-ok', {
      status: 302,
      headers: { location: '/devfile.yaml' },
    });
    server.routes.set('/redirect-private', {
      status: 301,
      headers: { location: 'https://internal.test/devfile.yaml' },
    });
    server.routes.set('/redirect-metadata', {
      status: 307,
      headers: { location: 'https://169.254.169.254/latest/meta-data' },
    });
    server.routes.set('/redirect-http', {
      status: 302,
      headers: { location: 'http://example.com/devfile.yaml' },
    });
    server.routes.set('/loop', { status: 302, headers: { location: '/loop' } });
    server.routes.set('/big', { body: Buffer.alloc(1024 * 1024 + 1, 'a') });
    server.routes.set('/big-chunked', {
      body: Buffer.alloc(2 * 1024 * 1024, 'a'),
      headers: { 'transfer-encoding': 'chunked' },
    });
    // Answers long after any cap the tests set: only the fetcher's own timer can end the wait.
    server.routes.set('/slow', { body: DEVFILE, delayMs: 600_000 });
    server.routes.set('/gone', { status: 410 });
    server.routes.set('/signed-loop', {
      status: 302,
      headers: { location: '/signed-loop?X-Amz-Signature=redirect-secret' },
    });
  });
  afterAll(() => server.stop());

  it('fetches over https from a name, connecting to the address it checked', async () => {
    // devfiles.test exists only in the injected resolver: the connection must use that address.
    const result = await fetcher().fetch(
      server.url('/devfile.yaml', 'devfiles.test'),
    );
    expect(result.content).toBe(DEVFILE);
  });

  it('follows a redirect on the same checked host', async () => {
    const result = await fetcher().fetch(
      server.url('/redirect-ok', 'devfiles.test'),
    );
    expect(result.content).toBe(DEVFILE);
    expect(result.url).toBe(server.url('/devfile.yaml', 'devfiles.test'));
  });

  it.each([
    ['http', 'http://example.com/devfile.yaml', /must use https/],
    ['malformed', 'not a url', /not a valid URL/],
    [
      'credentials',
      'https://user:pw@example.com/devfile.yaml',
      /must not contain credentials/,
    ],
  ])('refuses a %s URL without any request', async (_, url, message) => {
    await expect(fetcher().fetch(url)).rejects.toThrow(message);
  });

  it.each([
    [
      'a loopback literal',
      'https://127.0.0.2/devfile.yaml',
      /127\.0\.0\.2 \(loopback\)/,
    ],
    [
      'the metadata address',
      'https://169.254.169.254/latest',
      /169\.254\.169\.254 \(linkLocal\)/,
    ],
    [
      'an IPv6 loopback literal',
      'https://[::1]/devfile.yaml',
      /::1 \(loopback\)/,
    ],
    [
      'an IPv4-mapped IPv6 literal',
      'https://[::ffff:a00:1]/devfile.yaml',
      /\(private\)/,
    ],
    [
      'a name resolving to a private address',
      'https://internal.test/devfile.yaml',
      /internal\.test resolves to 10\.0\.0\.5 \(private\)/,
    ],
    [
      'a name with one private address among public ones',
      'https://mixed.test/devfile.yaml',
      /192\.168\.0\.10 \(private\)/,
    ],
    [
      'a name resolving to a unique-local IPv6 address',
      'https://v6.test/devfile.yaml',
      /fd00::1 \(uniqueLocal\)/,
    ],
  ])('refuses %s', async (_, url, message) => {
    await expect(fetcher().fetch(url)).rejects.toThrow(message);
  });

  it('refuses the test server itself when its address is not exempt', async () => {
    await expect(
      fetcher({ allowedAddresses: [] }).fetch(server.url('/devfile.yaml')),
    ).rejects.toThrow(/\(loopback\)/);
  });

  it('checks every redirect hop: private name, metadata address, plain http', async () => {
    await expect(
      fetcher().fetch(server.url('/redirect-private', 'devfiles.test')),
    ).rejects.toThrow(/10\.0\.0\.5 \(private\)/);
    await expect(
      fetcher().fetch(server.url('/redirect-metadata', 'devfiles.test')),
    ).rejects.toThrow(/169\.254\.169\.254/);
    await expect(
      fetcher().fetch(server.url('/redirect-http', 'devfiles.test')),
    ).rejects.toThrow(/redirect .* must use https/);
  });

  it('stops after 3 redirects', async () => {
    const before = server.requests.length;
    await expect(
      fetcher().fetch(server.url('/loop', 'devfiles.test')),
    ).rejects.toThrow(/more than 3 redirects/);
    expect(server.requests.length - before).toBe(4);
  });

  it('caps the size by Content-Length and while streaming', async () => {
    await expect(fetcher().fetch(server.url('/big'))).rejects.toThrow(
      /larger than 1048576 bytes/,
    );
    await expect(fetcher().fetch(server.url('/big-chunked'))).rejects.toThrow(
      /larger than 1048576 bytes/,
    );
  });

  // The server and the resolver never answer in time: settling at all proves the cap, however
  // slow the machine, so no wall-clock bound is asserted.
  it('gives up on a slow server', async () => {
    await expect(
      fetcher({ timeoutMs: 300 }).fetch(server.url('/slow')),
    ).rejects.toThrow(/within 300 ms/);
  });

  it('counts a name that never resolves against the time cap', async () => {
    await expect(
      fetcher({ timeoutMs: 300 }).fetch('https://hanging.test/devfile.yaml'),
    ).rejects.toThrow(/within 300 ms/);
  });

  it('reports the HTTP status and unresolvable names', async () => {
    await expect(fetcher().fetch(server.url('/gone'))).rejects.toThrow(
      /answered HTTP 410/,
    );
    await expect(
      fetcher().fetch('https://nowhere.test/devfile.yaml'),
    ).rejects.toThrow(/could not be resolved \(getaddrinfo ENOTFOUND/);
  });

  it('names URLs in its errors without their query, where tokens travel', async () => {
    const failures = [
      fetcher().fetch(`${server.url('/gone')}?private_token=query-secret#frag`),
      fetcher().fetch(server.url('/signed-loop', 'devfiles.test')),
    ];
    const messages = (await Promise.allSettled(failures)).map(
      result => (result as PromiseRejectedResult).reason.message,
    );
    expect(messages).toEqual([
      `devfileUrl could not be fetched: ${server.url('/gone')} answered HTTP 410`,
      `devfileUrl could not be fetched: more than 3 redirects (last to ${server.url('/signed-loop', 'devfiles.test')})`,
    ]);
  });

  it('keeps to the allowed hosts', async () => {
    const limited = fetcher({
      allowedHosts: ['*.example.com', 'devfiles.test'],
    });
    await expect(
      limited.fetch(server.url('/devfile.yaml', 'devfiles.test')),
    ).resolves.toMatchObject({ content: DEVFILE });
    await expect(
      limited.fetch('https://evil.test/devfile.yaml'),
    ).rejects.toThrow(/host evil\.test is not allowed/);
  });

  it('sends per-hop headers only where the hop says so', async () => {
    const before = server.requests.length;
    await fetcher().fetch(server.url('/redirect-ok', 'devfiles.test'), url =>
      url.pathname === '/devfile.yaml'
        ? { authorization: 'token secret' }
        : undefined,
    );
    const [first, second] = server.requests.slice(before);
    expect(first.headers.authorization).toBeUndefined();
    expect(second.headers.authorization).toBe('token secret');
  });

  it('allows private networks only when told to', async () => {
    const open = fetcher({ allowedAddresses: [], allowPrivateNetworks: true });
    await expect(
      open.fetch(server.url('/devfile.yaml')),
    ).resolves.toMatchObject({ content: DEVFILE });
  });
});
