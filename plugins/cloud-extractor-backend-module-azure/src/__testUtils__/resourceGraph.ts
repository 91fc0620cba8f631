import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Resource Graph rows and a local server answering in its REST wire format. */
export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
export const OTHER = '00000000-0000-0000-0000-000000000002';
export const credential = {
  getToken: async () => ({
    token: 'azure-test-token',
    expiresOnTimestamp: Date.now() + 3_600_000,
  }),
};
export const vm = {
  id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/web-01`,
  name: 'web-01',
  type: 'microsoft.compute/virtualmachines',
  location: 'westeurope',
  subscriptionId: SUBSCRIPTION,
  tags: { owner: 'team-web', 'cost center': 'CC 42' },
};
export const account = {
  id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/datalake`,
  name: 'datalake',
  type: 'microsoft.storage/storageaccounts',
  location: 'westeurope',
  subscriptionId: SUBSCRIPTION,
  tags: null,
};
export const vault = {
  id: `/subscriptions/${OTHER}/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/secrets-01`,
  name: 'secrets-01',
  type: 'microsoft.keyvault/vaults',
  location: 'northeurope',
  subscriptionId: OTHER,
  tags: { owner: 'team-sec' },
};

export type Answer = { status?: number; body: object; retryAfter?: string };

/**
 * Resource Graph's REST API on a local port: answers each POST with the next of `answers`
 * (the last one repeats), and records what was asked.
 */
export async function resourceGraph(answers: Answer[]) {
  const requests: Array<{ url: string; authorization?: string; body: any }> =
    [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', chunk => (text += chunk));
    req.on('end', () => {
      requests.push({
        url: req.url!,
        authorization: req.headers.authorization,
        body: JSON.parse(text),
      });
      const answer = answers[Math.min(requests.length, answers.length) - 1];
      res.statusCode = answer.status ?? 200;
      res.setHeader('Content-Type', 'application/json');
      if (answer.retryAfter) res.setHeader('Retry-After', answer.retryAfter);
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => server.close(),
  };
}

export const throttled: Answer = {
  status: 429,
  retryAfter: '0',
  body: {
    error: {
      code: 'RateLimiting',
      message: 'Please provide below info when asking for support',
    },
  },
};
export const page = (
  data: object[],
  skipToken?: string,
  resultTruncated = 'false',
): Answer => ({
  body: {
    totalRecords: 3,
    count: data.length,
    resultTruncated,
    ...(skipToken ? { $skipToken: skipToken } : {}),
    data,
  },
});
