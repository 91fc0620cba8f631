import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const PROJECT = 'shop-prod';

/** Cloud Asset's searchAllResources REST endpoint on a local port, in two pages. */
export async function cloudAsset(instanceDisplayName = 'api-1') {
  const requests: URL[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://local');
    requests.push(url);
    res.setHeader('Content-Type', 'application/json');
    if (req.headers.authorization !== 'Bearer gcp-test-token') {
      res.statusCode = 401;
      res.end(
        JSON.stringify({
          error: {
            code: 401,
            message: 'Request had invalid authentication credentials.',
            status: 'UNAUTHENTICATED',
          },
        }),
      );
    } else if (!url.searchParams.get('pageToken')) {
      res.end(
        JSON.stringify({
          results: [
            {
              name: `//compute.googleapis.com/projects/${PROJECT}/zones/europe-west1-b/instances/api-1`,
              assetType: 'compute.googleapis.com/Instance',
              project: 'projects/123456789',
              displayName: instanceDisplayName,
              location: 'europe-west1-b',
              labels: { owner: 'team-api', env: 'prod' },
              state: 'RUNNING',
            },
          ],
          nextPageToken: 'page-2',
        }),
      );
    } else {
      res.end(
        JSON.stringify({
          results: [
            {
              name: '//storage.googleapis.com/shop-prod-assets',
              assetType: 'storage.googleapis.com/Bucket',
              project: 'projects/123456789',
              displayName: 'shop-prod-assets',
              location: 'eu',
            },
          ],
        }),
      );
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => server.close(),
  };
}
