// openapi-fetch names its methods after the HTTP verbs (client.GET, client.POST).
/* eslint-disable new-cap */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFetchApi, FetchMiddlewares } from '@backstage/core-app-api';
import { ResponseError } from '@backstage/errors';
import { createPluginClient } from './createPluginClient';

/** A two-route spec, as openapi-typescript would generate it. */
interface paths {
  '/items/{id}': {
    parameters: { query?: never; header?: never; path: never; cookie?: never };
    post: {
      parameters: {
        query?: { dryRun?: boolean };
        header?: never;
        path: { id: string };
        cookie?: never;
      };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': Echo };
        };
      };
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: { id: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': Echo };
        };
      };
    };
  };
}

interface Echo {
  method: string;
  url: string;
  authorization: string | null;
  contentType: string | null;
  body: string;
}

/** Answers every request with what it received; `/items/missing` with a Backstage error body. */
async function echoServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/api/items/items/missing')) {
        res.statusCode = 404;
        res.end(
          JSON.stringify({
            error: { name: 'NotFoundError', message: 'no item missing' },
            request: { method: req.method, url: req.url },
            response: { statusCode: 404 },
          }),
        );
        return;
      }
      const echo: Echo = {
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization ?? null,
        contentType: req.headers['content-type'] ?? null,
        body,
      };
      res.end(JSON.stringify(echo));
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

describe('createPluginClient', () => {
  let server: Server;
  let backendUrl: string;

  beforeAll(async () => {
    ({ server, url: backendUrl } = await echoServer());
  });
  afterAll(() => new Promise(r => server.close(r)));

  const discoveryApi = {
    getBaseUrl: async (pluginId: string) => `${backendUrl}/api/${pluginId}/`,
  };

  /** The fetchApi the app gives plugins: the plugin:// resolver and the user's token. */
  const appFetchApi = () =>
    createFetchApi({
      middleware: [
        FetchMiddlewares.resolvePluginProtocol({ discoveryApi }),
        FetchMiddlewares.injectIdentityAuth({
          identityApi: {
            getCredentials: async () => ({ token: 'user-token' }),
          } as any,
          urlPrefixAllowlist: [backendUrl],
        }),
      ],
    });

  it("sends a POST's body through every middleware of the app's fetchApi", async () => {
    const client = createPluginClient<paths>('items', {
      discoveryApi,
      fetchApi: appFetchApi(),
    });
    const { data } = await client.POST('/items/{id}', {
      params: { path: { id: 'a 1' }, query: { dryRun: true } },
      body: { name: 'first' },
    });
    expect(data).toEqual({
      method: 'POST',
      url: '/api/items/items/a%201?dryRun=true',
      authorization: 'Bearer user-token',
      contentType: 'application/json',
      body: '{"name":"first"}',
    });
  });

  it('sends a GET without a body, with the token', async () => {
    const client = createPluginClient<paths>('items', {
      discoveryApi,
      fetchApi: appFetchApi(),
    });
    const { data } = await client.GET('/items/{id}', {
      params: { path: { id: 'b' } },
    });
    expect(data).toMatchObject({
      method: 'GET',
      url: '/api/items/items/b',
      authorization: 'Bearer user-token',
      body: '',
    });
  });

  it('hands fetchApi a URL and a plain init, never a Request', async () => {
    const calls: Array<[unknown, RequestInit | undefined]> = [];
    const fetchApi = {
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push([input, init]);
        return fetch(input, init);
      },
    };
    const client = createPluginClient<paths>('items', {
      discoveryApi,
      fetchApi,
    });
    await client.POST('/items/{id}', {
      params: { path: { id: 'c' } },
      body: { name: 'x' },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toBe(`${backendUrl}/api/items/items/c`);
    expect(calls[0][1]?.method).toBe('POST');
    expect(new TextDecoder().decode(calls[0][1]?.body as ArrayBuffer)).toBe(
      '{"name":"x"}',
    );
  });

  it("throws a ResponseError carrying the backend's message", async () => {
    const client = createPluginClient<paths>('items', {
      discoveryApi,
      fetchApi: appFetchApi(),
    });
    const error = await client
      .GET('/items/{id}', { params: { path: { id: 'missing' } } })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.response.status).toBe(404);
    expect(error.body.error.message).toBe('no item missing');
  });
});
