import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { ConfiguredPermissionPolicy } from './ConfiguredPermissionPolicy';

const permission = (name: string) => ({
  permission: createPermission({ name, attributes: {} }),
});
const user = (userEntityRef: string) =>
  ({
    info: { userEntityRef, ownershipEntityRefs: [userEntityRef] },
  }) as unknown as PolicyQueryUser;

describe('ConfiguredPermissionPolicy', () => {
  const policy = ConfiguredPermissionPolicy.fromConfig(
    new ConfigReader({
      permissionPolicy: {
        deny: ['helm.release.rollback', 'che.workspace.*'],
        admins: ['user:default/lead'],
      },
    }),
  );

  it.each([
    ['helm.release.rollback', AuthorizeResult.DENY],
    ['helm.release.read', AuthorizeResult.ALLOW],
    ['che.workspace.delete', AuthorizeResult.DENY],
    ['che.workspaces', AuthorizeResult.ALLOW],
    ['factstore.flow.manage', AuthorizeResult.ALLOW],
  ])('%s is %s for an ordinary user', async (name, result) => {
    expect(
      await policy.handle(permission(name), user('user:default/jane')),
    ).toEqual({ result });
  });

  it('never denies an admin', async () => {
    expect(
      await policy.handle(
        permission('helm.release.rollback'),
        user('user:default/lead'),
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('allows everything with the local default (no deny list)', async () => {
    const local = ConfiguredPermissionPolicy.fromConfig(new ConfigReader({}));
    expect(
      await local.handle(
        permission('helm.release.rollback'),
        user('user:default/jane'),
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });
});
