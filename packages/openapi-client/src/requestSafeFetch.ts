import type { PluginFetch } from './createPluginClient';

/**
 * For a frontend's `fetchApi`: the client hands `fetch` a finished `Request`, and Backstage's
 * fetch middlewares build a new `Request` from their input to inspect it before passing the input
 * on, which a browser refuses once the body has been read ("Cannot construct a Request with a
 * Request object that has already been used"). Handing them the URL and a plain init with the body
 * read avoids that.
 */
export function requestSafeFetch(fetchApi: PluginFetch): PluginFetch {
  return {
    async fetch(input, init) {
      if (!(input instanceof Request)) return fetchApi.fetch(input, init);
      const hasBody = !['GET', 'HEAD'].includes(input.method);
      return fetchApi.fetch(input.url, {
        method: input.method,
        headers: input.headers,
        body: hasBody ? await input.arrayBuffer() : undefined,
        signal: input.signal,
      });
    },
  };
}
