import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extractInto } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { AwsProvider } from './AwsProvider';

const ACCOUNT = '123456789012';

/** EC2's query API on a local port: throttles the first DescribeInstances, then answers the botocore XML. */
async function ec2Endpoint(xml: string) {
  const actions: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? '';
      actions.push(action);
      res.setHeader('Content-Type', 'text/xml');
      if (
        action === 'DescribeInstances' &&
        actions.filter(a => a === action).length === 1
      ) {
        res.statusCode = 503;
        res.end(
          '<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>1</RequestID></Response>',
        );
      } else if (action === 'DescribeInstances') {
        res.end(xml);
      } else {
        res.end(
          `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>2</requestId></${action}Response>`,
        );
      }
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    actions,
    close: () => server.close(),
  };
}

describeWithFixtures()('AWS provider over the EC2 wire format', () => {
  it('reads the botocore EC2 XML through the real SDK, retrying a throttled call', async () => {
    const endpoint = await ec2Endpoint(
      readFileSync(
        fixturePath('aws', 'botocore-ec2-describe-instances.xml'),
        'utf8',
      ),
    );
    try {
      const credentials = DefaultAwsCredentialsManager.fromConfig(
        new ConfigReader({
          aws: {
            accounts: [
              {
                accountId: ACCOUNT,
                accessKeyId: 'AKIDEXAMPLE',
                secretAccessKey: 'test-secret',
              },
            ],
          },
        }),
      );
      const aws = new AwsProvider(
        {
          accounts: [ACCOUNT],
          regions: ['us-west-2'],
          regionConcurrency: 1,
          serviceConcurrency: 1,
          maxAttempts: 3,
          endpoint: endpoint.url,
        },
        credentials,
      ).withServices(['ec2']);
      const { outcome, mutations } = await extractInto(aws, [ACCOUNT], {
        provider: 'aws',
        services: null,
        regions: null,
        filters: {},
        batch_size: 100,
      });
      const catalog = { mutations };
      expect(endpoint.actions).toEqual([
        'DescribeInstances',
        'DescribeInstances',
        'DescribeSecurityGroups',
        'DescribeVpcs',
      ]);
      expect(outcome.results.errors).toEqual([]);
      expect(catalog.mutations).toHaveLength(1);
      const mutation = catalog.mutations[0] as {
        type: string;
        entities: Array<{ entity: Entity }>;
      };
      expect(mutation.type).toBe('full');
      expect(
        mutation.entities.map(
          d => d.entity.metadata.annotations?.['amazonaws.com/arn'],
        ),
      ).toEqual([
        `arn:aws:ec2:us-west-2:${ACCOUNT}:instance/i-fde9cece`,
        `arn:aws:ec2:us-west-2:${ACCOUNT}:instance/i-78f1b94a`,
      ]);
    } finally {
      endpoint.close();
    }
  });
});
