import { usePermission } from '@backstage/plugin-permission-react';
import {
  helmReleaseRollbackPermission,
  helmReleaseUpgradePermission,
} from '@fawkes/plugin-helm-releases-common';
import { resourceRefOf, type ReleaseRef } from '../releaseRef';

/** What the user may do to this release (the backend decides again on every call). */
export function useReleasePermissions(ref: ReleaseRef) {
  const resourceRef = resourceRefOf(ref);
  const rollback = usePermission({
    permission: helmReleaseRollbackPermission,
    resourceRef,
  });
  const upgrade = usePermission({
    permission: helmReleaseUpgradePermission,
    resourceRef,
  });
  return {
    canRollback: rollback.allowed,
    canUpgrade: upgrade.allowed,
    /** Both answers are in: a button still disabled is refused, not pending. */
    answered: !rollback.loading && !upgrade.loading,
  };
}
