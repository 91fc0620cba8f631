import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloudExtractorPlugin } from '../plugin';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import {
  awsTestConfig,
  eventually,
  TEST_ACCOUNT,
} from '../testUtils/awsTestConfig';

const databases = createTestDatabases();
const ec2 = mockClient(EC2Client);
const user = authHeaders.user();

describe.each(databases.eachSupportedId())(
  'the NDJSON file transport on %s',
  databaseId => {
    let backend: PluginBackend;
    const directory = mkdtempSync(join(tmpdir(), 'cloud-extractor-ndjson-'));

    beforeAll(async () => {
      const config = awsTestConfig();
      (config.cloudExtractor as Record<string, unknown>).transport = {
        filesystem: { directory },
      };
      backend = await startPluginBackend({
        features: [cloudExtractorPlugin, cloudExtractorModuleAws],
        knex: await databases.init(databaseId),
        config,
      });
    });
    afterAll(async () => {
      await backend.stop();
      rmSync(directory, { recursive: true, force: true });
    });

    it('writes one NDJSON line per resource, per job and scope, next to the catalog', async () => {
      ec2.reset();
      ec2.on(DescribeInstancesCommand).resolves({
        Reservations: [
          {
            Instances: [
              { InstanceId: 'i-1', Tags: [{ Key: 'team', Value: 'web' }] },
              { InstanceId: 'i-2' },
            ],
          },
        ],
      });
      ec2
        .on(DescribeSecurityGroupsCommand)
        .resolves({ SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'web' }] });
      ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });

      const { job_id } = (
        await backend.http
          .post('/api/cloud-extractor/extraction/trigger')
          .set(user)
          .send({ services: ['ec2'] })
      ).body;
      const job = await eventually(async () => {
        const body = (
          await backend.http
            .get(`/api/cloud-extractor/extraction/jobs/${job_id}`)
            .set(user)
        ).body;
        return body.status === 'completed' ? body : undefined;
      });
      expect(job.transport).toEqual({
        type: 'catalog',
        destination: `cloud-extractor:aws:${TEST_ACCOUNT}`,
        // Written to the entity feed, which a catalog reads when one is installed.
        entities_published: 3,
        files_created: 1,
        files_destination: directory,
      });
      const lines = readFileSync(
        join(directory, job_id, `aws-${TEST_ACCOUNT}.ndjson`),
        'utf8',
      )
        .trim()
        .split('\n')
        .map(l => JSON.parse(l));
      expect(lines).toEqual([
        expect.objectContaining({
          provider: 'aws',
          scope: TEST_ACCOUNT,
          id: `arn:aws:ec2:us-east-1:${TEST_ACCOUNT}:instance/i-1`,
          type: 'ec2-instance',
          tags: { team: 'web' },
        }),
        expect.objectContaining({
          id: `arn:aws:ec2:us-east-1:${TEST_ACCOUNT}:instance/i-2`,
        }),
        expect.objectContaining({ type: 'security-group', name: 'web' }),
      ]);
    });
  },
);
