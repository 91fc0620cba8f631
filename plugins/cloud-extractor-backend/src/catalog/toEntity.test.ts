import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  KubernetesValidatorFunctions,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import type { CloudResource } from '@fawkes/plugin-cloud-extractor-node';
import { DEFAULT_ENTITY_SHAPE } from './entityShape';
import { entityName, toEntity } from './toEntity';

// The policies the catalog backend enforces on every entity by default.
const catalogPolicy = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
]);

/** What the catalog accepts: its policies, the Resource kind's schema, and an owner it can resolve. */
async function expectAccepted(entity: Entity) {
  await expect(catalogPolicy.enforce(entity)).resolves.toBeDefined();
  await expect(resourceEntityV1alpha1Validator.check(entity)).resolves.toBe(
    true,
  );
  const owner = parseEntityRef(entity.spec!.owner as string, {
    defaultKind: 'group',
    defaultNamespace: entity.metadata.namespace,
  });
  expect(['group', 'user']).toContain(owner.kind.toLowerCase());
  expect(
    KubernetesValidatorFunctions.isValidNamespace(
      owner.namespace.toLowerCase(),
    ),
  ).toBe(true);
  expect(KubernetesValidatorFunctions.isValidObjectName(owner.name)).toBe(true);
}

const aws = (
  id: string,
  type: string,
  name: string,
  tags: Record<string, string> = {},
): CloudResource => ({
  provider: 'aws',
  scope: '123456789012',
  id,
  type,
  service: type.split('-')[0],
  region: 'us-east-1',
  name,
  tags,
});
const azure = (
  id: string,
  type: string,
  name: string,
  tags: Record<string, string> = {},
): CloudResource => ({
  provider: 'azure',
  scope: '00000000-0000-0000-0000-000000000001',
  id,
  type,
  service: 'compute',
  region: 'westeurope',
  name,
  tags,
  consoleUrl: `https://portal.azure.com/#@/resource${id}`,
});
const gcp = (
  id: string,
  type: string,
  displayName?: string,
  tags: Record<string, string> = {},
): CloudResource => ({
  provider: 'gcp',
  scope: 'shop-prod',
  id,
  type,
  service: 'compute',
  region: 'us-central1',
  name: id.split('/').pop()!,
  displayName,
  tags,
});
const entityOf = (resource: CloudResource) =>
  toEntity(
    resource,
    `cloud-extractor:${resource.provider}:${resource.scope}`,
    DEFAULT_ENTITY_SHAPE,
  );

/** Ids and names as each cloud hands them out, including their long and unusual forms. */
const REAL_WORLD: CloudResource[] = [
  aws(
    'arn:aws:iam::123456789012:role/service-role/AWSLambdaBasicExecutionRole-0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e',
    'iam-role',
    'AWSLambdaBasicExecutionRole-0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e',
  ),
  aws(
    'arn:aws:lambda:us-east-1:123456789012:function:Orders_Process-Refund.v2',
    'lambda-function',
    'Orders_Process-Refund.v2',
  ),
  aws(
    'arn:aws:ecs:us-east-1:123456789012:service/Prod_Cluster/Web.API',
    'ecs-service',
    'Prod_Cluster-Web.API',
  ),
  aws(
    'arn:aws:s3:::shop.assets.eu-west-1.example.com',
    's3-bucket',
    'shop.assets.eu-west-1.example.com',
  ),
  aws(`arn:aws:s3:::${'b'.repeat(63)}`, 's3-bucket', 'b'.repeat(63)),
  aws(
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188',
    'load-balancer',
    'my-alb',
  ),
  aws(
    'arn:aws-cn:rds:cn-north-1:123456789012:db:Orders--DB',
    'rds-instance',
    'Orders--DB',
  ),
  aws(
    'arn:aws:ec2:us-east-1:123456789012:security-group/sg-0a1b2c3d',
    'security-group',
    '__launch-wizard-1__',
    {
      'aws:cloudformation:stack-name': 'shop',
      'aws:cloudformation:stack-id':
        'arn:aws:cloudformation:us-east-1:123456789012:stack/shop/8b1e2f30-1b2c-11ef-9c1a-0a1b2c3d4e5f',
      [`team/${'k'.repeat(124)}`]: 'v'.repeat(256),
      'kubernetes.io/cluster/prod': 'owned',
      Name: '  ',
      Description: 'Läuft für Kunden — «prod»',
      Empty: '',
      '---': 'dropped',
    },
  ),
  azure(
    '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/RG_Prod.EU(1)/providers/Microsoft.Compute/virtualMachines/VM-01',
    'virtual-machine',
    'VM-01',
    {
      'hidden-link:/subscriptions/x/resourceGroups/y/providers/Microsoft.Web/sites/z':
        'Resource',
      Owner: 'jane.doe@example.com',
    },
  ),
  // Child resources carry their parent's name in `name`.
  azure(
    '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Sql/servers/sql-1/databases/Orders',
    'sql-database',
    'sql-1/Orders',
  ),
  azure(
    '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/sites/shop/slots/staging',
    'app-service',
    'shop/staging',
  ),
  azure(
    '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/Ünïcode',
    'network-security-group',
    'Ünïcode',
  ),
  gcp(
    '//compute.googleapis.com/projects/shop-prod/zones/us-central1-a/instances/web-1',
    'compute-instance',
    'Web server #1',
    { env: 'Prod' },
  ),
  gcp(
    '//bigquery.googleapis.com/projects/shop-prod/datasets/analytics_EU',
    'bigquery-dataset',
    '',
  ),
  gcp(
    '//run.googleapis.com/projects/shop-prod/locations/us-central1/services/api',
    'cloud-run-service',
  ),
  gcp(
    '//pubsub.googleapis.com/projects/shop-prod/topics/orders.v1',
    'pubsub-topic',
    'orders.v1',
  ),
  // A name with nothing the catalog allows, and a resource without any name.
  gcp('//storage.googleapis.com/日本語', 'storage-bucket', '日本語'),
  { ...gcp('//storage.googleapis.com/x', 'storage-bucket'), name: '' },
];

describe('toEntity', () => {
  it('gives entities the catalog accepts for ids and names of every cloud', async () => {
    for (const resource of REAL_WORLD) {
      const entity = entityOf(resource);
      await expectAccepted(entity);
      expect(entity.metadata.name).toMatch(
        /^[a-z0-9][a-z0-9._-]*-[0-9a-f]{10}$/,
      );
      expect(entity.metadata.name.length).toBeLessThanOrEqual(63);
    }
  });

  it('never gives an empty or blank title', async () => {
    const nameless = entityOf({
      ...gcp('//storage.googleapis.com/x', 'storage-bucket'),
      name: '',
    });
    await expectAccepted(nameless);
    expect(nameless.metadata).not.toHaveProperty('title');
    expect(nameless.metadata.name).toMatch(/^storage-bucket-[0-9a-f]{10}$/);
    // A blank Name tag is no title: the resource's own name is.
    expect(
      entityOf(
        aws(
          'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc',
          'ec2-instance',
          'i-0abc',
          { Name: '   ' },
        ),
      ).metadata.title,
    ).toBe('i-0abc');
    expect(
      entityOf(
        aws(
          'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc',
          'ec2-instance',
          'i-0abc',
          { Name: ' web-01 ' },
        ),
      ).metadata.title,
    ).toBe('web-01');
  });

  it('takes the owner from the tag only when the catalog can resolve it to a Group or User', async () => {
    const cases: Array<[string, string]> = [
      ['team-a', 'group:team-a'],
      ['platform/team-a', 'group:platform/team-a'],
      ['group:default/team_a', 'group:default/team_a'],
      ['Group:Platform', 'Group:Platform'],
      ['user:jane.doe', 'user:jane.doe'],
      [' user:default/jane ', 'user:default/jane'],
      // Not resolvable: the default owner instead of a relation to nothing.
      ['team-', 'group:default/cloud-platform'],
      ['group:ops_eu/team', 'group:default/cloud-platform'],
      ['component:default/shop', 'group:default/cloud-platform'],
      ['Team A', 'group:default/cloud-platform'],
      ['jane.doe@example.com', 'group:default/cloud-platform'],
      ['group:', 'group:default/cloud-platform'],
      ['   ', 'group:default/cloud-platform'],
      [`g${'x'.repeat(63)}`, 'group:default/cloud-platform'],
    ];
    for (const [tag, owner] of cases) {
      const entity = entityOf(
        aws(
          'arn:aws:lambda:us-east-1:123456789012:function:f',
          'lambda-function',
          'f',
          { owner: tag },
        ),
      );
      expect([tag, entity.spec!.owner]).toEqual([tag, owner]);
      await expectAccepted(entity);
    }
  });

  it('names a resource the same on every run, and different resources differently', () => {
    const vm =
      '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/RG-Prod/providers/Microsoft.Compute/virtualMachines/VM-01';
    // Azure resource ids are case-insensitive and are not always reported in the same case.
    expect(
      entityName(azure(vm.toLowerCase(), 'virtual-machine', 'vm-01')),
    ).toBe(entityName(azure(vm, 'virtual-machine', 'VM-01')));
    // A GCP display name can be edited; the entity keeps its name and only its title changes.
    const id =
      '//compute.googleapis.com/projects/shop-prod/zones/us-central1-a/instances/web-1';
    const before = entityOf(gcp(id, 'compute-instance', 'Web server'));
    const after = entityOf(gcp(id, 'compute-instance', 'Web server (old)'));
    expect(after.metadata.name).toBe(before.metadata.name);
    expect([before.metadata.title, after.metadata.title]).toEqual([
      'Web server',
      'Web server (old)',
    ]);
    expect(before.metadata.name).toMatch(/^web-1-[0-9a-f]{10}$/);

    // Lambda names are case-sensitive: two functions that sanitise to one readable part stay two entities.
    const upper = aws(
      'arn:aws:lambda:us-east-1:123456789012:function:MyFunc',
      'lambda-function',
      'MyFunc',
    );
    const lower = aws(
      'arn:aws:lambda:us-east-1:123456789012:function:myfunc',
      'lambda-function',
      'myfunc',
    );
    const spaced = aws(
      'arn:aws:lambda:us-east-1:123456789012:function:my_func',
      'lambda-function',
      'my__func',
    );
    const names = [upper, lower, spaced].map(entityName);
    expect(new Set(names).size).toBe(3);
    expect(names.map(n => n.replace(/-[0-9a-f]{10}$/, ''))).toEqual([
      'myfunc',
      'myfunc',
      'my-func',
    ]);
  });

  it('maps nothing to an entity without a type', () => {
    expect(() => entityOf(aws('arn:aws:s3:::b', ' ', 'b'))).toThrow(
      'spec.type must not be empty',
    );
  });
});
