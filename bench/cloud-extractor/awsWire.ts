import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * EC2's query API (the XML wire format the SDK parses) on a local port: every account holds
 * `perAccount` instances, answered `pageSize` a page. The account is read from the access key
 * (`AKID<account>`) of the request's signature, so one server serves every account.
 */
export async function ec2WireServer(perAccount: number, pageSize: number) {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      requests += 1;
      const params = new URLSearchParams(body);
      const action = params.get('Action') ?? '';
      const account =
        /Credential=AKID(\d{12})\//.exec(
          req.headers.authorization ?? '',
        )?.[1] ?? '000000000000';
      res.setHeader('Content-Type', 'text/xml');
      if (action !== 'DescribeInstances') {
        res.end(
          `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>1</requestId></${action}Response>`,
        );
        return;
      }
      const page = Number(params.get('NextToken') ?? 0);
      const first = page * pageSize;
      const count = Math.max(0, Math.min(pageSize, perAccount - first));
      const items: string[] = [];
      for (let i = 0; i < count; i++) {
        const n = first + i;
        const id = `i-${n.toString(16).padStart(17, '0')}`;
        items.push(
          `<item><instanceId>${id}</instanceId><instanceType>t3.micro</instanceType><tagSet>` +
            `<item><key>Name</key><value>web-${n}</value></item>` +
            `<item><key>owner</key><value>team-${n % 20}</value></item>` +
            `<item><key>env</key><value>${n % 2 ? 'prod' : 'staging'}</value></item>` +
            `</tagSet></item>`,
        );
      }
      const next =
        first + count < perAccount ? `<nextToken>${page + 1}</nextToken>` : '';
      res.end(
        `<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>1</requestId>` +
          `<reservationSet><item><reservationId>r-${page}</reservationId><ownerId>${account}</ownerId>` +
          `<instancesSet>${items.join('')}</instancesSet></item></reservationSet>${next}</DescribeInstancesResponse>`,
      );
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}

/** `count` account ids with static keys whose access key names the account (see above). */
export function benchAccounts(count: number) {
  const ids = Array.from({ length: count }, (_, i) => String(100000000000 + i));
  return {
    ids,
    awsConfig: {
      accounts: ids.map(accountId => ({
        accountId,
        accessKeyId: `AKID${accountId}`,
        secretAccessKey: 'bench',
      })),
    },
  };
}
