import { ResponseError } from '@backstage/errors';
import createClient, { type Client } from 'openapi-fetch';

/** What the client needs of Backstage's discovery: the frontend `discoveryApi` or the backend `discovery` service. */
export interface PluginDiscovery {
  getBaseUrl(pluginId: string): Promise<string>;
}

/**
 * How the client sends requests: the frontend `fetchApi` (it adds the user's token), or on the
 * backend a fetch that adds a service token.
 */
export interface PluginFetch {
  fetch: typeof fetch;
}

export interface PluginClientOptions {
  discoveryApi: PluginDiscovery;
  fetchApi?: PluginFetch;
}

/** Requests are built against this origin, then sent to the base URL discovery gives. */
const PLACEHOLDER_ORIGIN = 'http://plugin.invalid';

/**
 * A typed client of a plugin's routes, from the `paths` types generated from its OpenAPI spec.
 * The plugin is found through discovery at each call (its URL may change); an answer that is not
 * 2xx throws a `ResponseError` carrying the backend's error body, as Backstage's clients do.
 */
export function createPluginClient<Paths extends {}>(
  pluginId: string,
  options: PluginClientOptions,
): Client<Paths> {
  const send: typeof fetch = (input, init) =>
    options.fetchApi
      ? options.fetchApi.fetch(input, init)
      : globalThis.fetch(input, init);
  const client = createClient<Paths>({
    baseUrl: PLACEHOLDER_ORIGIN,
    fetch: async request => {
      const base = await options.discoveryApi.getBaseUrl(pluginId);
      const url = new URL(request.url);
      // Backstage's fetch middlewares each build a `Request` from what they are given and pass
      // the input on; a `Request` with a body can be read only once, so they get a URL and a
      // plain init whose body is already read.
      return send(`${base.replace(/\/$/, '')}${url.pathname}${url.search}`, {
        method: request.method,
        headers: request.headers,
        body: request.body ? await request.arrayBuffer() : undefined,
        signal: request.signal,
      });
    },
  });
  client.use({
    async onResponse({ response }) {
      if (!response.ok) {
        // The DOM's Response and the structural type @backstage/errors declares differ only in typing.
        throw await ResponseError.fromResponse(
          response as unknown as Parameters<
            typeof ResponseError.fromResponse
          >[0],
        );
      }
      return undefined;
    },
  });
  return client;
}
