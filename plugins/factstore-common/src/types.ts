import type { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

/** A flow: what a compliant trail of it needs. */
export type Flow = Schemas['Flow'];
export type CreateFlowRequest = Schemas['CreateFlowRequest'];
export type UpdateFlowRequest = Schemas['UpdateFlowRequest'];
export type SecurityThresholds = Schemas['SecurityThresholds'];
/** A trail (one pipeline run) with its compliance status. */
export type Trail = Schemas['Trail'];
export type TrailComplianceStatus = Schemas['TrailComplianceStatus'];
export type CreateTrailRequest = Schemas['CreateTrailRequest'];
export type Artifact = Schemas['Artifact'];
export type Attestation = Schemas['Attestation'];
export type AttestationStatus = Schemas['AttestationStatus'];
export type RecordAttestationRequest = Schemas['RecordAttestationRequest'];
/** The answer of `POST /api/v1/assert`. */
export type Assertion = Schemas['Assertion'];
export type Approval = Schemas['Approval'];
export type ApprovalStatus = Schemas['ApprovalStatus'];
export type DeploymentPolicy = Schemas['DeploymentPolicy'];
/** The deployment gate's stored decision. */
export type GateResult = Schemas['GateResult'];
export type Environment = Schemas['Environment'];
export type EnvironmentType = Schemas['EnvironmentType'];
export type Snapshot = Schemas['Snapshot'];
export type SecurityScan = Schemas['SecurityScan'];
export type Policy = Schemas['Policy'];
export type PolicyAttachment = Schemas['PolicyAttachment'];
export type OpaBundle = Schemas['OpaBundle'];
export type PolicyDecision = Schemas['PolicyDecision'];
export type AuditEvent = Schemas['AuditEvent'];
export type LedgerEntry = Schemas['LedgerEntry'];
export type NotificationRule = Schemas['NotificationRule'];
