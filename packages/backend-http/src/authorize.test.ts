import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { authorizeOrThrow } from './authorize';

const permission = createPermission({
  name: 'test.thing.delete',
  attributes: { action: 'delete' },
});

describe('authorizeOrThrow', () => {
  it('passes on ALLOW', async () => {
    const permissions = mockServices.permissions({
      result: AuthorizeResult.ALLOW,
    });
    await expect(
      authorizeOrThrow(permissions, mockCredentials.user(), permission),
    ).resolves.toBeUndefined();
  });

  it('throws a NotAllowedError naming the permission on DENY', async () => {
    const permissions = mockServices.permissions({
      result: AuthorizeResult.DENY,
    });
    await expect(
      authorizeOrThrow(permissions, mockCredentials.user(), permission),
    ).rejects.toThrow(
      new NotAllowedError(
        'Permission test.thing.delete is required for this request',
      ),
    );
  });
});
