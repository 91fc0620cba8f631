import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The demo's AWS account (static keys in the demo config, so no STS call is made). */
export const DEMO_AWS_ACCOUNT = '123456789012';

const INSTANCES = [
  { id: 'i-0demo00000000001', name: 'payments-web-1', type: 't3.small' },
  { id: 'i-0demo00000000002', name: 'payments-web-2', type: 't3.small' },
  { id: 'i-0demo00000000003', name: 'payments-worker', type: 'm6i.large' },
];

/** EC2's DescribeInstances answer in its wire format (the query API's XML). */
function describeInstances(): string {
  const items = INSTANCES.map(
    i => `<item>
      <instanceId>${i.id}</instanceId>
      <imageId>ami-0demo</imageId>
      <instanceState><code>16</code><name>running</name></instanceState>
      <instanceType>${i.type}</instanceType>
      <launchTime>2026-11-01T10:00:00.000Z</launchTime>
      <placement><availabilityZone>us-east-1a</availabilityZone></placement>
      <tagSet>
        <item><key>Name</key><value>${i.name}</value></item>
        <item><key>owner</key><value>group:default/payments-team</value></item>
      </tagSet>
    </item>`,
  ).join('');
  return `<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>demo-1</requestId>
  <reservationSet><item>
    <reservationId>r-0demo</reservationId>
    <ownerId>${DEMO_AWS_ACCOUNT}</ownerId>
    <instancesSet>${items}</instancesSet>
  </item></reservationSet>
</DescribeInstancesResponse>`;
}

export interface CloudServer {
  /** The endpoint for `cloudExtractor.providers.aws.endpoint`. */
  url: string;
  close(): Promise<void>;
}

/**
 * A local stand-in for EC2 (development only), so the demo's extraction needs no AWS account and
 * no internet: it answers DescribeInstances with three instances and every other EC2 call with an
 * empty answer, in the wire format the AWS SDK reads. Its cloud-extractor tests use the same way.
 */
export async function startCloudServer(): Promise<CloudServer> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? '';
      res.setHeader('content-type', 'text/xml');
      res.end(
        action === 'DescribeInstances'
          ? describeInstances()
          : `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>demo-2</requestId></${action}Response>`,
      );
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
