import {
  DynamoDBClient,
  ListTablesCommand,
  ListTagsOfResourceCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  DescribeClusterCommand,
  EKSClient,
  ListClustersCommand,
} from '@aws-sdk/client-eks';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import {
  GetBucketTaggingCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Entity } from '@backstage/catalog-model';
import { mockClient } from 'aws-sdk-client-mock';
import { extractInto } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { TEST_ACCOUNT } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { awsTestCredentials } from './__testUtils__/awsTestCredentials';
import { AwsProvider, type AwsProviderOptions } from './AwsProvider';
import { awsPartitionOf } from './awsPartitions';

const ACCOUNT = TEST_ACCOUNT;
const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);
const rds = mockClient(RDSClient);
const eks = mockClient(EKSClient);
const dynamodb = mockClient(DynamoDBClient);

const credentials = awsTestCredentials();
const options = (regions: string[]): AwsProviderOptions => ({
  accounts: [ACCOUNT],
  regions,
  regionConcurrency: 1,
  serviceConcurrency: 1,
  maxAttempts: 1,
});

beforeEach(() => {
  for (const mock of [ec2, s3, rds, eks, dynamodb]) mock.reset();
  // Answers without ARNs, so the provider builds every one of them itself.
  ec2.on(DescribeInstancesCommand).resolves({
    Reservations: [{ OwnerId: ACCOUNT, Instances: [{ InstanceId: 'i-1' }] }],
  });
  ec2.on(DescribeSecurityGroupsCommand).resolves({
    SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'web', OwnerId: ACCOUNT }],
  });
  ec2
    .on(DescribeVpcsCommand)
    .resolves({ Vpcs: [{ VpcId: 'vpc-1', OwnerId: ACCOUNT }] });
  s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'logs' }] });
  s3.on(GetBucketTaggingCommand).resolves({ TagSet: [] });
  rds
    .on(DescribeDBInstancesCommand)
    .resolves({ DBInstances: [{ DBInstanceIdentifier: 'db-1' }] });
  eks.on(ListClustersCommand).resolves({ clusters: ['k-1'] });
  eks.on(DescribeClusterCommand).resolves({ cluster: { name: 'k-1' } });
  dynamodb.on(ListTablesCommand).resolves({ TableNames: ['orders'] });
  dynamodb
    .on(ListTagsOfResourceCommand)
    .resolves({ Tags: [{ Key: 'owner', Value: 'team-orders' }] });
});

describe('AWS partitions', () => {
  it('tells the partition from the region name, and no partition for names of other clouds', () => {
    expect(
      [
        'us-east-1',
        'eu-central-2',
        'cn-north-1',
        'cn-northwest-1',
        'us-gov-west-1',
        'us-iso-east-1',
        'us-isob-east-1',
        'eu-isoe-west-1',
        'us-isof-south-1',
        'eusc-de-east-1',
      ].map(awsPartitionOf),
    ).toEqual([
      'aws',
      'aws',
      'aws-cn',
      'aws-cn',
      'aws-us-gov',
      'aws-iso',
      'aws-iso-b',
      'aws-iso-e',
      'aws-iso-f',
      'aws-eusc',
    ]);
    expect(
      ['westeurope', 'europe-west1', 'us-central1-a', 'global'].map(
        awsPartitionOf,
      ),
    ).toEqual([undefined, undefined, undefined, undefined]);
    expect(
      () => new AwsProvider(options(['us-east-1', 'westeurope']), credentials),
    ).toThrow(
      'cloudExtractor.providers.aws.regions: westeurope is not AWS; expected an AWS region',
    );
  });

  it.each([
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
  ])(
    'builds the ARNs of %s in the %s partition, including those it asks tags for',
    async (region, partition) => {
      const aws = new AwsProvider(options([region]), credentials).withServices([
        'ec2',
        's3',
        'rds',
        'eks',
        'dynamodb',
      ]);
      const { outcome, mutations } = await extractInto(aws, [ACCOUNT], {
        provider: 'aws',
        services: null,
        regions: null,
        filters: {},
        batch_size: 100,
      });
      expect(outcome.results.errors).toEqual([]);
      const arns = (
        mutations[0] as { entities: Array<{ entity: Entity }> }
      ).entities.map(d => d.entity.metadata.annotations!['amazonaws.com/arn']);
      expect(arns.sort()).toEqual(
        [
          `arn:${partition}:dynamodb:${region}:${ACCOUNT}:table/orders`,
          `arn:${partition}:ec2:${region}:${ACCOUNT}:instance/i-1`,
          `arn:${partition}:ec2:${region}:${ACCOUNT}:security-group/sg-1`,
          `arn:${partition}:ec2:${region}:${ACCOUNT}:vpc/vpc-1`,
          `arn:${partition}:eks:${region}:${ACCOUNT}:cluster/k-1`,
          `arn:${partition}:rds:${region}:${ACCOUNT}:db:db-1`,
          `arn:${partition}:s3:::logs`,
        ].sort(),
      );
      expect(
        dynamodb
          .commandCalls(ListTagsOfResourceCommand)
          .map(call => call.args[0].input.ResourceArn),
      ).toEqual([
        `arn:${partition}:dynamodb:${region}:${ACCOUNT}:table/orders`,
      ]);
    },
  );
});
