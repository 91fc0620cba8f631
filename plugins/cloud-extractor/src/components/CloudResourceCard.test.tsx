import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { CloudResourceCard } from './CloudResourceCard';

const resource = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'web-1-abcdef0123',
    labels: { team: 'payments' },
    annotations,
  },
  spec: { type: 'ec2-instance', owner: 'group:default/cloud-platform' },
});

const render = (entity: Entity) =>
  renderInTestApp(
    <EntityProvider entity={entity}>
      <CloudResourceCard />
    </EntityProvider>,
  );

describe('CloudResourceCard', () => {
  it('shows where the resource lives, its id, tags and console link', async () => {
    await render(
      resource({
        'cloud-extractor.fawkes.dev/provider': 'aws',
        'cloud-extractor.fawkes.dev/service': 'ec2',
        'cloud-extractor.fawkes.dev/region': 'us-east-1',
        'amazonaws.com/account-id': '123456789012',
        'amazonaws.com/arn':
          'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc',
        'backstage.io/view-url': 'https://console.aws.amazon.com/ec2/i-0abc',
      }),
    );
    expect(await screen.findByText('us-east-1')).toBeVisible();
    expect(screen.getByText('123456789012')).toBeVisible();
    expect(
      screen.getByText('arn:aws:ec2:us-east-1:123456789012:instance/i-0abc'),
    ).toBeVisible();
    expect(screen.getByText('team=payments')).toBeVisible();
    expect(
      screen.getByText('Open in the aws console').closest('a'),
    ).toHaveAttribute('href', 'https://console.aws.amazon.com/ec2/i-0abc');
  });

  it('says which annotation is missing on an entity the extractor did not publish', async () => {
    await render(resource({}));
    expect(
      (await screen.findAllByText(/cloud-extractor\.fawkes\.dev\/provider/))
        .length,
    ).toBeGreaterThan(0);
  });

  it('shows a dash for what the extractor did not record, and no console link', async () => {
    await render({
      ...resource({ 'cloud-extractor.fawkes.dev/provider': 'gcp' }),
      metadata: {
        name: 'bucket-1',
        annotations: { 'cloud-extractor.fawkes.dev/provider': 'gcp' },
      },
    });
    expect(await screen.findByText('gcp')).toBeVisible();
    expect(screen.getByText('none')).toBeVisible();
    // Service, region, project and id are all unknown.
    expect(screen.getAllByText('-')).toHaveLength(4);
    expect(screen.getByText('Project')).toBeVisible();
    expect(screen.queryByText(/console/)).not.toBeInTheDocument();
  });
});
