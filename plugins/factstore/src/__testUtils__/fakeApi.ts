import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  Approval,
  Attestation,
  FactstoreClient,
  Flow,
  GateResult,
  Trail,
} from '@fawkes/plugin-factstore-common';
import { FACTSTORE_FLOW_ANNOTATION } from '../annotations';

export const DIGEST = `sha256:${'ab'.repeat(32)}`;

type GateResultsRequest = Parameters<FactstoreClient['listGateResults']>[0];
type GateEvaluateRequest = Parameters<FactstoreClient['evaluateGate']>[0];

export const flow: Flow = {
  id: 'flow-1',
  org: 'default',
  name: 'payments',
  description: 'Releases of payment-service',
  requiredAttestations: ['junit', 'snyk'],
  tags: {},
  requiresApproval: true,
  createdBy: 'user:default/ci',
  createdAt: '2026-12-01T10:00:00Z',
  archived: false,
};

export const trail: Trail = {
  id: 'trail-1',
  flowId: 'flow-1',
  name: 'release-1.4.0',
  description: 'payment-service 1.4.0',
  gitBranch: 'main',
  gitCommitSha: '3f2a9c01d4e5b6a7980112233445566778899aab',
  createdBy: 'user:default/ci',
  createdAt: '2026-12-01T10:00:00Z',
  complianceStatus: 'INCOMPLETE',
  compliance: { reasons: ['the approval the flow requires is pending'] },
};

export function attestation(overrides: Partial<Attestation> = {}): Attestation {
  return {
    id: 'att-1',
    trailId: 'trail-1',
    type: 'junit',
    name: 'junit',
    status: 'FAILED',
    claimedStatus: 'PASSED',
    statusReason: 'junit: 4 failures in 570 tests',
    evidence: {
      fileName: 'TEST-payments.xml',
      sha256: 'cd'.repeat(32),
      sizeBytes: 2048,
    },
    artifactSha256: DIGEST,
    attestedBy: 'user:default/ci',
    createdAt: '2026-12-01T10:05:00Z',
    ...overrides,
  };
}

export function approval(overrides: Partial<Approval> = {}): Approval {
  return {
    id: 'appr-1',
    trailId: 'trail-1',
    status: 'PENDING',
    requestComment: 'Release 1.4.0 to production',
    requestedBy: 'user:default/ci',
    requestedAt: '2026-12-01T10:10:00Z',
    ...overrides,
  };
}

/** A failed backend answer, as the generated client throws it. */
export async function responseError(status: number, message: string) {
  const body = {
    error: { name: 'Error', message },
    request: { method: 'GET', url: '/api/v1/flows' },
    response: { statusCode: status },
  };
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: 'Error',
    url: 'http://backend/api/factstore/api/v1/flows',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () => JSON.stringify(body),
  } as any);
}

/** The client's methods the components call, as jest mocks. */
export function fakeFactstoreApi() {
  const gateResults: GateResult[] = [
    {
      id: 'gate-1',
      sha256: 'ab'.repeat(32),
      sha256Digest: DIGEST,
      environmentId: 'env-prod',
      allowed: false,
      reasons: [
        {
          rule: 'policies',
          passed: false,
          message: 'no deployment policy applies to payments in prod',
        },
      ],
      evaluatedAt: '2026-12-01T11:00:00Z',
    },
    {
      id: 'gate-2',
      sha256: 'ef'.repeat(32),
      sha256Digest: `sha256:${'ef'.repeat(32)}`,
      allowed: true,
      reasons: [
        {
          rule: 'unrelated-artifact',
          passed: true,
          message: 'another artifact',
        },
      ],
      evaluatedAt: '2026-12-01T11:00:00Z',
    },
  ];
  return {
    listFlows: jest.fn(async () => [
      flow,
      { ...flow, id: 'flow-2', name: 'other' },
    ]),
    listFlowTrails: jest.fn(async () => [trail]),
    getTrail: jest.fn(async () => trail),
    listAttestations: jest.fn(async () => [
      attestation(),
      attestation({
        id: 'att-2',
        type: 'snyk',
        name: 'snyk',
        status: 'PASSED',
        claimedStatus: undefined,
        statusReason: undefined,
        evidence: undefined,
        artifactSha256: undefined,
      }),
    ]),
    listTrailArtifacts: jest.fn(async () => [
      {
        id: 'art-1',
        trailId: 'trail-1',
        sha256: 'ab'.repeat(32),
        sha256Digest: DIGEST,
        name: 'ghcr.io/acme/payment-service',
        tag: '1.4.0',
      },
    ]),
    listTrailApprovals: jest.fn(async () => [approval()]),
    // Like the backend: only the results about the digest asked for, when one is, newest first.
    listGateResults: jest.fn(async (request?: GateResultsRequest) =>
      gateResults.filter(
        result =>
          !request?.params?.query?.sha256 ||
          result.sha256 === request.params.query.sha256,
      ),
    ),
    // Like the backend: the gate answers and its result is stored.
    evaluateGate: jest.fn(async (request: GateEvaluateRequest) => {
      const sha256 = request.body.sha256Digest.replace(/^sha256:/, '');
      const result: GateResult = {
        id: `gate-${gateResults.length + 1}`,
        sha256,
        sha256Digest: `sha256:${sha256}`,
        environmentId: request.body.environmentId,
        allowed: true,
        reasons: [
          {
            rule: 'policies',
            passed: true,
            message: 'every deployment policy of prod passed',
          },
        ],
        evaluatedBy: 'user:default/jane',
        evaluatedAt: '2026-12-01T12:00:00Z',
      };
      gateResults.unshift(result);
      return result;
    }),
    assertArtifact: jest.fn(async () => ({
      flowId: 'flow-1',
      flowName: 'payments',
      sha256Digest: DIGEST,
      compliant: false,
      attestations: [],
      missingAttestations: [],
      failedAttestations: ['junit'],
      reasons: ['junit: the latest attestation is FAILED'],
    })),
    verifyLedgerChain: jest.fn(async () => ({
      valid: true,
      entriesChecked: 12,
      message: 'chain intact',
    })),
    verifyLedgerRecord: jest.fn(async (init: any) => ({
      recordId: init.params.path.recordId,
      verified: true,
      message: 'included in the signed checkpoint',
    })),
    listApprovals: jest.fn(async () => [approval()]),
    approveApproval: jest.fn(async () =>
      approval({ status: 'APPROVED', decidedBy: 'user:default/guest' }),
    ),
    rejectApproval: jest.fn(async () =>
      approval({ status: 'REJECTED', decidedBy: 'user:default/guest' }),
    ),
  } satisfies Partial<Record<keyof FactstoreClient, unknown>>;
}

export const annotated: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payment-service',
    annotations: { [FACTSTORE_FLOW_ANNOTATION]: 'payments' },
  },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
};
