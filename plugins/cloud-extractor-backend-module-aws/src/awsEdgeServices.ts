import {
  partitionArn,
  resource,
  tagsOf,
  tagsOfEach,
  type AwsService,
} from './awsServices';

/** CloudFront, Route 53 and API Gateway: what sits in front of an application. */
export const AWS_EDGE_SERVICES: AwsService[] = [
  {
    service: 'cloudfront',
    description: 'Extracts CloudFront distributions (listed once per account)',
    resource_types: ['cloudfront-distribution'],
    global: true,
    async *list(ctx) {
      // The SDK client is loaded on the first scan, not at backend start.
      const {
        CloudFrontClient,
        ListTagsForResourceCommand: ListDistributionTagsCommand,
        paginateListDistributions,
      } = require('@aws-sdk/client-cloudfront') as typeof import('@aws-sdk/client-cloudfront');
      const cloudfront = ctx.client(CloudFrontClient);
      for await (const page of paginateListDistributions(
        { client: cloudfront },
        {},
      )) {
        const distributions = page.DistributionList?.Items ?? [];
        const tags = await tagsOfEach(ctx, distributions, async d => {
          const answer = await cloudfront.send(
            new ListDistributionTagsCommand({ Resource: d.ARN }),
          );
          return tagsOf(answer.Tags?.Items);
        });
        yield distributions.map((d, index) =>
          resource(ctx, {
            id:
              d.ARN ??
              partitionArn(
                ctx,
                'cloudfront',
                '',
                ctx.account,
                `distribution/${d.Id}`,
              ),
            type: 'cloudfront-distribution',
            service: 'cloudfront',
            name: d.Id!,
            region: 'global',
            tags: tags[index],
            consoleUrl: `https://console.aws.amazon.com/cloudfront/v4/home#/distributions/${d.Id}`,
          }),
        );
      }
    },
  },
  {
    service: 'route53',
    description: 'Extracts Route 53 hosted zones (listed once per account)',
    resource_types: ['route53-hosted-zone'],
    global: true,
    async *list(ctx) {
      const {
        ListTagsForResourceCommand: ListZoneTagsCommand,
        paginateListHostedZones,
        Route53Client,
      } = require('@aws-sdk/client-route-53') as typeof import('@aws-sdk/client-route-53');
      const route53 = ctx.client(Route53Client);
      for await (const page of paginateListHostedZones(
        { client: route53 },
        {},
      )) {
        const zones = page.HostedZones ?? [];
        // Zone ids come as `/hostedzone/Z123`; ARNs and the tag API use `Z123`.
        const idOf = (id: string) => id.replace(/^\/hostedzone\//, '');
        const tags = await tagsOfEach(ctx, zones, async zone => {
          const answer = await route53.send(
            new ListZoneTagsCommand({
              ResourceType: 'hostedzone',
              ResourceId: idOf(zone.Id!),
            }),
          );
          return tagsOf(answer.ResourceTagSet?.Tags);
        });
        yield zones.map((zone, index) =>
          resource(ctx, {
            id: `arn:${ctx.partition}:route53:::hostedzone/${idOf(zone.Id!)}`,
            type: 'route53-hosted-zone',
            service: 'route53',
            name: idOf(zone.Id!),
            displayName: zone.Name?.replace(/\.$/, ''),
            region: 'global',
            tags: tags[index],
            consoleUrl: `https://console.aws.amazon.com/route53/v2/hostedzones#ListRecordSets/${idOf(zone.Id!)}`,
          }),
        );
      }
    },
  },
  {
    service: 'apigateway',
    description: 'Extracts API Gateway REST APIs',
    resource_types: ['api-gateway-rest-api'],
    async *list(ctx) {
      const { APIGatewayClient, paginateGetRestApis } =
        require('@aws-sdk/client-api-gateway') as typeof import('@aws-sdk/client-api-gateway');
      const apigateway = ctx.client(APIGatewayClient);
      for await (const page of paginateGetRestApis(
        { client: apigateway },
        {},
      )) {
        // GetRestApis carries each API's tags.
        yield (page.items ?? []).map(api =>
          resource(ctx, {
            id: `arn:${ctx.partition}:apigateway:${ctx.region}::/restapis/${api.id}`,
            type: 'api-gateway-rest-api',
            service: 'apigateway',
            name: api.id!,
            displayName: api.name,
            tags: api.tags ?? {},
            consoleUrl: `https://${ctx.region}.console.aws.amazon.com/apigateway/main/apis/${api.id}/resources?region=${ctx.region}`,
          }),
        );
      }
    },
  },
];
