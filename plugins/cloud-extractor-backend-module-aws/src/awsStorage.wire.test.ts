import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { TEST_ACCOUNT } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extractOverWire, listening } from './__testUtils__/wireProvider';

const TAGGED_BUCKET = 'pyconprod';

/**
 * S3 (REST-XML, path-style as an endpoint override makes it) and RDS (Query) on one local port,
 * answering botocore's recorded responses: ListBuckets, then GetBucketTagging per bucket (one
 * bucket has tags, the others answer NoSuchTagSet as S3 does), and DescribeDBInstances.
 */
async function storageEndpoint() {
  const fixture = (name: string) =>
    readFileSync(fixturePath('aws', name), 'utf8');
  const listBuckets = fixture('botocore-s3-list-buckets.xml');
  const describeDbInstances = fixture('botocore-rds-describe-db-instances.xml');
  const calls: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://local');
      res.setHeader('Content-Type', 'text/xml');
      const action = new URLSearchParams(body).get('Action');
      if (req.method === 'POST' && action) {
        calls.push(`rds ${action}`);
        res.end(describeDbInstances);
      } else if (url.pathname === '/') {
        calls.push('s3 ListBuckets');
        res.end(listBuckets);
      } else if (url.searchParams.has('tagging')) {
        // Path-style: /<bucket>/?tagging
        const bucket = decodeURIComponent(url.pathname.split('/')[1]);
        calls.push(`s3 GetBucketTagging ${bucket}`);
        if (bucket === TAGGED_BUCKET) {
          res.end(
            '<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet><Tag><Key>owner</Key><Value>team-events</Value></Tag></TagSet></Tagging>',
          );
        } else {
          res.statusCode = 404;
          res.end(
            `<Error><Code>NoSuchTagSet</Code><Message>The TagSet does not exist</Message><BucketName>${bucket}</BucketName></Error>`,
          );
        }
      } else {
        calls.push(`unexpected ${req.method} ${req.url}`);
        res.statusCode = 400;
        res.end('<Error><Code>InvalidRequest</Code></Error>');
      }
    });
  });
  return { ...(await listening(server)), calls };
}

describeWithFixtures()('AWS provider over the S3 and RDS wire formats', () => {
  it("reads botocore's ListBuckets and DescribeDBInstances through the real SDK clients, with bucket tags", async () => {
    const endpoint = await storageEndpoint();
    try {
      const { outcome, mutations, entities } = await extractOverWire(
        endpoint.url,
        ['s3', 'rds'],
      );
      expect(outcome.results.errors).toEqual([]);
      expect(endpoint.calls.filter(c => c.startsWith('unexpected'))).toEqual(
        [],
      );
      expect(endpoint.calls).toContain('rds DescribeDBInstances');
      const listed = endpoint.calls.filter(c => c === 's3 ListBuckets');
      expect(listed).toHaveLength(1);

      expect(mutations).toHaveLength(1);
      const arns = entities.map(
        e => e.metadata.annotations?.['amazonaws.com/arn'],
      );
      // All 36 buckets of the recording, each asked for its tags, and its one database instance.
      const buckets = arns.filter(arn => arn?.startsWith('arn:aws:s3:::'));
      expect(buckets).toHaveLength(36);
      expect(
        endpoint.calls.filter(c => c.startsWith('s3 GetBucketTagging')),
      ).toHaveLength(36);
      expect(buckets).toEqual(
        expect.arrayContaining([
          'arn:aws:s3:::botostats',
          'arn:aws:s3:::garnaat_test_lifecycle',
          'arn:aws:s3:::stats.pythonboto.org',
        ]),
      );
      // The recording carries no DBInstanceArn: the ARN is built from the account and region.
      expect(arns).toContain(
        `arn:aws:rds:us-east-1:${TEST_ACCOUNT}:db:simcoprod01`,
      );
      const tagged = entities.find(
        e =>
          e.metadata.annotations?.['amazonaws.com/arn'] ===
          `arn:aws:s3:::${TAGGED_BUCKET}`,
      );
      expect(JSON.stringify(tagged)).toContain('team-events');
    } finally {
      endpoint.close();
    }
  });
});
