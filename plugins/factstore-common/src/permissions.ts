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

/** Record build provenance for a reported artifact. */
export const factstoreProvenanceRecordPermission = createPermission({
  name: 'factstore.provenance.record',
  attributes: { action: 'create' },
});

/** Create regulatory frameworks, add controls, map controls to evidence. */
export const factstoreFrameworkManagePermission = createPermission({
  name: 'factstore.framework.manage',
  attributes: { action: 'update' },
});

/** Run (and store) a compliance assessment against a framework. */
export const factstoreComplianceAssessPermission = createPermission({
  name: 'factstore.compliance.assess',
  attributes: { action: 'create' },
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
  factstoreProvenanceRecordPermission,
  factstoreFrameworkManagePermission,
  factstoreComplianceAssessPermission,
  factstoreIntegrationManagePermission,
  factstoreVaultEvidenceManagePermission,
];
