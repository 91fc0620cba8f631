import { DynamoDBClient, paginateListTables } from '@aws-sdk/client-dynamodb';
import { EC2Client, paginateDescribeInstances, paginateDescribeSecurityGroups, paginateDescribeVpcs } from '@aws-sdk/client-ec2';
import { ECSClient, paginateListClusters as paginateEcsClusters, paginateListServices } from '@aws-sdk/client-ecs';
import { DescribeClusterCommand, EKSClient, paginateListClusters as paginateEksClusters } from '@aws-sdk/client-eks';
import { ElasticLoadBalancingV2Client, paginateDescribeLoadBalancers } from '@aws-sdk/client-elastic-load-balancing-v2';
import { IAMClient, paginateListRoles } from '@aws-sdk/client-iam';
import { LambdaClient, paginateListFunctions } from '@aws-sdk/client-lambda';
import { RDSClient, paginateDescribeDBInstances } from '@aws-sdk/client-rds';
import { S3Client, paginateListBuckets } from '@aws-sdk/client-s3';
import type { CloudResource, FilterValue } from '../types';

/** What a service lister gets: one client factory per SDK client class, bound to account and region. */
export interface AwsListContext {
  account: string;
  region: string;
  filters: Record<string, FilterValue>;
  client<C>(ctor: new (config: any) => C): C;
}

export interface AwsService {
  service: string;
  description: string;
  resource_types: string[];
  /** Listed once per account rather than per region. */
  global?: boolean;
  /** Pages of resources. */
  list(ctx: AwsListContext): AsyncIterable<CloudResource[]>;
}

type Tag = { Key?: string; Value?: string };
const tagsOf = (tags?: Tag[]) =>
  Object.fromEntries((tags ?? []).filter(t => t.Key).map(t => [t.Key!, t.Value ?? '']));

const console = (region: string, path: string) => `https://${region}.console.aws.amazon.com/${path}`;

function resource(ctx: AwsListContext, r: Omit<CloudResource, 'provider' | 'scope' | 'region'> & { region?: string }): CloudResource {
  return { provider: 'aws', scope: ctx.account, region: ctx.region, ...r };
}

/** The AWS services the extractor lists, each through its SDK v3 paginator. */
export const AWS_SERVICES: AwsService[] = [
  {
    service: 'ec2',
    description: 'Extracts EC2 instances, security groups and VPCs',
    resource_types: ['ec2-instance', 'security-group', 'vpc'],
    async *list(ctx) {
      const ec2 = ctx.client(EC2Client);
      const state = ctx.filters.instance_state;
      const Filters = state === undefined ? undefined : [{ Name: 'instance-state-name', Values: [String(state)] }];
      for await (const page of paginateDescribeInstances({ client: ec2 }, { Filters })) {
        yield (page.Reservations ?? []).flatMap(reservation =>
          (reservation.Instances ?? []).map(i =>
            resource(ctx, {
              id: `arn:aws:ec2:${ctx.region}:${reservation.OwnerId ?? ctx.account}:instance/${i.InstanceId}`,
              type: 'ec2-instance',
              service: 'ec2',
              name: i.InstanceId!,
              tags: tagsOf(i.Tags),
              consoleUrl: console(ctx.region, `ec2/home?region=${ctx.region}#InstanceDetails:instanceId=${i.InstanceId}`),
            }),
          ),
        );
      }
      for await (const page of paginateDescribeSecurityGroups({ client: ec2 }, {})) {
        yield (page.SecurityGroups ?? []).map(g =>
          resource(ctx, {
            id: g.SecurityGroupArn ?? `arn:aws:ec2:${ctx.region}:${g.OwnerId ?? ctx.account}:security-group/${g.GroupId}`,
            type: 'security-group',
            service: 'ec2',
            name: g.GroupName ?? g.GroupId!,
            tags: tagsOf(g.Tags),
            consoleUrl: console(ctx.region, `ec2/home?region=${ctx.region}#SecurityGroup:groupId=${g.GroupId}`),
          }),
        );
      }
      for await (const page of paginateDescribeVpcs({ client: ec2 }, {})) {
        yield (page.Vpcs ?? []).map(v =>
          resource(ctx, {
            id: `arn:aws:ec2:${ctx.region}:${v.OwnerId ?? ctx.account}:vpc/${v.VpcId}`,
            type: 'vpc',
            service: 'ec2',
            name: v.VpcId!,
            tags: tagsOf(v.Tags),
            consoleUrl: console(ctx.region, `vpcconsole/home?region=${ctx.region}#VpcDetails:VpcId=${v.VpcId}`),
          }),
        );
      }
    },
  },
  {
    service: 's3',
    description: 'Extracts S3 buckets (listed once per account)',
    resource_types: ['s3-bucket'],
    global: true,
    async *list(ctx) {
      for await (const page of paginateListBuckets({ client: ctx.client(S3Client) }, {})) {
        yield (page.Buckets ?? []).map(b =>
          resource(ctx, {
            id: `arn:aws:s3:::${b.Name}`,
            type: 's3-bucket',
            service: 's3',
            name: b.Name!,
            region: b.BucketRegion ?? 'global',
            tags: {},
            consoleUrl: `https://s3.console.aws.amazon.com/s3/buckets/${b.Name}`,
          }),
        );
      }
    },
  },
  {
    service: 'rds',
    description: 'Extracts RDS database instances',
    resource_types: ['rds-instance'],
    async *list(ctx) {
      for await (const page of paginateDescribeDBInstances({ client: ctx.client(RDSClient) }, {})) {
        yield (page.DBInstances ?? []).map(d =>
          resource(ctx, {
            id: d.DBInstanceArn ?? `arn:aws:rds:${ctx.region}:${ctx.account}:db:${d.DBInstanceIdentifier}`,
            type: 'rds-instance',
            service: 'rds',
            name: d.DBInstanceIdentifier!,
            tags: tagsOf(d.TagList),
            consoleUrl: console(ctx.region, `rds/home?region=${ctx.region}#database:id=${d.DBInstanceIdentifier}`),
          }),
        );
      }
    },
  },
  {
    service: 'lambda',
    description: 'Extracts Lambda functions',
    resource_types: ['lambda-function'],
    async *list(ctx) {
      for await (const page of paginateListFunctions({ client: ctx.client(LambdaClient) }, {})) {
        yield (page.Functions ?? []).map(f =>
          resource(ctx, {
            id: f.FunctionArn!,
            type: 'lambda-function',
            service: 'lambda',
            name: f.FunctionName!,
            tags: {},
            consoleUrl: console(ctx.region, `lambda/home?region=${ctx.region}#/functions/${f.FunctionName}`),
          }),
        );
      }
    },
  },
  {
    service: 'eks',
    description: 'Extracts EKS clusters',
    resource_types: ['eks-cluster'],
    async *list(ctx) {
      const eks = ctx.client(EKSClient);
      for await (const page of paginateEksClusters({ client: eks }, {})) {
        const clusters = await Promise.all((page.clusters ?? []).map(name => eks.send(new DescribeClusterCommand({ name }))));
        yield clusters.map(({ cluster }) =>
          resource(ctx, {
            id: cluster!.arn ?? `arn:aws:eks:${ctx.region}:${ctx.account}:cluster/${cluster!.name}`,
            type: 'eks-cluster',
            service: 'eks',
            name: cluster!.name!,
            tags: cluster!.tags ?? {},
            consoleUrl: console(ctx.region, `eks/home?region=${ctx.region}#/clusters/${cluster!.name}`),
          }),
        );
      }
    },
  },
  {
    service: 'ecs',
    description: 'Extracts ECS services of every cluster',
    resource_types: ['ecs-service'],
    async *list(ctx) {
      const ecs = ctx.client(ECSClient);
      for await (const clusters of paginateEcsClusters({ client: ecs }, {})) {
        for (const cluster of clusters.clusterArns ?? []) {
          const clusterName = cluster.split('/').pop()!;
          for await (const page of paginateListServices({ client: ecs }, { cluster })) {
            yield (page.serviceArns ?? []).map(arn => {
              const name = arn.split('/').pop()!;
              return resource(ctx, {
                id: arn,
                type: 'ecs-service',
                service: 'ecs',
                name: `${clusterName}-${name}`,
                tags: {},
                consoleUrl: console(ctx.region, `ecs/v2/clusters/${clusterName}/services/${name}?region=${ctx.region}`),
              });
            });
          }
        }
      }
    },
  },
  {
    service: 'elbv2',
    description: 'Extracts application, network and gateway load balancers',
    resource_types: ['load-balancer'],
    async *list(ctx) {
      for await (const page of paginateDescribeLoadBalancers({ client: ctx.client(ElasticLoadBalancingV2Client) }, {})) {
        yield (page.LoadBalancers ?? []).map(lb =>
          resource(ctx, {
            id: lb.LoadBalancerArn!,
            type: 'load-balancer',
            service: 'elbv2',
            name: lb.LoadBalancerName!,
            tags: {},
            consoleUrl: console(ctx.region, `ec2/home?region=${ctx.region}#LoadBalancer:loadBalancerArn=${lb.LoadBalancerArn}`),
          }),
        );
      }
    },
  },
  {
    service: 'iam',
    description: 'Extracts IAM roles (listed once per account)',
    resource_types: ['iam-role'],
    global: true,
    async *list(ctx) {
      for await (const page of paginateListRoles({ client: ctx.client(IAMClient) }, {})) {
        yield (page.Roles ?? []).map(role =>
          resource(ctx, {
            id: role.Arn!,
            type: 'iam-role',
            service: 'iam',
            name: role.RoleName!,
            region: 'global',
            tags: tagsOf(role.Tags),
            consoleUrl: `https://console.aws.amazon.com/iam/home#/roles/details/${role.RoleName}`,
          }),
        );
      }
    },
  },
  {
    service: 'dynamodb',
    description: 'Extracts DynamoDB tables',
    resource_types: ['dynamodb-table'],
    async *list(ctx) {
      for await (const page of paginateListTables({ client: ctx.client(DynamoDBClient) }, {})) {
        yield (page.TableNames ?? []).map(name =>
          resource(ctx, {
            id: `arn:aws:dynamodb:${ctx.region}:${ctx.account}:table/${name}`,
            type: 'dynamodb-table',
            service: 'dynamodb',
            name,
            tags: {},
            consoleUrl: console(ctx.region, `dynamodbv2/home?region=${ctx.region}#table?name=${name}`),
          }),
        );
      }
    },
  },
];
