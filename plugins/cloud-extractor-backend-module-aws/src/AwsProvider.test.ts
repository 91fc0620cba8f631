import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
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
import {
  FieldFormatEntityPolicy,
  resourceEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync } from 'node:fs';
import type { ExtractionRequest } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { extractInto } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { DEFAULT_ENTITY_SHAPE } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { toEntity } from '@fawkes/plugin-cloud-extractor-backend';
import { AwsProvider, type AwsProviderOptions } from './AwsProvider';

const ACCOUNT = '123456789012';
const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);
const rds = mockClient(RDSClient);
const lambda = mockClient(LambdaClient);

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

function options(
  overrides: Partial<AwsProviderOptions> = {},
): AwsProviderOptions {
  return {
    accounts: [ACCOUNT],
    regions: ['us-west-2'],
    regionConcurrency: 4,
    serviceConcurrency: 3,
    maxAttempts: 3,
    ...overrides,
  };
}

const everything: ExtractionRequest = {
  provider: 'aws',
  services: null,
  regions: null,
  filters: {},
  batch_size: 100,
};

async function extract(
  provider: AwsProvider,
  request: ExtractionRequest = everything,
) {
  return extractInto(provider, [ACCOUNT], request);
}

const json = (name: string) =>
  JSON.parse(readFileSync(fixturePath('aws', name), 'utf8'));

async function expectValid(entity: Entity) {
  await expect(resourceEntityV1alpha1Validator.check(entity)).resolves.toBe(
    true,
  );
  await expect(
    new FieldFormatEntityPolicy().enforce(entity),
  ).resolves.toBeDefined();
}

beforeEach(() => {
  for (const mock of [ec2, s3, rds, lambda]) mock.reset();
  // Services a test does not mention answer with nothing.
  ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
  s3.on(ListBucketsCommand).resolves({ Buckets: [] });
  rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
  lambda.on(ListFunctionsCommand).resolves({ Functions: [] });
  s3.on(GetBucketTaggingCommand).rejects(
    new S3ServiceException({
      name: 'NoSuchTagSet',
      $fault: 'client',
      $metadata: { httpStatusCode: 404 },
    }),
  );
  lambda.on(ListTagsCommand).resolves({ Tags: {} });
});

const provider = (o?: Partial<AwsProviderOptions>) =>
  new AwsProvider(options(o), credentials).withServices([
    'ec2',
    's3',
    'rds',
    'lambda',
  ]);

describeWithFixtures()('AWS provider on the botocore fixtures', () => {
  it('maps EC2 instances, RDS instances, S3 buckets and Lambda functions to valid Resource entities', async () => {
    ec2
      .on(DescribeInstancesCommand)
      .resolves(json('botocore-ec2-describe-instances.parsed.json'));
    rds
      .on(DescribeDBInstancesCommand)
      .resolves(json('botocore-rds-describe-db-instances.parsed.json'));
    s3.on(ListBucketsCommand).resolves(
      json('botocore-s3-list-buckets.parsed.json'),
    );
    lambda
      .on(ListFunctionsCommand)
      .resolves(json('botocore-lambda-list-functions.example-output.json'));

    const { outcome, mutations } = await extract(provider());
    expect(outcome.status).toBe('completed');
    expect(outcome.results.resources_extracted).toBe(2 + 1 + 36 + 2);
    expect(mutations).toHaveLength(1);
    const mutation = mutations[0];
    if (mutation.type !== 'full')
      throw new Error('expected a full mutation after a complete scan');
    const entities = mutation.entities.map(d => d.entity);
    for (const entity of entities) await expectValid(entity);
    expect(new Set(entities.map(e => e.metadata.name)).size).toBe(
      entities.length,
    );
    expect(new Set(mutation.entities.map(d => d.locationKey))).toEqual(
      new Set([`cloud-extractor:aws:${ACCOUNT}`]),
    );

    const byArn = (arn: string) =>
      entities.find(e => e.metadata.annotations?.['amazonaws.com/arn'] === arn);
    expect(
      byArn(`arn:aws:ec2:us-west-2:${ACCOUNT}:instance/i-fde9cece`),
    ).toMatchObject({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: expect.stringMatching(/^i-fde9cece-[a-f0-9]{10}$/),
        title: 'i-fde9cece',
        labels: { notebook: '' },
        annotations: {
          'amazonaws.com/account-id': ACCOUNT,
          'backstage.io/view-url':
            'https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2#InstanceDetails:instanceId=i-fde9cece',
        },
      },
      spec: { type: 'ec2-instance', owner: 'group:default/cloud-platform' },
    });
    expect(
      byArn(`arn:aws:rds:us-west-2:${ACCOUNT}:db:simcoprod01`)?.spec?.type,
    ).toBe('rds-instance');
    expect(
      byArn('arn:aws:s3:::botostats')?.metadata.annotations?.[
        'backstage.io/view-url'
      ],
    ).toBe('https://s3.console.aws.amazon.com/s3/buckets/botostats');
    expect(
      byArn(`arn:aws:lambda:us-west-2:${ACCOUNT}:function:helloworld`)?.spec
        ?.type,
    ).toBe('lambda-function');
  });
});

describe('AWS provider scans', () => {
  it('follows NextToken across pages', async () => {
    const pages: Record<string, object> = {
      start: {
        Reservations: [
          { Instances: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }] },
        ],
        NextToken: 'page-2',
      },
      'page-2': {
        Reservations: [{ Instances: [{ InstanceId: 'i-3' }] }],
        NextToken: 'page-3',
      },
      'page-3': { Reservations: [{ Instances: [{ InstanceId: 'i-4' }] }] },
    };
    const tokens: Array<string | undefined> = [];
    ec2.on(DescribeInstancesCommand).callsFake(async input => {
      tokens.push(input.NextToken);
      return pages[input.NextToken ?? 'start'];
    });
    const { outcome, mutations } = await extract(provider());
    expect(tokens).toEqual([undefined, 'page-2', 'page-3']);
    expect(outcome.results.resources_extracted).toBe(4);
    expect((mutations[0] as { entities: unknown[] }).entities).toHaveLength(4);
  });

  it('adds only, and removes nothing, when one region fails', async () => {
    ec2.on(DescribeInstancesCommand).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region();
      if (region === 'eu-west-1')
        throw Object.assign(new Error('not authorized in eu-west-1'), {
          name: 'UnauthorizedOperation',
          $metadata: { httpStatusCode: 403 },
        });
      return { Reservations: [{ Instances: [{ InstanceId: `i-${region}` }] }] };
    });
    const { outcome, mutations } = await extract(
      provider({ regions: ['us-east-1', 'eu-west-1'] }),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.results.errors).toEqual([
      {
        provider: 'aws',
        scope: ACCOUNT,
        service: 'ec2',
        region: 'eu-west-1',
        message:
          'UnauthorizedOperation: not authorized in eu-west-1 (HTTP 403)',
      },
    ]);
    expect(outcome.results.scopes[0]).toMatchObject({
      complete: false,
      mutation: 'delta',
      resources: 1,
    });
    expect(mutations.map(m => m.type)).toEqual(['delta']);
    expect(mutations[0]).toMatchObject({ type: 'delta', removed: [] });
    expect(
      (mutations[0] as { added: Array<{ entity: Entity }> }).added.map(
        d => d.entity.metadata.title,
      ),
    ).toEqual(['i-us-east-1']);
  });

  it('removes nothing when a resource could not be mapped to an entity', async () => {
    // An answer the SDK's types allow: an instance without its id.
    ec2.on(DescribeInstancesCommand).resolves({
      Reservations: [
        {
          Instances: [{ InstanceId: 'i-1' }, { State: { Name: 'running' } }],
        },
      ],
    });
    const { outcome, mutations } = await extract(provider());
    expect(outcome.progress.failed_resources).toBe(1);
    expect(outcome.results.scopes[0]).toMatchObject({
      complete: false,
      mutation: 'delta',
      resources: 2,
    });
    expect(outcome.results.errors).toEqual([
      {
        provider: 'aws',
        scope: ACCOUNT,
        service: 'ec2',
        region: 'us-west-2',
        message: expect.stringMatching(
          /^1 resource\(s\) could not be mapped to catalog entities/,
        ),
      },
    ]);
    expect(mutations.map(m => m.type)).toEqual(['delta']);
    expect(mutations[0]).toMatchObject({ removed: [] });
    expect(
      (mutations[0] as { added: Array<{ entity: Entity }> }).added.map(
        d => d.entity.metadata.title,
      ),
    ).toEqual(['i-1']);
  });

  it('publishes a subset trigger as deltas in batch_size chunks', async () => {
    ec2.on(DescribeInstancesCommand).resolves({
      Reservations: [
        {
          Instances: Array.from({ length: 5 }, (_, i) => ({
            InstanceId: `i-${i}`,
          })),
        },
      ],
    });
    const { outcome, mutations } = await extract(provider(), {
      ...everything,
      services: ['ec2'],
      batch_size: 2,
    });
    expect(outcome.status).toBe('completed');
    expect(
      mutations.map(m =>
        m.type === 'delta'
          ? [m.type, m.added.length, m.removed.length]
          : [m.type],
      ),
    ).toEqual([
      ['delta', 2, 0],
      ['delta', 2, 0],
      ['delta', 1, 0],
    ]);
  });

  it('publishes a shared VPC or security group once, in the scope of the account that owns it', async () => {
    // With AWS RAM sharing, a participant account lists the owner's VPC and shared security groups too.
    const owner = ACCOUNT;
    const participant = '210987654321';
    const accountOf = async (
      getClient: () => {
        config: { credentials: () => Promise<{ accessKeyId: string }> };
      },
    ) =>
      (await getClient().config.credentials()).accessKeyId.replace('AKID', '');
    ec2.on(DescribeVpcsCommand).callsFake(async (_input, getClient) => {
      const account = await accountOf(getClient);
      return {
        Vpcs: [
          { VpcId: 'vpc-shared', OwnerId: owner },
          { VpcId: `vpc-own-${account}`, OwnerId: account },
        ],
      };
    });
    ec2
      .on(DescribeSecurityGroupsCommand)
      .callsFake(async (_input, getClient) => {
        const account = await accountOf(getClient);
        return {
          SecurityGroups: [
            {
              GroupId: 'sg-shared',
              GroupName: 'shared-web',
              OwnerId: owner,
              SecurityGroupArn: `arn:aws:ec2:us-west-2:${owner}:security-group/sg-shared`,
            },
            {
              GroupId: `sg-${account}`,
              GroupName: 'default',
              OwnerId: account,
            },
          ],
        };
      });
    const both = DefaultAwsCredentialsManager.fromConfig(
      new ConfigReader({
        aws: {
          accounts: [owner, participant].map(accountId => ({
            accountId,
            accessKeyId: `AKID${accountId}`,
            secretAccessKey: 'test-secret',
          })),
        },
      }),
    );
    const aws = new AwsProvider(
      options({ accounts: [owner, participant] }),
      both,
    ).withServices(['ec2']);
    const { outcome, byScope } = await extractInto(
      aws,
      [owner, participant],
      everything,
    );
    expect(outcome.results.errors).toEqual([]);
    const published = (scope: string) => {
      const [mutation] = byScope[scope];
      if (mutation?.type !== 'full')
        throw new Error(`expected one full mutation for ${scope}`);
      return mutation.entities
        .map(d => d.entity.metadata.annotations!['amazonaws.com/arn'])
        .sort();
    };
    expect(published(owner)).toEqual([
      `arn:aws:ec2:us-west-2:${owner}:security-group/sg-${owner}`,
      `arn:aws:ec2:us-west-2:${owner}:security-group/sg-shared`,
      `arn:aws:ec2:us-west-2:${owner}:vpc/vpc-own-${owner}`,
      `arn:aws:ec2:us-west-2:${owner}:vpc/vpc-shared`,
    ]);
    expect(published(participant)).toEqual([
      `arn:aws:ec2:us-west-2:${participant}:security-group/sg-${participant}`,
      `arn:aws:ec2:us-west-2:${participant}:vpc/vpc-own-${participant}`,
    ]);
  });

  it('names entities uniquely across accounts', async () => {
    ec2
      .on(DescribeInstancesCommand)
      .resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-same' }] }] });
    const other = '210987654321';
    const twoAccounts = DefaultAwsCredentialsManager.fromConfig(
      new ConfigReader({
        aws: {
          accounts: [ACCOUNT, other].map(accountId => ({
            accountId,
            accessKeyId: 'AKIDEXAMPLE',
            secretAccessKey: 'test-secret',
          })),
        },
      }),
    );
    const aws = new AwsProvider(
      options({ accounts: [ACCOUNT, other] }),
      twoAccounts,
    ).withServices(['ec2']);
    const { results } = (await extractInto(aws, [ACCOUNT], everything)).outcome;
    expect(results.scopes.map(s => [s.scope, s.resources])).toEqual([
      [ACCOUNT, 1],
      [other, 1],
    ]);
    const resource = (scope: string) => ({
      provider: 'aws',
      scope,
      id: `arn:aws:ec2:us-west-2:${scope}:instance/i-same`,
      type: 'ec2-instance',
      service: 'ec2',
      region: 'us-west-2',
      name: 'i-same',
      tags: {},
    });
    const a = toEntity(resource(ACCOUNT), 'x', DEFAULT_ENTITY_SHAPE).metadata
      .name;
    const b = toEntity(resource(other), 'x', DEFAULT_ENTITY_SHAPE).metadata
      .name;
    expect(a).not.toBe(b);
  });
});
