import { requestSafeFetch } from './requestSafeFetch';

describe('requestSafeFetch', () => {
  it('passes a Request on as its URL and a plain init, body included', async () => {
    const calls: Array<[RequestInfo | URL, RequestInit | undefined]> = [];
    const fetchApi = {
      fetch: jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push([input, init]);
        // What Backstage's middlewares do: build a Request from the input, then use the input.
        const probe = new Request(input, init);
        return new Response(await probe.text());
      }),
    };
    const request = new Request(
      'http://backend/api/factstore/api/v1/approvals/1/approve',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ comment: 'ok' }),
      },
    );
    const response = await requestSafeFetch(fetchApi).fetch(request);
    expect(await response.text()).toBe('{"comment":"ok"}');
    expect(calls[0][0]).toBe(
      'http://backend/api/factstore/api/v1/approvals/1/approve',
    );
    expect(calls[0][1]?.method).toBe('POST');
  });

  it('leaves a URL call as it is', async () => {
    const fetchApi = { fetch: jest.fn(async () => new Response('ok')) };
    await requestSafeFetch(fetchApi).fetch('http://backend/x', {
      method: 'GET',
    });
    expect(fetchApi.fetch).toHaveBeenCalledWith('http://backend/x', {
      method: 'GET',
    });
  });
});
