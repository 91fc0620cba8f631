import { createPermission } from '@backstage/plugin-permission-common';

/** Read DORA metrics and deployment history. */
export const devlakeMetricsReadPermission = createPermission({
  name: 'devlake.metrics.read',
  attributes: { action: 'read' },
});

export const devlakePermissions = [devlakeMetricsReadPermission];
