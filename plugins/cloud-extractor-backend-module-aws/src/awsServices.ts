import { runLimited } from '@fawkes/plugin-cloud-extractor-node';
import type {
  CloudResource,
  FilterValue,
} from '@fawkes/plugin-cloud-extractor-node';

/** What a service lister gets: one client factory per SDK client class, bound to account and region. */
export interface AwsListContext {
  account: string;
  region: string;
  /** The partition of the region the clients call (aws, aws-cn, aws-us-gov, …): the ARN prefix. */
  partition: string;
  filters: Record<string, FilterValue>;
  /** `config` adds to the client's config, e.g. S3's region redirects. */
  client<C>(ctor: new (config: any) => C, config?: Record<string, unknown>): C;
  /** Tag calls at once while one page of this service and region is tagged. */
  tagConcurrency: number;
  /** A tag call failed: its `resources` are kept without tags; reported once per service and region. */
  tagsFailed(error: unknown, resources: number): void;
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

export type Tag = { Key?: string; Value?: string };
export const tagsOf = (tags?: Tag[]) =>
  Object.fromEntries(
    (tags ?? []).filter(t => t.Key).map(t => [t.Key!, t.Value ?? '']),
  );

/**
 * The tags of each item, read with at most `ctx.tagConcurrency` calls at once. A failed read
 * leaves that item's tags empty (the resource is still listed) and is reported through the context.
 */
export async function tagsOfEach<T>(
  ctx: AwsListContext,
  items: T[],
  read: (item: T) => Promise<Record<string, string>>,
) {
  const tags: Array<Record<string, string>> = items.map(() => ({}));
  await runLimited(
    items.map((_, index) => index),
    ctx.tagConcurrency,
    async index => {
      try {
        tags[index] = await read(items[index]);
      } catch (error) {
        ctx.tagsFailed(error, 1);
      }
    },
  );
  return tags;
}

/** Tags by ARN for APIs that tag a batch of ARNs per call (ECS 10, ELBv2 20). */
async function tagsByBatch(
  ctx: AwsListContext,
  arns: string[],
  size: number,
  read: (batch: string[]) => Promise<Array<[string, Record<string, string>]>>,
): Promise<Map<string, Record<string, string>>> {
  const batches = Array.from(
    { length: Math.ceil(arns.length / size) },
    (_, i) => arns.slice(i * size, (i + 1) * size),
  );
  const byArn = new Map<string, Record<string, string>>();
  await runLimited(batches, ctx.tagConcurrency, async batch => {
    try {
      for (const [arn, tags] of await read(batch)) byArn.set(arn, tags);
    } catch (error) {
      ctx.tagsFailed(error, batch.length);
    }
  });
  return byArn;
}

/** An ARN built here, in the context's partition (`arn:aws-cn:…` in China, `arn:aws-us-gov:…` in GovCloud). */
export const partitionArn = (
  ctx: AwsListContext,
  service: string,
  region: string,
  account: string,
  resourceId: string,
) => `arn:${ctx.partition}:${service}:${region}:${account}:${resourceId}`;

export const console = (region: string, path: string) =>
  `https://${region}.console.aws.amazon.com/${path}`;

/**
 * Shared VPCs and security groups (AWS RAM) are listed in every participant account too. They are
 * the owner account's resources: listed there, so that one resource is one entity of one scope
 * (the catalog refuses an entity a second scope publishes under another location key).
 */
const ownedBy = (ctx: AwsListContext, ownerId?: string) =>
  !ownerId || ownerId === ctx.account;

export function resource(
  ctx: AwsListContext,
  r: Omit<CloudResource, 'provider' | 'scope' | 'region'> & { region?: string },
): CloudResource {
  return { provider: 'aws', scope: ctx.account, region: ctx.region, ...r };
}

/** EC2, S3, RDS, Lambda, EKS, ECS, ELBv2, IAM and DynamoDB, each through its SDK v3 paginator. */
export const AWS_COMPUTE_AND_DATA_SERVICES: AwsService[] = [
  {
    service: 'ec2',
    description: 'Extracts EC2 instances, security groups and VPCs',
    resource_types: ['ec2-instance', 'security-group', 'vpc'],
    async *list(ctx) {
      // The SDK client is loaded on the first scan, not at backend start.
      const {
        EC2Client,
        paginateDescribeInstances,
        paginateDescribeSecurityGroups,
        paginateDescribeVpcs,
      } =
        require('@aws-sdk/client-ec2') as typeof import('@aws-sdk/client-ec2');
      const ec2 = ctx.client(EC2Client);
      const state = ctx.filters.instance_state;
      const Filters =
        state === undefined
          ? undefined
          : [{ Name: 'instance-state-name', Values: [String(state)] }];
      for await (const page of paginateDescribeInstances(
        { client: ec2 },
        { Filters },
      )) {
        yield (page.Reservations ?? []).flatMap(reservation =>
          (reservation.Instances ?? []).map(i =>
            resource(ctx, {
              id: partitionArn(
                ctx,
                'ec2',
                ctx.region,
                reservation.OwnerId ?? ctx.account,
                `instance/${i.InstanceId}`,
              ),
              type: 'ec2-instance',
              service: 'ec2',
              name: i.InstanceId!,
              tags: tagsOf(i.Tags),
              consoleUrl: console(
                ctx.region,
                `ec2/home?region=${ctx.region}#InstanceDetails:instanceId=${i.InstanceId}`,
              ),
            }),
          ),
        );
      }
      for await (const page of paginateDescribeSecurityGroups(
        { client: ec2 },
        {},
      )) {
        yield (page.SecurityGroups ?? [])
          .filter(g => ownedBy(ctx, g.OwnerId))
          .map(g =>
            resource(ctx, {
              id:
                g.SecurityGroupArn ??
                partitionArn(
                  ctx,
                  'ec2',
                  ctx.region,
                  g.OwnerId ?? ctx.account,
                  `security-group/${g.GroupId}`,
                ),
              type: 'security-group',
              service: 'ec2',
              name: g.GroupName ?? g.GroupId!,
              tags: tagsOf(g.Tags),
              consoleUrl: console(
                ctx.region,
                `ec2/home?region=${ctx.region}#SecurityGroup:groupId=${g.GroupId}`,
              ),
            }),
          );
      }
      for await (const page of paginateDescribeVpcs({ client: ec2 }, {})) {
        yield (page.Vpcs ?? [])
          .filter(v => ownedBy(ctx, v.OwnerId))
          .map(v =>
            resource(ctx, {
              id: partitionArn(
                ctx,
                'ec2',
                ctx.region,
                v.OwnerId ?? ctx.account,
                `vpc/${v.VpcId}`,
              ),
              type: 'vpc',
              service: 'ec2',
              name: v.VpcId!,
              tags: tagsOf(v.Tags),
              consoleUrl: console(
                ctx.region,
                `vpcconsole/home?region=${ctx.region}#VpcDetails:VpcId=${v.VpcId}`,
              ),
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
      const { GetBucketTaggingCommand, S3Client, paginateListBuckets } =
        require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');
      // Buckets are listed once per account but live in many regions: their tag calls follow S3's redirect.
      const s3 = ctx.client(S3Client, { followRegionRedirects: true });
      for await (const page of paginateListBuckets({ client: s3 }, {})) {
        const buckets = page.Buckets ?? [];
        const tags = await tagsOfEach(ctx, buckets, async b => {
          try {
            return tagsOf(
              (await s3.send(new GetBucketTaggingCommand({ Bucket: b.Name })))
                .TagSet,
            );
          } catch (error) {
            // A bucket without tags answers NoSuchTagSet rather than an empty set.
            if ((error as { name?: string }).name === 'NoSuchTagSet') return {};
            throw error;
          }
        });
        yield buckets.map((b, index) =>
          resource(ctx, {
            id: partitionArn(ctx, 's3', '', '', b.Name!),
            type: 's3-bucket',
            service: 's3',
            name: b.Name!,
            region: b.BucketRegion ?? 'global',
            tags: tags[index],
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
      const { RDSClient, paginateDescribeDBInstances } =
        require('@aws-sdk/client-rds') as typeof import('@aws-sdk/client-rds');
      for await (const page of paginateDescribeDBInstances(
        { client: ctx.client(RDSClient) },
        {},
      )) {
        yield (page.DBInstances ?? []).map(d =>
          resource(ctx, {
            id:
              d.DBInstanceArn ??
              partitionArn(
                ctx,
                'rds',
                ctx.region,
                ctx.account,
                `db:${d.DBInstanceIdentifier}`,
              ),
            type: 'rds-instance',
            service: 'rds',
            name: d.DBInstanceIdentifier!,
            tags: tagsOf(d.TagList),
            consoleUrl: console(
              ctx.region,
              `rds/home?region=${ctx.region}#database:id=${d.DBInstanceIdentifier}`,
            ),
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
      const { LambdaClient, ListTagsCommand, paginateListFunctions } =
        require('@aws-sdk/client-lambda') as typeof import('@aws-sdk/client-lambda');
      const lambda = ctx.client(LambdaClient);
      for await (const page of paginateListFunctions({ client: lambda }, {})) {
        // ListFunctions answers no tags: one ListTags per function.
        const functions = page.Functions ?? [];
        const tags = await tagsOfEach(
          ctx,
          functions,
          async f =>
            (
              await lambda.send(
                new ListTagsCommand({ Resource: f.FunctionArn }),
              )
            ).Tags ?? {},
        );
        yield functions.map((f, index) =>
          resource(ctx, {
            id: f.FunctionArn!,
            type: 'lambda-function',
            service: 'lambda',
            name: f.FunctionName!,
            tags: tags[index],
            consoleUrl: console(
              ctx.region,
              `lambda/home?region=${ctx.region}#/functions/${f.FunctionName}`,
            ),
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
      const {
        DescribeClusterCommand,
        EKSClient,
        paginateListClusters: paginateEksClusters,
      } = require('@aws-sdk/client-eks') as typeof import('@aws-sdk/client-eks');
      const eks = ctx.client(EKSClient);
      for await (const page of paginateEksClusters({ client: eks }, {})) {
        const clusters = await Promise.all(
          (page.clusters ?? []).map(name =>
            eks.send(new DescribeClusterCommand({ name })),
          ),
        );
        yield clusters.map(({ cluster }) =>
          resource(ctx, {
            id:
              cluster!.arn ??
              partitionArn(
                ctx,
                'eks',
                ctx.region,
                ctx.account,
                `cluster/${cluster!.name}`,
              ),
            type: 'eks-cluster',
            service: 'eks',
            name: cluster!.name!,
            tags: cluster!.tags ?? {},
            consoleUrl: console(
              ctx.region,
              `eks/home?region=${ctx.region}#/clusters/${cluster!.name}`,
            ),
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
      const {
        DescribeServicesCommand,
        ECSClient,
        paginateListClusters: paginateEcsClusters,
        paginateListServices,
      } = require('@aws-sdk/client-ecs') as typeof import('@aws-sdk/client-ecs');
      const ecs = ctx.client(ECSClient);
      for await (const clusters of paginateEcsClusters({ client: ecs }, {})) {
        for (const cluster of clusters.clusterArns ?? []) {
          const clusterName = cluster.split('/').pop()!;
          for await (const page of paginateListServices(
            { client: ecs },
            { cluster },
          )) {
            const arns = page.serviceArns ?? [];
            const tags = await tagsByBatch(ctx, arns, 10, async services => {
              const described = await ecs.send(
                new DescribeServicesCommand({
                  cluster,
                  services,
                  include: ['TAGS'],
                }),
              );
              return (described.services ?? []).map(s => [
                s.serviceArn!,
                Object.fromEntries(
                  (s.tags ?? [])
                    .filter(t => t.key)
                    .map(t => [t.key!, t.value ?? '']),
                ),
              ]);
            });
            yield arns.map(arn => {
              const name = arn.split('/').pop()!;
              return resource(ctx, {
                id: arn,
                type: 'ecs-service',
                service: 'ecs',
                name: `${clusterName}-${name}`,
                tags: tags.get(arn) ?? {},
                consoleUrl: console(
                  ctx.region,
                  `ecs/v2/clusters/${clusterName}/services/${name}?region=${ctx.region}`,
                ),
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
      const {
        DescribeTagsCommand,
        ElasticLoadBalancingV2Client,
        paginateDescribeLoadBalancers,
      } =
        require('@aws-sdk/client-elastic-load-balancing-v2') as typeof import('@aws-sdk/client-elastic-load-balancing-v2');
      const elb = ctx.client(ElasticLoadBalancingV2Client);
      for await (const page of paginateDescribeLoadBalancers(
        { client: elb },
        {},
      )) {
        const balancers = page.LoadBalancers ?? [];
        const tags = await tagsByBatch(
          ctx,
          balancers.map(lb => lb.LoadBalancerArn!),
          20,
          async ResourceArns => {
            const described = await elb.send(
              new DescribeTagsCommand({ ResourceArns }),
            );
            return (described.TagDescriptions ?? []).map(d => [
              d.ResourceArn!,
              tagsOf(d.Tags),
            ]);
          },
        );
        yield balancers.map(lb =>
          resource(ctx, {
            id: lb.LoadBalancerArn!,
            type: 'load-balancer',
            service: 'elbv2',
            name: lb.LoadBalancerName!,
            tags: tags.get(lb.LoadBalancerArn!) ?? {},
            consoleUrl: console(
              ctx.region,
              `ec2/home?region=${ctx.region}#LoadBalancer:loadBalancerArn=${lb.LoadBalancerArn}`,
            ),
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
      const { IAMClient, paginateListRoleTags, paginateListRoles } =
        require('@aws-sdk/client-iam') as typeof import('@aws-sdk/client-iam');
      const iam = ctx.client(IAMClient);
      for await (const page of paginateListRoles({ client: iam }, {})) {
        // ListRoles leaves Tags out: one ListRoleTags per role.
        const roles = page.Roles ?? [];
        const tags = await tagsOfEach(ctx, roles, async role => {
          const all: Tag[] = [];
          for await (const tagPage of paginateListRoleTags(
            { client: iam },
            { RoleName: role.RoleName },
          ))
            all.push(...(tagPage.Tags ?? []));
          return tagsOf(all);
        });
        yield roles.map((role, index) =>
          resource(ctx, {
            id: role.Arn!,
            type: 'iam-role',
            service: 'iam',
            name: role.RoleName!,
            region: 'global',
            tags: { ...tagsOf(role.Tags), ...tags[index] },
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
      const { DynamoDBClient, ListTagsOfResourceCommand, paginateListTables } =
        require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
      const dynamodb = ctx.client(DynamoDBClient);
      const arnOf = (name: string) =>
        partitionArn(ctx, 'dynamodb', ctx.region, ctx.account, `table/${name}`);
      for await (const page of paginateListTables({ client: dynamodb }, {})) {
        const names = page.TableNames ?? [];
        const tags = await tagsOfEach(ctx, names, async name => {
          const all: Tag[] = [];
          let NextToken: string | undefined;
          do {
            const answer = await dynamodb.send(
              new ListTagsOfResourceCommand({
                ResourceArn: arnOf(name),
                NextToken,
              }),
            );
            all.push(...(answer.Tags ?? []));
            NextToken = answer.NextToken;
          } while (NextToken);
          return tagsOf(all);
        });
        yield names.map((name, index) =>
          resource(ctx, {
            id: arnOf(name),
            type: 'dynamodb-table',
            service: 'dynamodb',
            name,
            tags: tags[index],
            consoleUrl: console(
              ctx.region,
              `dynamodbv2/home?region=${ctx.region}#table?name=${name}`,
            ),
          }),
        );
      }
    },
  },
];
