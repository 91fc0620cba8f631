import { createPermission } from '@backstage/plugin-permission-common';

/** Create, change or delete flows and their templates and thresholds. */
export const factstoreFlowManagePermission = createPermission({
  name: 'factstore.flow.manage',
  attributes: { action: 'update' },
});

/** Create, change or delete deployment policies. */
export const factstorePolicyManagePermission = createPermission({
  name: 'factstore.policy.manage',
  attributes: { action: 'update' },
});

/** Create, change or delete environments, logical environments, baselines and allow-lists. */
export const factstoreEnvironmentManagePermission = createPermission({
  name: 'factstore.environment.manage',
  attributes: { action: 'update' },
});

/** Approve or reject an approval request (never one's own). */
export const factstoreApprovalReviewPermission = createPermission({
  name: 'factstore.approval.review',
  attributes: { action: 'update' },
});

/** Create, change, delete or test notification rules. */
export const factstoreNotificationManagePermission = createPermission({
  name: 'factstore.notification.manage',
  attributes: { action: 'update' },
});

/** Configure integrations (webhook destinations, Slack) and send messages through them. */
export const factstoreIntegrationManagePermission = createPermission({
  name: 'factstore.integration.manage',
  attributes: { action: 'update' },
});

/** Store or soft-delete evidence in Vault. */
export const factstoreVaultEvidenceManagePermission = createPermission({
  name: 'factstore.evidence.manage',
  attributes: { action: 'update' },
});

export const factstorePermissions = [
  factstoreFlowManagePermission,
  factstorePolicyManagePermission,
  factstoreEnvironmentManagePermission,
  factstoreApprovalReviewPermission,
  factstoreNotificationManagePermission,
  factstoreIntegrationManagePermission,
  factstoreVaultEvidenceManagePermission,
];
