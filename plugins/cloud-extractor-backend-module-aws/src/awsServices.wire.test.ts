import { createServer, type IncomingMessage } from 'node:http';
import { TEST_ACCOUNT } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { extractOverWire, listening } from './__testUtils__/wireProvider';

const ACCOUNT = TEST_ACCOUNT;

/**
 * One local endpoint answering six AWS services, each in its documented wire format:
 * CloudFront and Route 53 (REST-XML), API Gateway (REST-JSON), SQS (JSON 1.0), ECR (JSON 1.1)
 * and SNS (Query, XML answers). Each list is paged once so the SDK paginators are exercised.
 */
async function awsEndpoint() {
  const calls: string[] = [];
  let url = '';
  const answer = (req: IncomingMessage, body: string): [string, string] => {
    const path = new URL(req.url!, 'http://x');
    const target = req.headers['x-amz-target'] as string | undefined;
    if (target) {
      const input = JSON.parse(body || '{}');
      calls.push(target);
      switch (target) {
        case 'AmazonSQS.ListQueues':
          return [
            'application/x-amz-json-1.0',
            JSON.stringify(
              input.NextToken
                ? { QueueUrls: [`${url}/${ACCOUNT}/payments`] }
                : { QueueUrls: [`${url}/${ACCOUNT}/orders`], NextToken: 'q2' },
            ),
          ];
        case 'AmazonSQS.ListQueueTags':
          return [
            'application/x-amz-json-1.0',
            JSON.stringify({ Tags: { owner: 'team-queues' } }),
          ];
        case 'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories':
          return [
            'application/x-amz-json-1.1',
            JSON.stringify({
              repositories: [
                {
                  repositoryArn: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/team/api`,
                  repositoryName: 'team/api',
                  registryId: ACCOUNT,
                },
              ],
            }),
          ];
        case 'AmazonEC2ContainerRegistry_V20150921.ListTagsForResource':
          return [
            'application/x-amz-json-1.1',
            JSON.stringify({ tags: [{ Key: 'owner', Value: 'team-images' }] }),
          ];
        default:
          throw new Error(`unexpected ${target}`);
      }
    }
    const form = new URLSearchParams(body);
    const action = form.get('Action');
    if (action) {
      calls.push(`SNS.${action}`);
      const ns = 'xmlns="http://sns.amazonaws.com/doc/2010-03-31/"';
      const meta =
        '<ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>';
      if (action === 'ListTopics')
        return [
          'text/xml',
          `<ListTopicsResponse ${ns}><ListTopicsResult><Topics><member><TopicArn>arn:aws:sns:us-east-1:${ACCOUNT}:deployments</TopicArn></member></Topics></ListTopicsResult>${meta}</ListTopicsResponse>`,
        ];
      return [
        'text/xml',
        `<ListTagsForResourceResponse ${ns}><ListTagsForResourceResult><Tags><member><Key>owner</Key><Value>team-topics</Value></member></Tags></ListTagsForResourceResult>${meta}</ListTagsForResourceResponse>`,
      ];
    }
    calls.push(`${req.method} ${path.pathname}`);
    if (path.pathname === '/2020-05-31/distribution') {
      const first = !path.searchParams.get('Marker');
      const id = first ? 'E1ABCDEF' : 'E2ABCDEF';
      return [
        'text/xml',
        `<?xml version="1.0"?><DistributionList xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Marker>${first ? '' : 'm2'}</Marker>${first ? '<NextMarker>m2</NextMarker>' : ''}<MaxItems>1</MaxItems><IsTruncated>${first}</IsTruncated><Quantity>1</Quantity><Items><DistributionSummary><Id>${id}</Id><ARN>arn:aws:cloudfront::${ACCOUNT}:distribution/${id}</ARN><Status>Deployed</Status><DomainName>${id.toLowerCase()}.cloudfront.net</DomainName><Enabled>true</Enabled></DistributionSummary></Items></DistributionList>`,
      ];
    }
    if (path.pathname === '/2020-05-31/tagging')
      return [
        'text/xml',
        `<?xml version="1.0"?><Tags xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Items><Tag><Key>owner</Key><Value>team-edge</Value></Tag></Items></Tags>`,
      ];
    if (path.pathname === '/2013-04-01/hostedzone')
      return [
        'text/xml',
        `<?xml version="1.0"?><ListHostedZonesResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><HostedZones><HostedZone><Id>/hostedzone/Z0123456789</Id><Name>example.com.</Name><CallerReference>c1</CallerReference><Config><PrivateZone>false</PrivateZone></Config><ResourceRecordSetCount>3</ResourceRecordSetCount></HostedZone></HostedZones><IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesResponse>`,
      ];
    if (path.pathname === '/2013-04-01/tags/hostedzone/Z0123456789')
      return [
        'text/xml',
        `<?xml version="1.0"?><ListTagsForResourceResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><ResourceTagSet><ResourceType>hostedzone</ResourceType><ResourceId>Z0123456789</ResourceId><Tags><Tag><Key>owner</Key><Value>team-dns</Value></Tag></Tags></ResourceTagSet></ListTagsForResourceResponse>`,
      ];
    if (path.pathname === '/restapis')
      return [
        'application/json',
        JSON.stringify(
          path.searchParams.get('position')
            ? { item: [{ id: 'b2c3d4', name: 'payments' }] }
            : {
                position: 'p2',
                item: [
                  { id: 'a1b2c3', name: 'orders', tags: { owner: 'team-api' } },
                ],
              },
        ),
      ];
    throw new Error(`unexpected ${req.method} ${req.url}`);
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      try {
        const [type, text] = answer(req, body);
        res.setHeader('Content-Type', type);
        res.end(text);
      } catch (error) {
        res.statusCode = 400;
        res.end(String(error));
      }
    });
  });
  const endpoint = await listening(server);
  url = endpoint.url;
  return { ...endpoint, calls };
}

describe('AWS services over their wire formats', () => {
  it('lists CloudFront, Route 53, API Gateway, SQS, SNS and ECR through the SDK v3 clients, with tags', async () => {
    const endpoint = await awsEndpoint();
    try {
      const services = [
        'cloudfront',
        'route53',
        'apigateway',
        'sqs',
        'sns',
        'ecr',
      ];
      const { outcome, mutations, entities } = await extractOverWire(
        endpoint.url,
        services,
      );
      expect(outcome.results.errors).toEqual([]);
      expect(mutations).toHaveLength(1);
      const byArn = Object.fromEntries(
        entities.map(e => [
          e.metadata.annotations!['amazonaws.com/arn'],
          {
            type: e.spec!.type,
            owner: e.metadata.labels?.owner ?? e.spec!.owner,
          },
        ]),
      );
      expect(Object.keys(byArn).sort()).toEqual(
        [
          `arn:aws:cloudfront::${ACCOUNT}:distribution/E1ABCDEF`,
          `arn:aws:cloudfront::${ACCOUNT}:distribution/E2ABCDEF`,
          'arn:aws:route53:::hostedzone/Z0123456789',
          'arn:aws:apigateway:us-east-1::/restapis/a1b2c3',
          'arn:aws:apigateway:us-east-1::/restapis/b2c3d4',
          `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`,
          `arn:aws:sqs:us-east-1:${ACCOUNT}:payments`,
          `arn:aws:sns:us-east-1:${ACCOUNT}:deployments`,
          `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/team/api`,
        ].sort(),
      );
      expect(byArn[`arn:aws:sqs:us-east-1:${ACCOUNT}:orders`].type).toBe(
        'sqs-queue',
      );
      // Tags came through each service's own tag call.
      const tagged = entities.map(e => JSON.stringify(e.metadata));
      for (const owner of [
        'team-edge',
        'team-dns',
        'team-api',
        'team-queues',
        'team-topics',
        'team-images',
      ])
        expect(tagged.some(text => text.includes(owner))).toBe(true);
      // Global services are listed once; `global` is not a region.
      expect(outcome.results.services_processed).toBe(6);
      expect(outcome.results.regions_processed).toBe(1);
      expect(endpoint.calls).toEqual(
        expect.arrayContaining([
          'GET /2020-05-31/distribution',
          'GET /2013-04-01/hostedzone',
          'GET /restapis',
          'AmazonSQS.ListQueues',
          'SNS.ListTopics',
          'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories',
        ]),
      );
    } finally {
      endpoint.close();
    }
  });
});
