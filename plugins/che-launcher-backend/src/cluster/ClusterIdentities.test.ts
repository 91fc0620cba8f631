import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ClusterIdentities } from './ClusterIdentities';

const user = (namespace: string, name: string, groups: string[]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace },
  spec: { memberOf: groups },
  relations: groups.map(group => ({ type: 'memberOf', targetRef: group })),
});

describe('ClusterIdentities', () => {
  const identities = new ClusterIdentities(
    catalogServiceMock({
      entities: [
        user('default', 'jane', ['group:default/team-a']),
        user('partners', 'jane', [
          'group:partners/team-a',
          'group:default/readers',
        ]),
      ],
    }),
    mockServices.auth(),
    { userPrefix: 'oidc:', groupPrefix: 'oidc:' },
  );

  it("names users and groups of the catalog's default namespace as their logins do", async () => {
    await expect(identities.identityOf('user:default/jane')).resolves.toEqual({
      user: 'oidc:jane',
      groups: ['oidc:team-a'],
    });
  });

  it('keeps users and groups of the same name in other catalog namespaces apart', async () => {
    await expect(identities.identityOf('user:partners/jane')).resolves.toEqual({
      user: 'oidc:partners/jane',
      groups: ['oidc:partners/team-a', 'oidc:readers'],
    });
  });

  it('reads a reference however its kind and namespace are cased', async () => {
    const fresh = new ClusterIdentities(
      catalogServiceMock({
        entities: [user('partners', 'jane', ['group:partners/team-a'])],
      }),
      mockServices.auth(),
      { userPrefix: '', groupPrefix: '' },
    );
    await expect(fresh.identityOf('User:Partners/jane')).resolves.toEqual({
      user: 'partners/jane',
      groups: ['partners/team-a'],
    });
  });
});
