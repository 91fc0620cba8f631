import {
  console,
  partitionArn,
  resource,
  tagsOf,
  tagsOfEach,
  type AwsService,
} from './awsServices';

/** SQS, SNS and ECR: the queues, topics and image repositories applications use. */
export const AWS_MESSAGING_SERVICES: AwsService[] = [
  {
    service: 'sqs',
    description: 'Extracts SQS queues',
    resource_types: ['sqs-queue'],
    async *list(ctx) {
      // The SDK client is loaded on the first scan, not at backend start.
      const { ListQueueTagsCommand, paginateListQueues, SQSClient } =
        require('@aws-sdk/client-sqs') as typeof import('@aws-sdk/client-sqs');
      const sqs = ctx.client(SQSClient);
      for await (const page of paginateListQueues(
        { client: sqs },
        { MaxResults: 1000 },
      )) {
        const urls = page.QueueUrls ?? [];
        const tags = await tagsOfEach(ctx, urls, async QueueUrl => {
          const answer = await sqs.send(new ListQueueTagsCommand({ QueueUrl }));
          return answer.Tags ?? {};
        });
        yield urls.map((url, index) => {
          // https://sqs.<region>.amazonaws.com/<account>/<name>
          const [account, name] = new URL(url).pathname.split('/').slice(-2);
          return resource(ctx, {
            id: partitionArn(ctx, 'sqs', ctx.region, account, name),
            type: 'sqs-queue',
            service: 'sqs',
            name,
            tags: tags[index],
            consoleUrl: console(
              ctx.region,
              `sqs/v3/home?region=${ctx.region}#/queues/${encodeURIComponent(url)}`,
            ),
          });
        });
      }
    },
  },
  {
    service: 'sns',
    description: 'Extracts SNS topics',
    resource_types: ['sns-topic'],
    async *list(ctx) {
      const {
        ListTagsForResourceCommand: ListTopicTagsCommand,
        paginateListTopics,
        SNSClient,
      } = require('@aws-sdk/client-sns') as typeof import('@aws-sdk/client-sns');
      const sns = ctx.client(SNSClient);
      for await (const page of paginateListTopics({ client: sns }, {})) {
        const arns = (page.Topics ?? []).map(t => t.TopicArn!);
        const tags = await tagsOfEach(ctx, arns, async ResourceArn => {
          const answer = await sns.send(
            new ListTopicTagsCommand({ ResourceArn }),
          );
          return tagsOf(answer.Tags);
        });
        yield arns.map((arn, index) =>
          resource(ctx, {
            id: arn,
            type: 'sns-topic',
            service: 'sns',
            name: arn.split(':').pop()!,
            tags: tags[index],
            consoleUrl: console(
              ctx.region,
              `sns/v3/home?region=${ctx.region}#/topic/${arn}`,
            ),
          }),
        );
      }
    },
  },
  {
    service: 'ecr',
    description: 'Extracts ECR repositories',
    resource_types: ['ecr-repository'],
    async *list(ctx) {
      const {
        ECRClient,
        ListTagsForResourceCommand: ListRepositoryTagsCommand,
        paginateDescribeRepositories,
      } = require('@aws-sdk/client-ecr') as typeof import('@aws-sdk/client-ecr');
      const ecr = ctx.client(ECRClient);
      for await (const page of paginateDescribeRepositories(
        { client: ecr },
        {},
      )) {
        const repositories = page.repositories ?? [];
        const tags = await tagsOfEach(ctx, repositories, async repository => {
          const answer = await ecr.send(
            new ListRepositoryTagsCommand({
              resourceArn: repository.repositoryArn,
            }),
          );
          return tagsOf(answer.tags);
        });
        yield repositories.map((repository, index) =>
          resource(ctx, {
            id: repository.repositoryArn!,
            type: 'ecr-repository',
            service: 'ecr',
            name: repository.repositoryName!,
            tags: tags[index],
            consoleUrl: console(
              ctx.region,
              `ecr/repositories/private/${repository.registryId}/${repository.repositoryName}?region=${ctx.region}`,
            ),
          }),
        );
      }
    },
  },
];
