import {
  DescribeServicesCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
} from '@aws-sdk/client-ecs';
import {
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  DynamoDBClient,
  ListTablesCommand,
  ListTagsOfResourceCommand,
} from '@aws-sdk/client-dynamodb';
import {
  IAMClient,
  ListRolesCommand,
  ListRoleTagsCommand,
} from '@aws-sdk/client-iam';
import {
  LambdaClient,
  ListFunctionsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-lambda';
import {
  GetBucketTaggingCommand,
  ListBucketsCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { Entity } from '@backstage/catalog-model';
import { mockClient } from 'aws-sdk-client-mock';
import { extractInto } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { TEST_ACCOUNT } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { awsTestCredentials } from './__testUtils__/awsTestCredentials';
import { AwsProvider } from './AwsProvider';

const ACCOUNT = TEST_ACCOUNT;
const REGION = 'us-west-2';
const s3 = mockClient(S3Client);
const lambda = mockClient(LambdaClient);
const ecs = mockClient(ECSClient);
const elb = mockClient(ElasticLoadBalancingV2Client);
const iam = mockClient(IAMClient);
const dynamodb = mockClient(DynamoDBClient);

const credentials = awsTestCredentials();

/** Scans one service with the given tag concurrency; answers the entities of the one mutation. */
async function scan(service: string, tagConcurrency = 3) {
  const aws = new AwsProvider(
    {
      accounts: [ACCOUNT],
      regions: [REGION],
      regionConcurrency: 1,
      serviceConcurrency: 1,
      tagConcurrency,
      maxAttempts: 1,
    },
    credentials,
  ).withServices([service]);
  const { outcome, mutations } = await extractInto(aws, [ACCOUNT], {
    provider: 'aws',
    services: null,
    regions: null,
    filters: {},
    batch_size: 1000,
  });
  const [mutation] = mutations;
  const entities: Entity[] = (
    mutation.type === 'full' ? mutation.entities : mutation.added
  ).map(d => d.entity);
  const byTitle = Object.fromEntries(entities.map(e => [e.metadata.title, e]));
  return { outcome, mutation, entities, byTitle };
}

/** Counts calls in flight, to prove the tag calls are bounded. */
function inFlight() {
  let now = 0;
  let peak = 0;
  return {
    get peak() {
      return peak;
    },
    async around<T>(work: () => T): Promise<T> {
      now += 1;
      peak = Math.max(peak, now);
      await new Promise(resolve => setTimeout(resolve, 5));
      try {
        return work();
      } finally {
        now -= 1;
      }
    },
  };
}

const denied = (message: string) =>
  Object.assign(new Error(message), {
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 403 },
  });

beforeEach(() => {
  for (const mock of [s3, lambda, ecs, elb, iam, dynamodb]) mock.reset();
});

describe('AWS tags read with each service own call', () => {
  it('S3: GetBucketTagging per bucket, NoSuchTagSet meaning no tags, at most tagConcurrency at once', async () => {
    const buckets = Array.from({ length: 12 }, (_, i) => ({
      Name: `bucket-${i}`,
      BucketRegion: 'eu-west-1',
    }));
    s3.on(ListBucketsCommand).resolves({ Buckets: buckets });
    const calls = inFlight();
    s3.on(GetBucketTaggingCommand).callsFake(input =>
      calls.around(() => {
        if (input.Bucket === 'bucket-1') {
          throw new S3ServiceException({
            name: 'NoSuchTagSet',
            $fault: 'client',
            $metadata: { httpStatusCode: 404 },
            message: 'The TagSet does not exist',
          });
        }
        return {
          TagSet: [
            { Key: 'owner', Value: 'team-data' },
            { Key: 'env', Value: input.Bucket },
          ],
        };
      }),
    );
    const { outcome, mutation, byTitle } = await scan('s3', 4);
    expect(outcome.results.errors).toEqual([]);
    expect(mutation.type).toBe('full');
    expect(s3.commandCalls(GetBucketTaggingCommand)).toHaveLength(12);
    expect(calls.peak).toBe(4);
    expect(byTitle['bucket-0']).toMatchObject({
      metadata: { labels: { owner: 'team-data', env: 'bucket-0' } },
      spec: { owner: 'group:team-data' },
    });
    expect(byTitle['bucket-1'].metadata.labels ?? {}).toEqual({});
    expect(byTitle['bucket-1'].spec?.owner).toBe(
      'group:default/cloud-platform',
    );
  });

  it('Lambda: ListTags per function', async () => {
    lambda.on(ListFunctionsCommand).resolves({
      Functions: ['api', 'worker'].map(name => ({
        FunctionName: name,
        FunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`,
      })),
    });
    lambda.on(ListTagsCommand).callsFake(input => ({
      Tags: {
        owner: input.Resource.endsWith(':api') ? 'team-api' : 'team-jobs',
      },
    }));
    const { outcome, byTitle } = await scan('lambda');
    expect(outcome.results.errors).toEqual([]);
    expect(
      lambda.commandCalls(ListTagsCommand).map(c => c.args[0].input.Resource),
    ).toEqual([
      `arn:aws:lambda:${REGION}:${ACCOUNT}:function:api`,
      `arn:aws:lambda:${REGION}:${ACCOUNT}:function:worker`,
    ]);
    expect(byTitle.api.spec?.owner).toBe('group:team-api');
    expect(byTitle.worker.spec?.owner).toBe('group:team-jobs');
  });

  it('ECS: DescribeServices with include TAGS, 10 services a call', async () => {
    const cluster = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/shop`;
    const arns = Array.from(
      { length: 23 },
      (_, i) => `arn:aws:ecs:${REGION}:${ACCOUNT}:service/shop/svc-${i}`,
    );
    ecs.on(ListClustersCommand).resolves({ clusterArns: [cluster] });
    ecs.on(ListServicesCommand).resolves({ serviceArns: arns });
    ecs.on(DescribeServicesCommand).callsFake(input => ({
      services: input.services.map((arn: string) => ({
        serviceArn: arn,
        tags: [
          { key: 'owner', value: 'team-shop' },
          { key: 'svc', value: arn.split('/').pop() },
        ],
      })),
    }));
    const { outcome, entities, byTitle } = await scan('ecs');
    expect(outcome.results.errors).toEqual([]);
    const describeCalls = ecs
      .commandCalls(DescribeServicesCommand)
      .map(c => c.args[0].input);
    expect(describeCalls.map(input => input.services!.length)).toEqual([
      10, 10, 3,
    ]);
    expect(
      describeCalls.every(
        input => input.cluster === cluster && input.include?.includes('TAGS'),
      ),
    ).toBe(true);
    expect(entities).toHaveLength(23);
    expect(byTitle['shop-svc-22']).toMatchObject({
      metadata: { labels: { owner: 'team-shop', svc: 'svc-22' } },
      spec: { owner: 'group:team-shop' },
    });
  });

  it('ELBv2: DescribeTags, 20 load balancers a call', async () => {
    const balancers = Array.from({ length: 25 }, (_, i) => ({
      LoadBalancerName: `lb-${i}`,
      LoadBalancerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/lb-${i}/50dc6c495c0c9188`,
    }));
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: balancers });
    elb.on(DescribeTagsCommand).callsFake(input => ({
      TagDescriptions: input.ResourceArns.map((arn: string) => ({
        ResourceArn: arn,
        Tags: [{ Key: 'owner', Value: 'team-edge' }],
      })),
    }));
    const { outcome, byTitle } = await scan('elbv2');
    expect(outcome.results.errors).toEqual([]);
    expect(
      elb
        .commandCalls(DescribeTagsCommand)
        .map(c => c.args[0].input.ResourceArns!.length),
    ).toEqual([20, 5]);
    expect(byTitle['lb-24'].spec?.owner).toBe('group:team-edge');
  });

  it('IAM: ListRoleTags per role, following its Marker', async () => {
    iam.on(ListRolesCommand).resolves({
      Roles: [
        {
          RoleName: 'deployer',
          Arn: `arn:aws:iam::${ACCOUNT}:role/deployer`,
          Path: '/',
          RoleId: 'AROA1',
          CreateDate: new Date(),
        },
      ],
    });
    iam
      .on(ListRoleTagsCommand, { RoleName: 'deployer', Marker: undefined })
      .resolves({
        Tags: [{ Key: 'owner', Value: 'team-ci' }],
        IsTruncated: true,
        Marker: 'more',
      })
      .on(ListRoleTagsCommand, { RoleName: 'deployer', Marker: 'more' })
      .resolves({
        Tags: [{ Key: 'tier', Value: 'platform' }],
        IsTruncated: false,
      });
    const { outcome, byTitle } = await scan('iam');
    expect(outcome.results.errors).toEqual([]);
    expect(byTitle.deployer).toMatchObject({
      metadata: { labels: { owner: 'team-ci', tier: 'platform' } },
      spec: { owner: 'group:team-ci' },
    });
  });

  it('DynamoDB: ListTagsOfResource per table, following NextToken', async () => {
    dynamodb.on(ListTablesCommand).resolves({ TableNames: ['orders'] });
    const arn = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`;
    dynamodb
      .on(ListTagsOfResourceCommand, { ResourceArn: arn, NextToken: undefined })
      .resolves({
        Tags: [{ Key: 'owner', Value: 'team-orders' }],
        NextToken: 'next',
      })
      .on(ListTagsOfResourceCommand, { ResourceArn: arn, NextToken: 'next' })
      .resolves({ Tags: [{ Key: 'pii', Value: 'yes' }] });
    const { outcome, byTitle } = await scan('dynamodb');
    expect(outcome.results.errors).toEqual([]);
    expect(byTitle.orders).toMatchObject({
      metadata: { labels: { owner: 'team-orders', pii: 'yes' } },
      spec: { owner: 'group:team-orders' },
    });
  });

  it('keeps a resource whose tag call fails, without tags, and then removes nothing', async () => {
    lambda.on(ListFunctionsCommand).resolves({
      Functions: ['api', 'secret', 'worker'].map(name => ({
        FunctionName: name,
        FunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`,
      })),
    });
    lambda.on(ListTagsCommand).callsFake(input => {
      if (input.Resource.endsWith(':secret'))
        throw denied('not authorized to perform: lambda:ListTags');
      return { Tags: { owner: 'team-api' } };
    });
    const { outcome, mutation, byTitle } = await scan('lambda');
    expect(Object.keys(byTitle).sort()).toEqual(['api', 'secret', 'worker']);
    expect(byTitle.secret.spec?.owner).toBe('group:default/cloud-platform');
    expect(byTitle.api.spec?.owner).toBe('group:team-api');
    expect(mutation).toMatchObject({ type: 'delta', removed: [] });
    expect(outcome.results.scopes[0]).toMatchObject({
      complete: false,
      mutation: 'delta',
      resources: 3,
    });
    expect(outcome.results.errors).toEqual([
      {
        provider: 'aws',
        scope: ACCOUNT,
        service: 'lambda',
        region: REGION,
        message:
          'Tags of 1 resource(s) could not be read; they were kept without tags. First error: AccessDeniedException: not authorized to perform: lambda:ListTags (HTTP 403)',
      },
    ]);
  });

  it('counts every resource of a failed batch call (ELBv2)', async () => {
    const balancers = Array.from({ length: 22 }, (_, i) => ({
      LoadBalancerName: `lb-${i}`,
      LoadBalancerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/lb-${i}/1`,
    }));
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: balancers });
    elb.on(DescribeTagsCommand).callsFake(input => {
      if (input.ResourceArns.length === 20)
        throw denied(
          'not authorized to perform: elasticloadbalancing:DescribeTags',
        );
      return {
        TagDescriptions: input.ResourceArns.map((arn: string) => ({
          ResourceArn: arn,
          Tags: [{ Key: 'owner', Value: 'team-edge' }],
        })),
      };
    });
    const { outcome, entities, byTitle } = await scan('elbv2');
    expect(entities).toHaveLength(22);
    expect(byTitle['lb-0'].spec?.owner).toBe('group:default/cloud-platform');
    expect(byTitle['lb-21'].spec?.owner).toBe('group:team-edge');
    expect(outcome.results.errors[0].message).toMatch(
      /^Tags of 20 resource\(s\) could not be read/,
    );
  });
});
