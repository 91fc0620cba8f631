// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import type { SuccessResponseJSON } from 'openapi-typescript-helpers';
import type { paths } from './openapi.generated';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The options of a call: `params` (path, query, header) and `body`. */
export type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<
  paths[P],
  M
>;

/** What a call answers on success (nothing for a 204). */
export type Answer<P extends keyof paths, M extends Method> = [
  SuccessResponseJSON<paths[P][M] & Record<string | number, any>>,
] extends [never]
  ? void
  : SuccessResponseJSON<paths[P][M] & Record<string | number, any>>;

/**
 * One method per operation of the factstore API. A call that is not answered with a 2xx throws
 * the `ResponseError` of `@backstage/errors` (see `createPluginClient`).
 */
export class DefaultApiClient {
  constructor(private readonly client: Client<paths>) {}

  /** Whether the plugin can serve (its database answers) (`GET /health`) */
  async getHealth(
    init?: Init<'/health', 'get'>,
  ): Promise<Answer<'/health', 'get'>> {
    const { data } = await this.client.GET('/health', init as never);
    return data as unknown as Answer<'/health', 'get'>;
  }

  /** `kosli status`: OK (`GET /ready`) */
  async kosliStatus(
    init?: Init<'/ready', 'get'>,
  ): Promise<Answer<'/ready', 'get'>> {
    const { data } = await this.client.GET('/ready', init as never);
    return data as unknown as Answer<'/ready', 'get'>;
  }

  /** The flows (not archived), optionally of one org (`GET /api/v1/flows`) */
  async listFlows(
    init?: Init<'/api/v1/flows', 'get'>,
  ): Promise<Answer<'/api/v1/flows', 'get'>> {
    const { data } = await this.client.GET('/api/v1/flows', init as never);
    return data as unknown as Answer<'/api/v1/flows', 'get'>;
  }

  /** Create a flow (`POST /api/v1/flows`) */
  async createFlow(
    init: Init<'/api/v1/flows', 'post'>,
  ): Promise<Answer<'/api/v1/flows', 'post'>> {
    const { data } = await this.client.POST('/api/v1/flows', init as never);
    return data as unknown as Answer<'/api/v1/flows', 'post'>;
  }

  /** A flow, archived or not (`GET /api/v1/flows/{id}`) */
  async getFlow(
    init: Init<'/api/v1/flows/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/flows/{id}', 'get'>> {
    const { data } = await this.client.GET('/api/v1/flows/{id}', init as never);
    return data as unknown as Answer<'/api/v1/flows/{id}', 'get'>;
  }

  /** Change a flow's fields (`PUT /api/v1/flows/{id}`) */
  async updateFlow(
    init: Init<'/api/v1/flows/{id}', 'put'>,
  ): Promise<Answer<'/api/v1/flows/{id}', 'put'>> {
    const { data } = await this.client.PUT('/api/v1/flows/{id}', init as never);
    return data as unknown as Answer<'/api/v1/flows/{id}', 'put'>;
  }

  /** Delete a flow (refused while trails or policies point at it), or archive it (`DELETE /api/v1/flows/{id}`) */
  async deleteFlow(
    init: Init<'/api/v1/flows/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/flows/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/flows/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/flows/{id}', 'delete'>;
  }

  /** Restore an archived flow (`POST /api/v1/flows/{id}/restore`) */
  async restoreFlow(
    init: Init<'/api/v1/flows/{id}/restore', 'post'>,
  ): Promise<Answer<'/api/v1/flows/{id}/restore', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/flows/{id}/restore',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/flows/{id}/restore', 'post'>;
  }

  /** The flow's Kosli template (YAML), as uploaded or derived from its required types (`GET /api/v1/flows/{id}/template`) */
  async getFlowTemplate(
    init: Init<'/api/v1/flows/{id}/template', 'get'>,
  ): Promise<Answer<'/api/v1/flows/{id}/template', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/flows/{id}/template',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/flows/{id}/template', 'get'>;
  }

  /** The flow's thresholds (OpenFactstore's defaults until set) (`GET /api/v1/flows/{flowId}/security-thresholds`) */
  async getSecurityThresholds(
    init: Init<'/api/v1/flows/{flowId}/security-thresholds', 'get'>,
  ): Promise<Answer<'/api/v1/flows/{flowId}/security-thresholds', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/flows/{flowId}/security-thresholds',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/flows/{flowId}/security-thresholds',
      'get'
    >;
  }

  /** Set the most vulnerabilities of each severity a compliant artifact may have (`POST /api/v1/flows/{flowId}/security-thresholds`) */
  async setSecurityThresholds(
    init: Init<'/api/v1/flows/{flowId}/security-thresholds', 'post'>,
  ): Promise<Answer<'/api/v1/flows/{flowId}/security-thresholds', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/flows/{flowId}/security-thresholds',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/flows/{flowId}/security-thresholds',
      'post'
    >;
  }

  /** The flow's trails, newest first, with their compliance status (`GET /api/v1/flows/{flowId}/trails`) */
  async listFlowTrails(
    init: Init<'/api/v1/flows/{flowId}/trails', 'get'>,
  ): Promise<Answer<'/api/v1/flows/{flowId}/trails', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/flows/{flowId}/trails',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/flows/{flowId}/trails', 'get'>;
  }

  /** Trails, newest first, with their compliance status (`GET /api/v1/trails`) */
  async listTrails(
    init?: Init<'/api/v1/trails', 'get'>,
  ): Promise<Answer<'/api/v1/trails', 'get'>> {
    const { data } = await this.client.GET('/api/v1/trails', init as never);
    return data as unknown as Answer<'/api/v1/trails', 'get'>;
  }

  /** Start a trail in a flow (git fields from the CI's variables with X-Factstore-CI-Context) (`POST /api/v1/trails`) */
  async createTrail(
    init: Init<'/api/v1/trails', 'post'>,
  ): Promise<Answer<'/api/v1/trails', 'post'>> {
    const { data } = await this.client.POST('/api/v1/trails', init as never);
    return data as unknown as Answer<'/api/v1/trails', 'post'>;
  }

  /** A trail, its compliance status and the attestations that decided it (`GET /api/v1/trails/{id}`) */
  async getTrail(
    init: Init<'/api/v1/trails/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/trails/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/trails/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/trails/{id}', 'get'>;
  }

  /** The trail's audit events, oldest first (`GET /api/v1/trails/{id}/audit`) */
  async getTrailAudit(
    init: Init<'/api/v1/trails/{id}/audit', 'get'>,
  ): Promise<Answer<'/api/v1/trails/{id}/audit', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/trails/{id}/audit',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/trails/{id}/audit', 'get'>;
  }

  /** The trail's artifacts (`GET /api/v1/trails/{trailId}/artifacts`) */
  async listTrailArtifacts(
    init: Init<'/api/v1/trails/{trailId}/artifacts', 'get'>,
  ): Promise<Answer<'/api/v1/trails/{trailId}/artifacts', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/trails/{trailId}/artifacts',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/artifacts',
      'get'
    >;
  }

  /** Report an artifact the trail built (200 when it was reported already) (`POST /api/v1/trails/{trailId}/artifacts`) */
  async reportArtifact(
    init: Init<'/api/v1/trails/{trailId}/artifacts', 'post'>,
  ): Promise<Answer<'/api/v1/trails/{trailId}/artifacts', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/trails/{trailId}/artifacts',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/artifacts',
      'post'
    >;
  }

  /** The artifacts with this digest, in every trail (`GET /api/v1/artifacts`) */
  async findArtifacts(
    init: Init<'/api/v1/artifacts', 'get'>,
  ): Promise<Answer<'/api/v1/artifacts', 'get'>> {
    const { data } = await this.client.GET('/api/v1/artifacts', init as never);
    return data as unknown as Answer<'/api/v1/artifacts', 'get'>;
  }

  /** The trail's attestations (`GET /api/v1/trails/{trailId}/attestations`) */
  async listAttestations(
    init: Init<'/api/v1/trails/{trailId}/attestations', 'get'>,
  ): Promise<Answer<'/api/v1/trails/{trailId}/attestations', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/trails/{trailId}/attestations',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/attestations',
      'get'
    >;
  }

  /** Record an attestation about the trail or one of its artifacts (`POST /api/v1/trails/{trailId}/attestations`) */
  async recordAttestation(
    init: Init<'/api/v1/trails/{trailId}/attestations', 'post'>,
  ): Promise<Answer<'/api/v1/trails/{trailId}/attestations', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/trails/{trailId}/attestations',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/attestations',
      'post'
    >;
  }

  /** The attestation's evidence file, with its SHA-256 in `Digest` (`GET /api/v1/trails/{trailId}/attestations/{id}/evidence`) */
  async downloadEvidence(
    init: Init<'/api/v1/trails/{trailId}/attestations/{id}/evidence', 'get'>,
  ): Promise<
    Answer<'/api/v1/trails/{trailId}/attestations/{id}/evidence', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v1/trails/{trailId}/attestations/{id}/evidence',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/attestations/{id}/evidence',
      'get'
    >;
  }

  /** Attach an evidence file to an attestation; a report it can read decides its status (`POST /api/v1/trails/{trailId}/attestations/{id}/evidence`) */
  async uploadEvidence(
    init: Init<'/api/v1/trails/{trailId}/attestations/{id}/evidence', 'post'>,
  ): Promise<
    Answer<'/api/v1/trails/{trailId}/attestations/{id}/evidence', 'post'>
  > {
    const { data } = await this.client.POST(
      '/api/v1/trails/{trailId}/attestations/{id}/evidence',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/attestations/{id}/evidence',
      'post'
    >;
  }

  /** Is the artifact compliant with the flow (and the environment's policies), and why not (`POST /api/v1/assert`) */
  async assertArtifact(
    init: Init<'/api/v1/assert', 'post'>,
  ): Promise<Answer<'/api/v1/assert', 'post'>> {
    const { data } = await this.client.POST('/api/v1/assert', init as never);
    return data as unknown as Answer<'/api/v1/assert', 'post'>;
  }

  /** The trail's approvals (`GET /api/v1/trails/{trailId}/approvals`) */
  async listTrailApprovals(
    init: Init<'/api/v1/trails/{trailId}/approvals', 'get'>,
  ): Promise<Answer<'/api/v1/trails/{trailId}/approvals', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/trails/{trailId}/approvals',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/approvals',
      'get'
    >;
  }

  /** Ask for the trail's approval (`POST /api/v1/trails/{trailId}/approvals`) */
  async requestApproval(
    init: Init<'/api/v1/trails/{trailId}/approvals', 'post'>,
  ): Promise<Answer<'/api/v1/trails/{trailId}/approvals', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/trails/{trailId}/approvals',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/approvals',
      'post'
    >;
  }

  /** Approvals, optionally in one status (`GET /api/v1/approvals`) */
  async listApprovals(
    init?: Init<'/api/v1/approvals', 'get'>,
  ): Promise<Answer<'/api/v1/approvals', 'get'>> {
    const { data } = await this.client.GET('/api/v1/approvals', init as never);
    return data as unknown as Answer<'/api/v1/approvals', 'get'>;
  }

  /** An approval (`GET /api/v1/approvals/{approvalId}`) */
  async getApproval(
    init: Init<'/api/v1/approvals/{approvalId}', 'get'>,
  ): Promise<Answer<'/api/v1/approvals/{approvalId}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/approvals/{approvalId}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/approvals/{approvalId}', 'get'>;
  }

  /** Approve a pending approval (a user, never the one who asked; factstore.approval.review) (`POST /api/v1/approvals/{approvalId}/approve`) */
  async approveApproval(
    init: Init<'/api/v1/approvals/{approvalId}/approve', 'post'>,
  ): Promise<Answer<'/api/v1/approvals/{approvalId}/approve', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/approvals/{approvalId}/approve',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/approvals/{approvalId}/approve',
      'post'
    >;
  }

  /** Reject a pending approval (a user, never the one who asked; factstore.approval.review) (`POST /api/v1/approvals/{approvalId}/reject`) */
  async rejectApproval(
    init: Init<'/api/v1/approvals/{approvalId}/reject', 'post'>,
  ): Promise<Answer<'/api/v1/approvals/{approvalId}/reject', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/approvals/{approvalId}/reject',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/approvals/{approvalId}/reject',
      'post'
    >;
  }

  /** The deployment policies, by name (`GET /api/v1/deployment-policies`) */
  async listDeploymentPolicies(
    init?: Init<'/api/v1/deployment-policies', 'get'>,
  ): Promise<Answer<'/api/v1/deployment-policies', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/deployment-policies',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/deployment-policies', 'get'>;
  }

  /** Create a deployment policy (factstore.policy.manage) (`POST /api/v1/deployment-policies`) */
  async createDeploymentPolicy(
    init: Init<'/api/v1/deployment-policies', 'post'>,
  ): Promise<Answer<'/api/v1/deployment-policies', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/deployment-policies',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/deployment-policies', 'post'>;
  }

  /** A deployment policy (`GET /api/v1/deployment-policies/{id}`) */
  async getDeploymentPolicy(
    init: Init<'/api/v1/deployment-policies/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/deployment-policies/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/deployment-policies/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/deployment-policies/{id}', 'get'>;
  }

  /** Change a deployment policy (factstore.policy.manage) (`PUT /api/v1/deployment-policies/{id}`) */
  async updateDeploymentPolicy(
    init: Init<'/api/v1/deployment-policies/{id}', 'put'>,
  ): Promise<Answer<'/api/v1/deployment-policies/{id}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/deployment-policies/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/deployment-policies/{id}', 'put'>;
  }

  /** Delete a deployment policy (factstore.policy.manage) (`DELETE /api/v1/deployment-policies/{id}`) */
  async deleteDeploymentPolicy(
    init: Init<'/api/v1/deployment-policies/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/deployment-policies/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/deployment-policies/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/deployment-policies/{id}',
      'delete'
    >;
  }

  /** May the artifact deploy (to the environment)? The deployment policies and attached policies decide; the result is stored (`POST /api/v1/gate/evaluate`) */
  async evaluateGate(
    init: Init<'/api/v1/gate/evaluate', 'post'>,
  ): Promise<Answer<'/api/v1/gate/evaluate', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/gate/evaluate',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/gate/evaluate', 'post'>;
  }

  /** The gate's decisions, newest first (`GET /api/v1/gate/results`) */
  async listGateResults(
    init?: Init<'/api/v1/gate/results', 'get'>,
  ): Promise<Answer<'/api/v1/gate/results', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/gate/results',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/gate/results', 'get'>;
  }

  /** The audit log, OpenFactstore's paging (`GET /api/v1/audit`) */
  async listAuditEvents(
    init?: Init<'/api/v1/audit', 'get'>,
  ): Promise<Answer<'/api/v1/audit', 'get'>> {
    const { data } = await this.client.GET('/api/v1/audit', init as never);
    return data as unknown as Answer<'/api/v1/audit', 'get'>;
  }

  /** An audit event (`GET /api/v1/audit/{id}`) */
  async getAuditEvent(
    init: Init<'/api/v1/audit/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/audit/{id}', 'get'>> {
    const { data } = await this.client.GET('/api/v1/audit/{id}', init as never);
    return data as unknown as Answer<'/api/v1/audit/{id}', 'get'>;
  }

  /** Flows, trails, artifacts, attestations and environments matching a text (`GET /api/v1/search`) */
  async search(
    init: Init<'/api/v1/search', 'get'>,
  ): Promise<Answer<'/api/v1/search', 'get'>> {
    const { data } = await this.client.GET('/api/v1/search', init as never);
    return data as unknown as Answer<'/api/v1/search', 'get'>;
  }

  /** The trail's security scans (`GET /api/v1/trails/{trailId}/security-scans`) */
  async listSecurityScans(
    init: Init<'/api/v1/trails/{trailId}/security-scans', 'get'>,
  ): Promise<Answer<'/api/v1/trails/{trailId}/security-scans', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/trails/{trailId}/security-scans',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/security-scans',
      'get'
    >;
  }

  /** Record a security scan from a scanner's report (multipart or JSON) or claimed counts (`POST /api/v1/trails/{trailId}/security-scans`) */
  async recordSecurityScan(
    init: Init<'/api/v1/trails/{trailId}/security-scans', 'post'>,
  ): Promise<Answer<'/api/v1/trails/{trailId}/security-scans', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/trails/{trailId}/security-scans',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/security-scans',
      'post'
    >;
  }

  /** Counts over every recorded scan (`GET /api/v1/security-scans/summary`) */
  async getSecurityScanSummary(
    init?: Init<'/api/v1/security-scans/summary', 'get'>,
  ): Promise<Answer<'/api/v1/security-scans/summary', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/security-scans/summary',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/security-scans/summary', 'get'>;
  }

  /** A security scan with its findings (`GET /api/v1/security-scans/{id}`) */
  async getSecurityScan(
    init: Init<'/api/v1/security-scans/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/security-scans/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/security-scans/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/security-scans/{id}', 'get'>;
  }

  /** The physical environments (not archived) (`GET /api/v1/environments`) */
  async listEnvironments(
    init?: Init<'/api/v1/environments', 'get'>,
  ): Promise<Answer<'/api/v1/environments', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/environments', 'get'>;
  }

  /** Create a physical environment (factstore.environment.manage) (`POST /api/v1/environments`) */
  async createEnvironment(
    init: Init<'/api/v1/environments', 'post'>,
  ): Promise<Answer<'/api/v1/environments', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/environments',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/environments', 'post'>;
  }

  /** A physical environment (`GET /api/v1/environments/{id}`) */
  async getEnvironment(
    init: Init<'/api/v1/environments/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/environments/{id}', 'get'>;
  }

  /** Change a physical environment (factstore.environment.manage) (`PUT /api/v1/environments/{id}`) */
  async updateEnvironment(
    init: Init<'/api/v1/environments/{id}', 'put'>,
  ): Promise<Answer<'/api/v1/environments/{id}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/environments/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/environments/{id}', 'put'>;
  }

  /** Delete a physical environment, or archive it (factstore.environment.manage) (`DELETE /api/v1/environments/{id}`) */
  async deleteEnvironment(
    init: Init<'/api/v1/environments/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/environments/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/environments/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/environments/{id}', 'delete'>;
  }

  /** Restore an archived physical environment (factstore.environment.manage) (`POST /api/v1/environments/{id}/restore`) */
  async restoreEnvironment(
    init: Init<'/api/v1/environments/{id}/restore', 'post'>,
  ): Promise<Answer<'/api/v1/environments/{id}/restore', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/environments/{id}/restore',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/restore',
      'post'
    >;
  }

  /** The environment's snapshots, newest first (`GET /api/v1/environments/{id}/snapshots`) */
  async listSnapshots(
    init: Init<'/api/v1/environments/{id}/snapshots', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}/snapshots', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}/snapshots',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/snapshots',
      'get'
    >;
  }

  /** Record what runs in the environment now (`POST /api/v1/environments/{id}/snapshots`) */
  async recordSnapshot(
    init: Init<'/api/v1/environments/{id}/snapshots', 'post'>,
  ): Promise<Answer<'/api/v1/environments/{id}/snapshots', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/environments/{id}/snapshots',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/snapshots',
      'post'
    >;
  }

  /** The environment's latest snapshot (`GET /api/v1/environments/{id}/snapshots/latest`) */
  async getLatestSnapshot(
    init: Init<'/api/v1/environments/{id}/snapshots/latest', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}/snapshots/latest', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}/snapshots/latest',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/snapshots/latest',
      'get'
    >;
  }

  /** One of the environment's snapshots (`GET /api/v1/environments/{id}/snapshots/{index}`) */
  async getSnapshot(
    init: Init<'/api/v1/environments/{id}/snapshots/{index}', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}/snapshots/{index}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}/snapshots/{index}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/snapshots/{index}',
      'get'
    >;
  }

  /** What changed between two snapshots (snappish, e.g. `3`, `~1`, `latest`) (`GET /api/v1/environments/{id}/diff`) */
  async diffSnapshots(
    init: Init<'/api/v1/environments/{id}/diff', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}/diff', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}/diff',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/environments/{id}/diff', 'get'>;
  }

  /** Make a snapshot (the latest by default) the environment's baseline (factstore.environment.manage) (`POST /api/v1/environments/{id}/baselines`) */
  async createBaseline(
    init: Init<'/api/v1/environments/{id}/baselines', 'post'>,
  ): Promise<Answer<'/api/v1/environments/{id}/baselines', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/environments/{id}/baselines',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/baselines',
      'post'
    >;
  }

  /** The environment's baseline (`GET /api/v1/environments/{id}/baselines/current`) */
  async getCurrentBaseline(
    init: Init<'/api/v1/environments/{id}/baselines/current', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}/baselines/current', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}/baselines/current',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/baselines/current',
      'get'
    >;
  }

  /** How the latest snapshot drifts from the baseline (the allow-list excepted); the report is stored (`GET /api/v1/environments/{id}/drift`) */
  async getDrift(
    init: Init<'/api/v1/environments/{id}/drift', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}/drift', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}/drift',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/environments/{id}/drift', 'get'>;
  }

  /** The environment's drift reports, newest first (`GET /api/v1/environments/{id}/drift/history`) */
  async getDriftHistory(
    init: Init<'/api/v1/environments/{id}/drift/history', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}/drift/history', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}/drift/history',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/drift/history',
      'get'
    >;
  }

  /** The environment's allow-list (`GET /api/v1/environments/{id}/allowlist`) */
  async listAllowlist(
    init: Init<'/api/v1/environments/{id}/allowlist', 'get'>,
  ): Promise<Answer<'/api/v1/environments/{id}/allowlist', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/environments/{id}/allowlist',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/allowlist',
      'get'
    >;
  }

  /** Allow an artifact (by digest or name pattern) to run though not in the baseline (factstore.environment.manage) (`POST /api/v1/environments/{id}/allowlist`) */
  async addAllowlistEntry(
    init: Init<'/api/v1/environments/{id}/allowlist', 'post'>,
  ): Promise<Answer<'/api/v1/environments/{id}/allowlist', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/environments/{id}/allowlist',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/allowlist',
      'post'
    >;
  }

  /** Remove an allow-list entry (factstore.environment.manage) (`DELETE /api/v1/environments/{id}/allowlist/{entryId}`) */
  async removeAllowlistEntry(
    init: Init<'/api/v1/environments/{id}/allowlist/{entryId}', 'delete'>,
  ): Promise<
    Answer<'/api/v1/environments/{id}/allowlist/{entryId}', 'delete'>
  > {
    const { data } = await this.client.DELETE(
      '/api/v1/environments/{id}/allowlist/{entryId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/environments/{id}/allowlist/{entryId}',
      'delete'
    >;
  }

  /** The logical environments (not archived) (`GET /api/v1/logical-environments`) */
  async listLogicalEnvironments(
    init?: Init<'/api/v1/logical-environments', 'get'>,
  ): Promise<Answer<'/api/v1/logical-environments', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/logical-environments',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/logical-environments', 'get'>;
  }

  /** Create a logical environment grouping physical ones (factstore.environment.manage) (`POST /api/v1/logical-environments`) */
  async createLogicalEnvironment(
    init: Init<'/api/v1/logical-environments', 'post'>,
  ): Promise<Answer<'/api/v1/logical-environments', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/logical-environments',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/logical-environments', 'post'>;
  }

  /** A logical environment and its members (`GET /api/v1/logical-environments/{id}`) */
  async getLogicalEnvironment(
    init: Init<'/api/v1/logical-environments/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/logical-environments/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/logical-environments/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/logical-environments/{id}',
      'get'
    >;
  }

  /** Change a logical environment or its members (factstore.environment.manage) (`PUT /api/v1/logical-environments/{id}`) */
  async updateLogicalEnvironment(
    init: Init<'/api/v1/logical-environments/{id}', 'put'>,
  ): Promise<Answer<'/api/v1/logical-environments/{id}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/logical-environments/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/logical-environments/{id}',
      'put'
    >;
  }

  /** Delete a logical environment, or archive it (factstore.environment.manage) (`DELETE /api/v1/logical-environments/{id}`) */
  async deleteLogicalEnvironment(
    init: Init<'/api/v1/logical-environments/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/logical-environments/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/logical-environments/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/logical-environments/{id}',
      'delete'
    >;
  }

  /** Restore an archived logical environment (factstore.environment.manage) (`POST /api/v1/logical-environments/{id}/restore`) */
  async restoreLogicalEnvironment(
    init: Init<'/api/v1/logical-environments/{id}/restore', 'post'>,
  ): Promise<Answer<'/api/v1/logical-environments/{id}/restore', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/logical-environments/{id}/restore',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/logical-environments/{id}/restore',
      'post'
    >;
  }

  /** The ledger's entries, in order (`GET /api/v1/ledger/entries`) */
  async listLedgerEntries(
    init?: Init<'/api/v1/ledger/entries', 'get'>,
  ): Promise<Answer<'/api/v1/ledger/entries', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/ledger/entries',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/ledger/entries', 'get'>;
  }

  /** The latest ledger entry of a record, and its history (`GET /api/v1/ledger/entries/{recordId}`) */
  async getLedgerEntry(
    init: Init<'/api/v1/ledger/entries/{recordId}', 'get'>,
  ): Promise<Answer<'/api/v1/ledger/entries/{recordId}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/ledger/entries/{recordId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/ledger/entries/{recordId}',
      'get'
    >;
  }

  /** Re-hash a record's ledger entries and prove them included in the signed checkpoint (`POST /api/v1/ledger/verify/{recordId}`) */
  async verifyLedgerRecord(
    init: Init<'/api/v1/ledger/verify/{recordId}', 'post'>,
  ): Promise<Answer<'/api/v1/ledger/verify/{recordId}', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/ledger/verify/{recordId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/ledger/verify/{recordId}',
      'post'
    >;
  }

  /** Re-hash the ledger's entries (in a time range) and check the tree they build (`POST /api/v1/ledger/verify-chain`) */
  async verifyLedgerChain(
    init?: Init<'/api/v1/ledger/verify-chain', 'post'>,
  ): Promise<Answer<'/api/v1/ledger/verify-chain', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/ledger/verify-chain',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/ledger/verify-chain', 'post'>;
  }

  /** The ledger's size, root hash and latest signed checkpoint (`GET /api/v1/ledger/status`) */
  async getLedgerStatus(
    init?: Init<'/api/v1/ledger/status', 'get'>,
  ): Promise<Answer<'/api/v1/ledger/status', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/ledger/status',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/ledger/status', 'get'>;
  }

  /** A signed checkpoint (C2SP signed note), the latest or of a tree size (`GET /api/v1/ledger/checkpoint`) */
  async getLedgerCheckpoint(
    init?: Init<'/api/v1/ledger/checkpoint', 'get'>,
  ): Promise<Answer<'/api/v1/ledger/checkpoint', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/ledger/checkpoint',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/ledger/checkpoint', 'get'>;
  }

  /** The Ed25519 key that signs checkpoints and verification summaries (`GET /api/v1/ledger/public-key`) */
  async getLedgerPublicKey(
    init?: Init<'/api/v1/ledger/public-key', 'get'>,
  ): Promise<Answer<'/api/v1/ledger/public-key', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/ledger/public-key',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/ledger/public-key', 'get'>;
  }

  /** RFC 6962 consistency proof between two tree sizes (`GET /api/v1/ledger/proofs/consistency`) */
  async getConsistencyProof(
    init: Init<'/api/v1/ledger/proofs/consistency', 'get'>,
  ): Promise<Answer<'/api/v1/ledger/proofs/consistency', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/ledger/proofs/consistency',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/ledger/proofs/consistency',
      'get'
    >;
  }

  /** RFC 6962 inclusion proof of a leaf in a tree size (`GET /api/v1/ledger/proofs/inclusion`) */
  async getInclusionProof(
    init: Init<'/api/v1/ledger/proofs/inclusion', 'get'>,
  ): Promise<Answer<'/api/v1/ledger/proofs/inclusion', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/ledger/proofs/inclusion',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/ledger/proofs/inclusion', 'get'>;
  }

  /** The policies (`GET /api/v1/policies`) */
  async listPolicies(
    init?: Init<'/api/v1/policies', 'get'>,
  ): Promise<Answer<'/api/v1/policies', 'get'>> {
    const { data } = await this.client.GET('/api/v1/policies', init as never);
    return data as unknown as Answer<'/api/v1/policies', 'get'>;
  }

  /** Create a CEL or Rego policy (factstore.policy.manage) (`POST /api/v1/policies`) */
  async createPolicy(
    init: Init<'/api/v1/policies', 'post'>,
  ): Promise<Answer<'/api/v1/policies', 'post'>> {
    const { data } = await this.client.POST('/api/v1/policies', init as never);
    return data as unknown as Answer<'/api/v1/policies', 'post'>;
  }

  /** A policy (`GET /api/v1/policies/{id}`) */
  async getPolicy(
    init: Init<'/api/v1/policies/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/policies/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/policies/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/policies/{id}', 'get'>;
  }

  /** Change a policy; its version goes up (factstore.policy.manage) (`PUT /api/v1/policies/{id}`) */
  async updatePolicy(
    init: Init<'/api/v1/policies/{id}', 'put'>,
  ): Promise<Answer<'/api/v1/policies/{id}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/policies/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/policies/{id}', 'put'>;
  }

  /** Delete a policy (refused while attached) (factstore.policy.manage) (`DELETE /api/v1/policies/{id}`) */
  async deletePolicy(
    init: Init<'/api/v1/policies/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/policies/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/policies/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/policies/{id}', 'delete'>;
  }

  /** Policy attachments, optionally of one policy or environment (`GET /api/v1/policy-attachments`) */
  async listPolicyAttachments(
    init?: Init<'/api/v1/policy-attachments', 'get'>,
  ): Promise<Answer<'/api/v1/policy-attachments', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/policy-attachments',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/policy-attachments', 'get'>;
  }

  /** Attach a policy to an environment (factstore.policy.manage) (`POST /api/v1/policy-attachments`) */
  async attachPolicy(
    init: Init<'/api/v1/policy-attachments', 'post'>,
  ): Promise<Answer<'/api/v1/policy-attachments', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/policy-attachments',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/policy-attachments', 'post'>;
  }

  /** A policy attachment (`GET /api/v1/policy-attachments/{id}`) */
  async getPolicyAttachment(
    init: Init<'/api/v1/policy-attachments/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/policy-attachments/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/policy-attachments/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/policy-attachments/{id}', 'get'>;
  }

  /** Detach a policy from an environment (factstore.policy.manage) (`DELETE /api/v1/policy-attachments/{id}`) */
  async detachPolicy(
    init: Init<'/api/v1/policy-attachments/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/policy-attachments/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/policy-attachments/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/policy-attachments/{id}',
      'delete'
    >;
  }

  /** The uploaded OPA bundles (`GET /api/v1/opa/bundles`) */
  async listOpaBundles(
    init?: Init<'/api/v1/opa/bundles', 'get'>,
  ): Promise<Answer<'/api/v1/opa/bundles', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/opa/bundles',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/opa/bundles', 'get'>;
  }

  /** Upload an OPA bundle (or a .rego file), compiled to WebAssembly or loaded into the OPA server (factstore.policy.manage) (`POST /api/v1/opa/bundles`) */
  async uploadOpaBundle(
    init: Init<'/api/v1/opa/bundles', 'post'>,
  ): Promise<Answer<'/api/v1/opa/bundles', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/opa/bundles',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/opa/bundles', 'post'>;
  }

  /** An OPA bundle with its Rego source (`GET /api/v1/opa/bundles/{id}`) */
  async getOpaBundle(
    init: Init<'/api/v1/opa/bundles/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/opa/bundles/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/opa/bundles/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/opa/bundles/{id}', 'get'>;
  }

  /** Make a bundle the active one of its name (factstore.policy.manage) (`PUT /api/v1/opa/bundles/{id}/activate`) */
  async activateOpaBundle(
    init: Init<'/api/v1/opa/bundles/{id}/activate', 'put'>,
  ): Promise<Answer<'/api/v1/opa/bundles/{id}/activate', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/opa/bundles/{id}/activate',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/opa/bundles/{id}/activate',
      'put'
    >;
  }

  /** Evaluate a bundle's entrypoint on an input (or an artifact's evidence); the decision is stored (`POST /api/v1/opa/evaluate`) */
  async evaluateOpa(
    init: Init<'/api/v1/opa/evaluate', 'post'>,
  ): Promise<Answer<'/api/v1/opa/evaluate', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/opa/evaluate',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/opa/evaluate', 'post'>;
  }

  /** Stored policy decisions, newest first (`GET /api/v1/opa/decisions`) */
  async listPolicyDecisions(
    init?: Init<'/api/v1/opa/decisions', 'get'>,
  ): Promise<Answer<'/api/v1/opa/decisions', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/opa/decisions',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/opa/decisions', 'get'>;
  }

  /** A stored policy decision (`GET /api/v1/opa/decisions/{id}`) */
  async getPolicyDecision(
    init: Init<'/api/v1/opa/decisions/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/opa/decisions/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/opa/decisions/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/opa/decisions/{id}', 'get'>;
  }

  /** Record a review attestation decided from the pull requests' facts (GitHub or GitLab API format), or seed 002's reference to one (recorded FAILED as unverified without an SCM integration) (`POST /api/v1/trails/{trailId}/attestations/pull-request`) */
  async recordPullRequestAttestation(
    init: Init<'/api/v1/trails/{trailId}/attestations/pull-request', 'post'>,
  ): Promise<
    Answer<'/api/v1/trails/{trailId}/attestations/pull-request', 'post'>
  > {
    const { data } = await this.client.POST(
      '/api/v1/trails/{trailId}/attestations/pull-request',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/attestations/pull-request',
      'post'
    >;
  }

  /** Compliance of the trails (of a flow) in a time window (`GET /api/v1/reports/compliance`) */
  async getComplianceReport(
    init?: Init<'/api/v1/reports/compliance', 'get'>,
  ): Promise<Answer<'/api/v1/reports/compliance', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/reports/compliance',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/reports/compliance', 'get'>;
  }

  /** A trail's evidence and audit events, exported (`GET /api/v1/reports/audit-trail/{trailId}`) */
  async exportAuditTrail(
    init: Init<'/api/v1/reports/audit-trail/{trailId}', 'get'>,
  ): Promise<Answer<'/api/v1/reports/audit-trail/{trailId}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/reports/audit-trail/{trailId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/reports/audit-trail/{trailId}',
      'get'
    >;
  }

  /** The artifact's latest provenance, with the document as recorded (`GET /api/v1/trails/{trailId}/artifacts/{artifactId}/provenance`) */
  async getProvenance(
    init: Init<
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance',
      'get'
    >,
  ): Promise<
    Answer<'/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance',
      'get'
    >;
  }

  /** Record build provenance: SLSA v0.2/v1 as an in-toto statement, DSSE envelope or Sigstore bundle, or OpenFactstore's fields (factstore.provenance.record) (`POST /api/v1/trails/{trailId}/artifacts/{artifactId}/provenance`) */
  async recordProvenance(
    init: Init<
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance',
      'post'
    >,
  ): Promise<
    Answer<'/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance', 'post'>
  > {
    const { data } = await this.client.POST(
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance',
      'post'
    >;
  }

  /** Verify the artifact's provenance again (digest, signature against the trust root, expected builder, source and signer) (`POST /api/v1/trails/{trailId}/artifacts/{artifactId}/provenance/verify`) */
  async verifyProvenance(
    init: Init<
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance/verify',
      'post'
    >,
  ): Promise<
    Answer<
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance/verify',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance/verify',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance/verify',
      'post'
    >;
  }

  /** The latest provenance recorded for a digest (`GET /api/v1/artifacts/{sha256}/provenance`) */
  async getProvenanceByDigest(
    init: Init<'/api/v1/artifacts/{sha256}/provenance', 'get'>,
  ): Promise<Answer<'/api/v1/artifacts/{sha256}/provenance', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/artifacts/{sha256}/provenance',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/artifacts/{sha256}/provenance',
      'get'
    >;
  }

  /** Every framework with its controls (the shipped ones included) (`GET /api/v1/frameworks`) */
  async listFrameworks(
    init?: Init<'/api/v1/frameworks', 'get'>,
  ): Promise<Answer<'/api/v1/frameworks', 'get'>> {
    const { data } = await this.client.GET('/api/v1/frameworks', init as never);
    return data as unknown as Answer<'/api/v1/frameworks', 'get'>;
  }

  /** Create a regulatory framework (factstore.framework.manage) (`POST /api/v1/frameworks`) */
  async createFramework(
    init: Init<'/api/v1/frameworks', 'post'>,
  ): Promise<Answer<'/api/v1/frameworks', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/frameworks',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/frameworks', 'post'>;
  }

  /** A framework with its controls (`GET /api/v1/frameworks/{id}`) */
  async getFramework(
    init: Init<'/api/v1/frameworks/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/frameworks/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/frameworks/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/frameworks/{id}', 'get'>;
  }

  /** Add a control to a framework (factstore.framework.manage) (`POST /api/v1/frameworks/{id}/controls`) */
  async addFrameworkControl(
    init: Init<'/api/v1/frameworks/{id}/controls', 'post'>,
  ): Promise<Answer<'/api/v1/frameworks/{id}/controls', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/frameworks/{id}/controls',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/frameworks/{id}/controls',
      'post'
    >;
  }

  /** The compliance mappings (`GET /api/v1/compliance/mappings`) */
  async listComplianceMappings(
    init?: Init<'/api/v1/compliance/mappings', 'get'>,
  ): Promise<Answer<'/api/v1/compliance/mappings', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/compliance/mappings',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/compliance/mappings', 'get'>;
  }

  /** Map a control to evidence: an attestation type, approval, policy, provenance level or security scan (factstore.framework.manage) (`POST /api/v1/compliance/mappings`) */
  async createComplianceMapping(
    init: Init<'/api/v1/compliance/mappings', 'post'>,
  ): Promise<Answer<'/api/v1/compliance/mappings', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/compliance/mappings',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/compliance/mappings', 'post'>;
  }

  /** Assess a trail, flow or environment against a framework; each control PASS, FAIL or NOT_APPLICABLE with its evidence (factstore.compliance.assess) (`POST /api/v1/compliance/assess`) */
  async assessCompliance(
    init: Init<'/api/v1/compliance/assess', 'post'>,
  ): Promise<Answer<'/api/v1/compliance/assess', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/compliance/assess',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/compliance/assess', 'post'>;
  }

  /** Assessments, newest first (`GET /api/v1/compliance/assessments`) */
  async listAssessments(
    init?: Init<'/api/v1/compliance/assessments', 'get'>,
  ): Promise<Answer<'/api/v1/compliance/assessments', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/compliance/assessments',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/compliance/assessments', 'get'>;
  }

  /** An assessment (`GET /api/v1/compliance/assessments/{id}`) */
  async getAssessment(
    init: Init<'/api/v1/compliance/assessments/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/compliance/assessments/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/compliance/assessments/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/compliance/assessments/{id}',
      'get'
    >;
  }

  /** The chain of custody of an artifact: commit, build, evidence and every environment it ran in (`GET /api/v1/compliance/artifact/{sha256}`) */
  async getChainOfCustody(
    init: Init<'/api/v1/compliance/artifact/{sha256}', 'get'>,
  ): Promise<Answer<'/api/v1/compliance/artifact/{sha256}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/compliance/artifact/{sha256}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/compliance/artifact/{sha256}',
      'get'
    >;
  }

  /** A framework's regulatory report: JSON, or HTML for an auditor (`?format=html` or `Accept: text/html`) (`GET /api/v1/reports/regulatory/{frameworkId}`) */
  async getRegulatoryReport(
    init: Init<'/api/v1/reports/regulatory/{frameworkId}', 'get'>,
  ): Promise<Answer<'/api/v1/reports/regulatory/{frameworkId}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/reports/regulatory/{frameworkId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/reports/regulatory/{frameworkId}',
      'get'
    >;
  }

  /** Compliance counts (over the last `days`) (`GET /api/v1/metrics/compliance`) */
  async getComplianceMetrics(
    init?: Init<'/api/v1/metrics/compliance', 'get'>,
  ): Promise<Answer<'/api/v1/metrics/compliance', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/metrics/compliance',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/metrics/compliance', 'get'>;
  }

  /** Security scan counts (over the last `days`) (`GET /api/v1/metrics/security`) */
  async getSecurityMetrics(
    init?: Init<'/api/v1/metrics/security', 'get'>,
  ): Promise<Answer<'/api/v1/metrics/security', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/metrics/security',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/metrics/security', 'get'>;
  }

  /** The dashboard's counts (`GET /api/v1/dashboard/stats`) */
  async getDashboardStats(
    init?: Init<'/api/v1/dashboard/stats', 'get'>,
  ): Promise<Answer<'/api/v1/dashboard/stats', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/dashboard/stats',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/dashboard/stats', 'get'>;
  }

  /** The caller's in-app notifications, newest first (`GET /api/v1/notifications`) */
  async listNotifications(
    init?: Init<'/api/v1/notifications', 'get'>,
  ): Promise<Answer<'/api/v1/notifications', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/notifications',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/notifications', 'get'>;
  }

  /** How many of the caller's notifications are unread (`GET /api/v1/notifications/unread-count`) */
  async countUnreadNotifications(
    init?: Init<'/api/v1/notifications/unread-count', 'get'>,
  ): Promise<Answer<'/api/v1/notifications/unread-count', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/notifications/unread-count',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/notifications/unread-count',
      'get'
    >;
  }

  /** Mark all of the caller's notifications read (`POST /api/v1/notifications/read-all`) */
  async readAllNotifications(
    init?: Init<'/api/v1/notifications/read-all', 'post'>,
  ): Promise<Answer<'/api/v1/notifications/read-all', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/notifications/read-all',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/notifications/read-all', 'post'>;
  }

  /** Mark one of the caller's notifications read (`POST /api/v1/notifications/{id}/read`) */
  async readNotification(
    init: Init<'/api/v1/notifications/{id}/read', 'post'>,
  ): Promise<Answer<'/api/v1/notifications/{id}/read', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/notifications/{id}/read',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/notifications/{id}/read', 'post'>;
  }

  /** The notification rules (`GET /api/v1/notification-rules`) */
  async listNotificationRules(
    init?: Init<'/api/v1/notification-rules', 'get'>,
  ): Promise<Answer<'/api/v1/notification-rules', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/notification-rules',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/notification-rules', 'get'>;
  }

  /** Create a notification rule (factstore.notification.manage) (`POST /api/v1/notification-rules`) */
  async createNotificationRule(
    init: Init<'/api/v1/notification-rules', 'post'>,
  ): Promise<Answer<'/api/v1/notification-rules', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/notification-rules',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/notification-rules', 'post'>;
  }

  /** A notification rule (`GET /api/v1/notification-rules/{id}`) */
  async getNotificationRule(
    init: Init<'/api/v1/notification-rules/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/notification-rules/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/notification-rules/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/notification-rules/{id}', 'get'>;
  }

  /** Change a notification rule (factstore.notification.manage) (`PUT /api/v1/notification-rules/{id}`) */
  async updateNotificationRule(
    init: Init<'/api/v1/notification-rules/{id}', 'put'>,
  ): Promise<Answer<'/api/v1/notification-rules/{id}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/notification-rules/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/notification-rules/{id}', 'put'>;
  }

  /** Delete a notification rule (factstore.notification.manage) (`DELETE /api/v1/notification-rules/{id}`) */
  async deleteNotificationRule(
    init: Init<'/api/v1/notification-rules/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/notification-rules/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/notification-rules/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/notification-rules/{id}',
      'delete'
    >;
  }

  /** Send a test notification through the rule's channel (factstore.notification.manage) (`POST /api/v1/notification-rules/{id}/test`) */
  async testNotificationRule(
    init: Init<'/api/v1/notification-rules/{id}/test', 'post'>,
  ): Promise<Answer<'/api/v1/notification-rules/{id}/test', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/notification-rules/{id}/test',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/notification-rules/{id}/test',
      'post'
    >;
  }

  /** The rule's deliveries, newest first (`GET /api/v1/notification-rules/{id}/deliveries`) */
  async listNotificationDeliveries(
    init: Init<'/api/v1/notification-rules/{id}/deliveries', 'get'>,
  ): Promise<Answer<'/api/v1/notification-rules/{id}/deliveries', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/notification-rules/{id}/deliveries',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/notification-rules/{id}/deliveries',
      'get'
    >;
  }

  /** A CI delivery, verified by the source's secret instead of Backstage credentials (`POST /api/v1/webhooks/{source}`) */
  async receiveWebhook(
    init: Init<'/api/v1/webhooks/{source}', 'post'>,
  ): Promise<Answer<'/api/v1/webhooks/{source}', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/webhooks/{source}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/webhooks/{source}', 'post'>;
  }

  /** The outbound webhook destinations (`GET /api/v1/webhook-configs`) */
  async listWebhookConfigs(
    init?: Init<'/api/v1/webhook-configs', 'get'>,
  ): Promise<Answer<'/api/v1/webhook-configs', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/webhook-configs',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/webhook-configs', 'get'>;
  }

  /** Register an outbound webhook destination (factstore.integration.manage) (`POST /api/v1/webhook-configs`) */
  async createWebhookConfig(
    init: Init<'/api/v1/webhook-configs', 'post'>,
  ): Promise<Answer<'/api/v1/webhook-configs', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/webhook-configs',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/webhook-configs', 'post'>;
  }

  /** Delete a destination; its deliveries stay (factstore.integration.manage) (`DELETE /api/v1/webhook-configs/{id}`) */
  async deleteWebhookConfig(
    init: Init<'/api/v1/webhook-configs/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/webhook-configs/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/webhook-configs/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/webhook-configs/{id}', 'delete'>;
  }

  /** The destination's deliveries with each attempt, newest first (`GET /api/v1/webhook-configs/{id}/deliveries`) */
  async listWebhookDeliveries(
    init: Init<'/api/v1/webhook-configs/{id}/deliveries', 'get'>,
  ): Promise<Answer<'/api/v1/webhook-configs/{id}/deliveries', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/webhook-configs/{id}/deliveries',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/webhook-configs/{id}/deliveries',
      'get'
    >;
  }

  /** The organisation's Slack configuration (`GET /api/v1/organisations/{slug}/slack`) */
  async getSlackConfig(
    init: Init<'/api/v1/organisations/{slug}/slack', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/slack', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}/slack',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/slack',
      'get'
    >;
  }

  /** Point the organisation at a configured Slack incoming webhook (factstore.integration.manage) (`POST /api/v1/organisations/{slug}/slack`) */
  async configureSlack(
    init: Init<'/api/v1/organisations/{slug}/slack', 'post'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/slack', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/slack',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/slack',
      'post'
    >;
  }

  /** Remove the organisation's Slack configuration (factstore.integration.manage) (`DELETE /api/v1/organisations/{slug}/slack`) */
  async removeSlack(
    init: Init<'/api/v1/organisations/{slug}/slack', 'delete'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/slack', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/organisations/{slug}/slack',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/slack',
      'delete'
    >;
  }

  /** A slash command, verified by Slack's signing secret instead of Backstage credentials (`POST /api/v1/organisations/{slug}/slack/commands`) */
  async handleSlackCommand(
    init: Init<'/api/v1/organisations/{slug}/slack/commands', 'post'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/slack/commands', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/slack/commands',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/slack/commands',
      'post'
    >;
  }

  /** A button press, verified by Slack's signing secret instead of Backstage credentials (`POST /api/v1/organisations/{slug}/slack/actions`) */
  async handleSlackAction(
    init: Init<'/api/v1/organisations/{slug}/slack/actions', 'post'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/slack/actions', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/slack/actions',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/slack/actions',
      'post'
    >;
  }

  /** Tell the organisation's Slack channel a trail is non-compliant (factstore.integration.manage) (`POST /api/v1/organisations/{slug}/slack/notify/trail-non-compliant`) */
  async notifySlackTrailNonCompliant(
    init: Init<
      '/api/v1/organisations/{slug}/slack/notify/trail-non-compliant',
      'post'
    >,
  ): Promise<
    Answer<
      '/api/v1/organisations/{slug}/slack/notify/trail-non-compliant',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/slack/notify/trail-non-compliant',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/slack/notify/trail-non-compliant',
      'post'
    >;
  }

  /** Tell the organisation's Slack channel an approval is requested (factstore.integration.manage) (`POST /api/v1/organisations/{slug}/slack/notify/approval-requested`) */
  async notifySlackApprovalRequested(
    init: Init<
      '/api/v1/organisations/{slug}/slack/notify/approval-requested',
      'post'
    >,
  ): Promise<
    Answer<
      '/api/v1/organisations/{slug}/slack/notify/approval-requested',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/slack/notify/approval-requested',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/slack/notify/approval-requested',
      'post'
    >;
  }

  /** Whether Vault answers, initialised and unsealed (`GET /api/v1/evidence/health`) */
  async getVaultHealth(
    init?: Init<'/api/v1/evidence/health', 'get'>,
  ): Promise<Answer<'/api/v1/evidence/health', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/evidence/health',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/evidence/health', 'get'>;
  }

  /** The latest version's metadata (`GET /api/v1/evidence/{entityType}/{entityId}`) */
  async getVaultEvidence(
    init: Init<'/api/v1/evidence/{entityType}/{entityId}', 'get'>,
  ): Promise<Answer<'/api/v1/evidence/{entityType}/{entityId}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/evidence/{entityType}/{entityId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/evidence/{entityType}/{entityId}',
      'get'
    >;
  }

  /** Store key-value evidence in Vault's KV v2 engine (factstore.evidence.manage) (`POST /api/v1/evidence/{entityType}/{entityId}`) */
  async storeVaultEvidence(
    init: Init<'/api/v1/evidence/{entityType}/{entityId}', 'post'>,
  ): Promise<Answer<'/api/v1/evidence/{entityType}/{entityId}', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/evidence/{entityType}/{entityId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/evidence/{entityType}/{entityId}',
      'post'
    >;
  }

  /** Soft-delete the latest version; Vault keeps it (factstore.evidence.manage) (`DELETE /api/v1/evidence/{entityType}/{entityId}`) */
  async deleteVaultEvidence(
    init: Init<'/api/v1/evidence/{entityType}/{entityId}', 'delete'>,
  ): Promise<Answer<'/api/v1/evidence/{entityType}/{entityId}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/evidence/{entityType}/{entityId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/evidence/{entityType}/{entityId}',
      'delete'
    >;
  }

  /** The evidence types stored for the entity (`GET /api/v1/evidence/{entityType}/{entityId}/list`) */
  async listVaultEvidence(
    init: Init<'/api/v1/evidence/{entityType}/{entityId}/list', 'get'>,
  ): Promise<Answer<'/api/v1/evidence/{entityType}/{entityId}/list', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/evidence/{entityType}/{entityId}/list',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/evidence/{entityType}/{entityId}/list',
      'get'
    >;
  }

  /** The latest version's key-value data, as an attachment (`GET /api/v1/evidence/{entityType}/{entityId}/download`) */
  async downloadVaultEvidence(
    init: Init<'/api/v1/evidence/{entityType}/{entityId}/download', 'get'>,
  ): Promise<
    Answer<'/api/v1/evidence/{entityType}/{entityId}/download', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v1/evidence/{entityType}/{entityId}/download',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/evidence/{entityType}/{entityId}/download',
      'get'
    >;
  }

  /** The Jira configuration (`GET /api/v1/integrations/jira/config`) */
  async getJiraConfig(
    init?: Init<'/api/v1/integrations/jira/config', 'get'>,
  ): Promise<Answer<'/api/v1/integrations/jira/config', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/integrations/jira/config',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/integrations/jira/config', 'get'>;
  }

  /** Choose the Jira project; the site and credentials are app-configs (factstore.integration.manage) (`POST /api/v1/integrations/jira/config`) */
  async configureJira(
    init: Init<'/api/v1/integrations/jira/config', 'post'>,
  ): Promise<Answer<'/api/v1/integrations/jira/config', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/integrations/jira/config',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/integrations/jira/config',
      'post'
    >;
  }

  /** Call Jira as the configured account (factstore.integration.manage) (`POST /api/v1/integrations/jira/test`) */
  async testJira(
    init?: Init<'/api/v1/integrations/jira/test', 'post'>,
  ): Promise<Answer<'/api/v1/integrations/jira/test', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/integrations/jira/test',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/integrations/jira/test', 'post'>;
  }

  /** The Confluence configuration (`GET /api/v1/integrations/confluence/config`) */
  async getConfluenceConfig(
    init?: Init<'/api/v1/integrations/confluence/config', 'get'>,
  ): Promise<Answer<'/api/v1/integrations/confluence/config', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/integrations/confluence/config',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/integrations/confluence/config',
      'get'
    >;
  }

  /** Choose the Confluence space; the site and credentials are app-configs (factstore.integration.manage) (`POST /api/v1/integrations/confluence/config`) */
  async configureConfluence(
    init: Init<'/api/v1/integrations/confluence/config', 'post'>,
  ): Promise<Answer<'/api/v1/integrations/confluence/config', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/integrations/confluence/config',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/integrations/confluence/config',
      'post'
    >;
  }

  /** Publish a compliance report page in the configured space (factstore.integration.manage) (`POST /api/v1/integrations/confluence/test`) */
  async testConfluence(
    init?: Init<'/api/v1/integrations/confluence/test', 'post'>,
  ): Promise<Answer<'/api/v1/integrations/confluence/test', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/integrations/confluence/test',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/integrations/confluence/test',
      'post'
    >;
  }

  /** A ticket for every non-compliant trail without one (factstore.integration.manage) (`POST /api/v1/integrations/jira/sync`) */
  async syncJira(
    init?: Init<'/api/v1/integrations/jira/sync', 'post'>,
  ): Promise<Answer<'/api/v1/integrations/jira/sync', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/integrations/jira/sync',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/integrations/jira/sync', 'post'>;
  }

  /** The tickets factstore created, newest first (`GET /api/v1/integrations/jira/tickets`) */
  async listJiraTickets(
    init?: Init<'/api/v1/integrations/jira/tickets', 'get'>,
  ): Promise<Answer<'/api/v1/integrations/jira/tickets', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/integrations/jira/tickets',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/integrations/jira/tickets',
      'get'
    >;
  }

  /** Create a Jira issue for a trail, linked to it (factstore.integration.manage) (`POST /api/v1/integrations/jira/tickets`) */
  async createJiraTicket(
    init: Init<'/api/v1/integrations/jira/tickets', 'post'>,
  ): Promise<Answer<'/api/v1/integrations/jira/tickets', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/integrations/jira/tickets',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/integrations/jira/tickets',
      'post'
    >;
  }

  /** Seed 002's flows of an organisation (its `org` name here), not archived (`GET /api/v1/organisations/{slug}/flows`) */
  async listOrganisationFlows(
    init: Init<'/api/v1/organisations/{slug}/flows', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/flows', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}/flows',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/flows',
      'get'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/organisations`) */
  async replacedIdentityOrganisationsGet(
    init?: Init<'/api/v1/organisations', 'get'>,
  ): Promise<Answer<'/api/v1/organisations', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/organisations', 'get'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/organisations`) */
  async replacedIdentityOrganisationsPost(
    init?: Init<'/api/v1/organisations', 'post'>,
  ): Promise<Answer<'/api/v1/organisations', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/organisations',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/organisations', 'post'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/organisations/{slug}`) */
  async replacedIdentityOrganisationsSlugGet(
    init: Init<'/api/v1/organisations/{slug}', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/organisations/{slug}', 'get'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`PUT /api/v1/organisations/{slug}`) */
  async replacedIdentityOrganisationsSlugPut(
    init: Init<'/api/v1/organisations/{slug}', 'put'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/organisations/{slug}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/organisations/{slug}', 'put'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`DELETE /api/v1/organisations/{slug}`) */
  async replacedIdentityOrganisationsSlugDelete(
    init: Init<'/api/v1/organisations/{slug}', 'delete'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/organisations/{slug}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/organisations/{slug}', 'delete'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/organisations/{slug}/scm-integrations`) */
  async replacedIdentityOrganisationsSlugScmIntegrationsGet(
    init: Init<'/api/v1/organisations/{slug}/scm-integrations', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/scm-integrations', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}/scm-integrations',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/scm-integrations',
      'get'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/organisations/{slug}/scm-integrations`) */
  async replacedIdentityOrganisationsSlugScmIntegrationsPost(
    init: Init<'/api/v1/organisations/{slug}/scm-integrations', 'post'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/scm-integrations', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/scm-integrations',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/scm-integrations',
      'post'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`DELETE /api/v1/organisations/{slug}/scm-integrations/{provider}`) */
  async replacedIdentityOrganisationsSlugScmIntegrationsProviderDelete(
    init: Init<
      '/api/v1/organisations/{slug}/scm-integrations/{provider}',
      'delete'
    >,
  ): Promise<
    Answer<'/api/v1/organisations/{slug}/scm-integrations/{provider}', 'delete'>
  > {
    const { data } = await this.client.DELETE(
      '/api/v1/organisations/{slug}/scm-integrations/{provider}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/scm-integrations/{provider}',
      'delete'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/organisations/{slug}/members`) */
  async replacedIdentityOrganisationsSlugMembersGet(
    init: Init<'/api/v1/organisations/{slug}/members', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/members', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}/members',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/members',
      'get'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/organisations/{slug}/members`) */
  async replacedIdentityOrganisationsSlugMembersPost(
    init: Init<'/api/v1/organisations/{slug}/members', 'post'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/members', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/members',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/members',
      'post'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/organisations/{slug}/members/{userId}`) */
  async replacedIdentityOrganisationsSlugMembersUserIdGet(
    init: Init<'/api/v1/organisations/{slug}/members/{userId}', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/members/{userId}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}/members/{userId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/members/{userId}',
      'get'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`PUT /api/v1/organisations/{slug}/members/{userId}`) */
  async replacedIdentityOrganisationsSlugMembersUserIdPut(
    init: Init<'/api/v1/organisations/{slug}/members/{userId}', 'put'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/members/{userId}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/organisations/{slug}/members/{userId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/members/{userId}',
      'put'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`DELETE /api/v1/organisations/{slug}/members/{userId}`) */
  async replacedIdentityOrganisationsSlugMembersUserIdDelete(
    init: Init<'/api/v1/organisations/{slug}/members/{userId}', 'delete'>,
  ): Promise<
    Answer<'/api/v1/organisations/{slug}/members/{userId}', 'delete'>
  > {
    const { data } = await this.client.DELETE(
      '/api/v1/organisations/{slug}/members/{userId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/members/{userId}',
      'delete'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/users`) */
  async replacedIdentityUsersGet(
    init?: Init<'/api/v1/users', 'get'>,
  ): Promise<Answer<'/api/v1/users', 'get'>> {
    const { data } = await this.client.GET('/api/v1/users', init as never);
    return data as unknown as Answer<'/api/v1/users', 'get'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/users`) */
  async replacedIdentityUsersPost(
    init?: Init<'/api/v1/users', 'post'>,
  ): Promise<Answer<'/api/v1/users', 'post'>> {
    const { data } = await this.client.POST('/api/v1/users', init as never);
    return data as unknown as Answer<'/api/v1/users', 'post'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/users/{id}`) */
  async replacedIdentityUsersIdGet(
    init: Init<'/api/v1/users/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/users/{id}', 'get'>> {
    const { data } = await this.client.GET('/api/v1/users/{id}', init as never);
    return data as unknown as Answer<'/api/v1/users/{id}', 'get'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`PUT /api/v1/users/{id}`) */
  async replacedIdentityUsersIdPut(
    init: Init<'/api/v1/users/{id}', 'put'>,
  ): Promise<Answer<'/api/v1/users/{id}', 'put'>> {
    const { data } = await this.client.PUT('/api/v1/users/{id}', init as never);
    return data as unknown as Answer<'/api/v1/users/{id}', 'put'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`DELETE /api/v1/users/{id}`) */
  async replacedIdentityUsersIdDelete(
    init: Init<'/api/v1/users/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/users/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/users/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/users/{id}', 'delete'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/service-accounts`) */
  async replacedIdentityServiceAccountsGet(
    init?: Init<'/api/v1/service-accounts', 'get'>,
  ): Promise<Answer<'/api/v1/service-accounts', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/service-accounts',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/service-accounts', 'get'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/service-accounts`) */
  async replacedIdentityServiceAccountsPost(
    init?: Init<'/api/v1/service-accounts', 'post'>,
  ): Promise<Answer<'/api/v1/service-accounts', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/service-accounts',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/service-accounts', 'post'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/service-accounts/{id}`) */
  async replacedIdentityServiceAccountsIdGet(
    init: Init<'/api/v1/service-accounts/{id}', 'get'>,
  ): Promise<Answer<'/api/v1/service-accounts/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/service-accounts/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/service-accounts/{id}', 'get'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`PUT /api/v1/service-accounts/{id}`) */
  async replacedIdentityServiceAccountsIdPut(
    init: Init<'/api/v1/service-accounts/{id}', 'put'>,
  ): Promise<Answer<'/api/v1/service-accounts/{id}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/service-accounts/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/service-accounts/{id}', 'put'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`DELETE /api/v1/service-accounts/{id}`) */
  async replacedIdentityServiceAccountsIdDelete(
    init: Init<'/api/v1/service-accounts/{id}', 'delete'>,
  ): Promise<Answer<'/api/v1/service-accounts/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/service-accounts/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/service-accounts/{id}', 'delete'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/service-accounts/{id}/api-keys`) */
  async replacedIdentityServiceAccountsIdKeysGet(
    init: Init<'/api/v1/service-accounts/{id}/api-keys', 'get'>,
  ): Promise<Answer<'/api/v1/service-accounts/{id}/api-keys', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/service-accounts/{id}/api-keys',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/service-accounts/{id}/api-keys',
      'get'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/service-accounts/{id}/api-keys`) */
  async replacedIdentityServiceAccountsIdKeysPost(
    init: Init<'/api/v1/service-accounts/{id}/api-keys', 'post'>,
  ): Promise<Answer<'/api/v1/service-accounts/{id}/api-keys', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/service-accounts/{id}/api-keys',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/service-accounts/{id}/api-keys',
      'post'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`DELETE /api/v1/service-accounts/{id}/api-keys/{keyId}`) */
  async replacedIdentityServiceAccountsIdKeysKeyIdDelete(
    init: Init<'/api/v1/service-accounts/{id}/api-keys/{keyId}', 'delete'>,
  ): Promise<
    Answer<'/api/v1/service-accounts/{id}/api-keys/{keyId}', 'delete'>
  > {
    const { data } = await this.client.DELETE(
      '/api/v1/service-accounts/{id}/api-keys/{keyId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/service-accounts/{id}/api-keys/{keyId}',
      'delete'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/api-keys`) */
  async replacedIdentityKeysPost(
    init?: Init<'/api/v1/api-keys', 'post'>,
  ): Promise<Answer<'/api/v1/api-keys', 'post'>> {
    const { data } = await this.client.POST('/api/v1/api-keys', init as never);
    return data as unknown as Answer<'/api/v1/api-keys', 'post'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/api-keys/owners/{ownerId}`) */
  async replacedIdentityKeysOwnersOwnerIdGet(
    init: Init<'/api/v1/api-keys/owners/{ownerId}', 'get'>,
  ): Promise<Answer<'/api/v1/api-keys/owners/{ownerId}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/api-keys/owners/{ownerId}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/api-keys/owners/{ownerId}',
      'get'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`DELETE /api/v1/api-keys/{id}/revoke`) */
  async replacedIdentityKeysIdRevokeDelete(
    init: Init<'/api/v1/api-keys/{id}/revoke', 'delete'>,
  ): Promise<Answer<'/api/v1/api-keys/{id}/revoke', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/api-keys/{id}/revoke',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/api-keys/{id}/revoke', 'delete'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/organisations/{slug}/sso`) */
  async replacedIdentityOrganisationsSlugSsoGet(
    init: Init<'/api/v1/organisations/{slug}/sso', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/sso', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}/sso',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/organisations/{slug}/sso', 'get'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`PUT /api/v1/organisations/{slug}/sso`) */
  async replacedIdentityOrganisationsSlugSsoPut(
    init: Init<'/api/v1/organisations/{slug}/sso', 'put'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/sso', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v1/organisations/{slug}/sso',
      init as never,
    );
    return data as unknown as Answer<'/api/v1/organisations/{slug}/sso', 'put'>;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/organisations/{slug}/sso`) */
  async replacedIdentityOrganisationsSlugSsoPost(
    init: Init<'/api/v1/organisations/{slug}/sso', 'post'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/sso', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/sso',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/sso',
      'post'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`DELETE /api/v1/organisations/{slug}/sso`) */
  async replacedIdentityOrganisationsSlugSsoDelete(
    init: Init<'/api/v1/organisations/{slug}/sso', 'delete'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/sso', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v1/organisations/{slug}/sso',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/sso',
      'delete'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`POST /api/v1/organisations/{slug}/sso/test`) */
  async replacedIdentityOrganisationsSlugSsoTestPost(
    init: Init<'/api/v1/organisations/{slug}/sso/test', 'post'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/sso/test', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v1/organisations/{slug}/sso/test',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/sso/test',
      'post'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/organisations/{slug}/sso/login`) */
  async replacedIdentityOrganisationsSlugSsoLoginGet(
    init: Init<'/api/v1/organisations/{slug}/sso/login', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/sso/login', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}/sso/login',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/sso/login',
      'get'
    >;
  }

  /** Seed 002 identity route: Backstage's here, 501 saying what replaces it (`GET /api/v1/organisations/{slug}/sso/callback`) */
  async replacedIdentityOrganisationsSlugSsoCallbackGet(
    init: Init<'/api/v1/organisations/{slug}/sso/callback', 'get'>,
  ): Promise<Answer<'/api/v1/organisations/{slug}/sso/callback', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v1/organisations/{slug}/sso/callback',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v1/organisations/{slug}/sso/callback',
      'get'
    >;
  }

  /** `kosli list flows`: a plain array, or {data, pagination} when per_page is given (`GET /api/v2/flows/{org}`) */
  async kosliListFlows(
    init: Init<'/api/v2/flows/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/flows/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/flows/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/flows/{org}', 'get'>;
  }

  /** `kosli create flow`: create or update a flow (factstore.flow.manage) (`PUT /api/v2/flows/{org}`) */
  async kosliCreateFlow(
    init: Init<'/api/v2/flows/{org}', 'put'>,
  ): Promise<Answer<'/api/v2/flows/{org}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/flows/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/flows/{org}', 'put'>;
  }

  /** `kosli create flow --template-file`: create or update a flow from a template (factstore.flow.manage) (`PUT /api/v2/flows/{org}/template_file`) */
  async kosliCreateFlowWithTemplate(
    init: Init<'/api/v2/flows/{org}/template_file', 'put'>,
  ): Promise<Answer<'/api/v2/flows/{org}/template_file', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/flows/{org}/template_file',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/flows/{org}/template_file',
      'put'
    >;
  }

  /** `kosli archive flow`: archive a flow (factstore.flow.manage) (`PUT /api/v2/flows/{org}/{flow}/archive`) */
  async kosliArchiveFlow(
    init: Init<'/api/v2/flows/{org}/{flow}/archive', 'put'>,
  ): Promise<Answer<'/api/v2/flows/{org}/{flow}/archive', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/flows/{org}/{flow}/archive',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/flows/{org}/{flow}/archive',
      'put'
    >;
  }

  /** `kosli begin trail`: create or update a trail by name (`PUT /api/v2/trails/{org}/{flow}`) */
  async kosliBeginTrail(
    init: Init<'/api/v2/trails/{org}/{flow}', 'put'>,
  ): Promise<Answer<'/api/v2/trails/{org}/{flow}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/trails/{org}/{flow}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/trails/{org}/{flow}', 'put'>;
  }

  /** `kosli get trail`: a trail by name, with its Kosli compliance (`GET /api/v2/trails/{org}/{flow}/{trail}`) */
  async kosliGetTrail(
    init: Init<'/api/v2/trails/{org}/{flow}/{trail}', 'get'>,
  ): Promise<Answer<'/api/v2/trails/{org}/{flow}/{trail}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/trails/{org}/{flow}/{trail}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/trails/{org}/{flow}/{trail}',
      'get'
    >;
  }

  /** `kosli attest artifact`: report an artifact of a trail (200 when reported already) (`POST /api/v2/artifacts/{org}/{flow}`) */
  async kosliAttestArtifact(
    init: Init<'/api/v2/artifacts/{org}/{flow}', 'post'>,
  ): Promise<Answer<'/api/v2/artifacts/{org}/{flow}', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/artifacts/{org}/{flow}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/artifacts/{org}/{flow}', 'post'>;
  }

  /** `kosli attest <type>`: record an attestation, with its evidence file (multipart) (`POST /api/v2/attestations/{org}/{flow}/trail/{trail}/{type}`) */
  async kosliAttest(
    init: Init<
      '/api/v2/attestations/{org}/{flow}/trail/{trail}/{type}',
      'post'
    >,
  ): Promise<
    Answer<'/api/v2/attestations/{org}/{flow}/trail/{trail}/{type}', 'post'>
  > {
    const { data } = await this.client.POST(
      '/api/v2/attestations/{org}/{flow}/trail/{trail}/{type}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/attestations/{org}/{flow}/trail/{trail}/{type}',
      'post'
    >;
  }

  /** OpenFactstore's v2 attestation about an artifact, the type in the payload (`POST /api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}`) */
  async recordArtifactAttestationV2(
    init: Init<
      '/api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}',
      'post'
    >,
  ): Promise<
    Answer<
      '/api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}',
      'post'
    >;
  }

  /** `kosli assert artifact`: is the artifact compliant in a flow, or with an environment's policies (`GET /api/v2/asserts/{org}/fingerprint/{sha}`) */
  async kosliAssertArtifact(
    init: Init<'/api/v2/asserts/{org}/fingerprint/{sha}', 'get'>,
  ): Promise<Answer<'/api/v2/asserts/{org}/fingerprint/{sha}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/asserts/{org}/fingerprint/{sha}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/asserts/{org}/fingerprint/{sha}',
      'get'
    >;
  }

  /** `kosli list environments`: a plain array, or {page, per_page, total_pages, total_count, environments} when paged (`GET /api/v2/environments/{org}`) */
  async kosliListEnvironments(
    init: Init<'/api/v2/environments/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/environments/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/environments/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/environments/{org}', 'get'>;
  }

  /** `kosli create environment`: create or update an environment (factstore.environment.manage) (`PUT /api/v2/environments/{org}`) */
  async kosliCreateEnvironment(
    init: Init<'/api/v2/environments/{org}', 'put'>,
  ): Promise<Answer<'/api/v2/environments/{org}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/environments/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/environments/{org}', 'put'>;
  }

  /** `kosli archive environment`: archive an environment (factstore.environment.manage) (`PUT /api/v2/environments/{org}/{env}/archive`) */
  async kosliArchiveEnvironment(
    init: Init<'/api/v2/environments/{org}/{env}/archive', 'put'>,
  ): Promise<Answer<'/api/v2/environments/{org}/{env}/archive', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/environments/{org}/{env}/archive',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/environments/{org}/{env}/archive',
      'put'
    >;
  }

  /** `kosli snapshot <type>`: report what runs in the environment (200 when unchanged) (`PUT /api/v2/environments/{org}/{env}/report/{type}`) */
  async kosliReportSnapshot(
    init: Init<'/api/v2/environments/{org}/{env}/report/{type}', 'put'>,
  ): Promise<Answer<'/api/v2/environments/{org}/{env}/report/{type}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/environments/{org}/{env}/report/{type}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/environments/{org}/{env}/report/{type}',
      'put'
    >;
  }

  /** `kosli diff snapshots`: what differs between two snapshots (`env#3`, `env~1`, `env`) (`GET /api/v2/env-diff/{org}`) */
  async kosliDiffSnapshots(
    init: Init<'/api/v2/env-diff/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/env-diff/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/env-diff/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/env-diff/{org}', 'get'>;
  }

  /** `kosli get flow` (`GET /api/v2/flows/{org}/{flow}`) */
  async kosliGetFlow(
    init: Init<'/api/v2/flows/{org}/{flow}', 'get'>,
  ): Promise<Answer<'/api/v2/flows/{org}/{flow}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/flows/{org}/{flow}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/flows/{org}/{flow}', 'get'>;
  }

  /** `kosli rename flow` {new_name} (factstore.flow.manage); a taken name is a 400 (`PUT /api/v2/flows/{org}/{name}/rename`) */
  async kosliRenameFlow(
    init: Init<'/api/v2/flows/{org}/{name}/rename', 'put'>,
  ): Promise<Answer<'/api/v2/flows/{org}/{name}/rename', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/flows/{org}/{name}/rename',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/flows/{org}/{name}/rename',
      'put'
    >;
  }

  /** `kosli list trails`: {data, pagination} (`GET /api/v2/trails/{org}`) */
  async kosliListTrails(
    init: Init<'/api/v2/trails/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/trails/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/trails/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/trails/{org}', 'get'>;
  }

  /** `kosli get environment` (`GET /api/v2/environments/{org}/{env}`) */
  async kosliGetEnvironment(
    init: Init<'/api/v2/environments/{org}/{env}', 'get'>,
  ): Promise<Answer<'/api/v2/environments/{org}/{env}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/environments/{org}/{env}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/environments/{org}/{env}', 'get'>;
  }

  /** `kosli log environment`: started, exited and scaled artifacts per snapshot (`GET /api/v2/environments/{org}/{env}/events`) */
  async kosliLogEnvironment(
    init: Init<'/api/v2/environments/{org}/{env}/events', 'get'>,
  ): Promise<Answer<'/api/v2/environments/{org}/{env}/events', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/environments/{org}/{env}/events',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/environments/{org}/{env}/events',
      'get'
    >;
  }

  /** `kosli rename environment` {new_name} (factstore.environment.manage) (`PUT /api/v2/environments/{org}/{name}/rename`) */
  async kosliRenameEnvironment(
    init: Init<'/api/v2/environments/{org}/{name}/rename', 'put'>,
  ): Promise<Answer<'/api/v2/environments/{org}/{name}/rename', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/environments/{org}/{name}/rename',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/environments/{org}/{name}/rename',
      'put'
    >;
  }

  /** `kosli join environment` {physical_env_name} (factstore.environment.manage) (`PUT /api/v2/environments/{org}/{env}/join`) */
  async kosliJoinEnvironment(
    init: Init<'/api/v2/environments/{org}/{env}/join', 'put'>,
  ): Promise<Answer<'/api/v2/environments/{org}/{env}/join', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/environments/{org}/{env}/join',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/environments/{org}/{env}/join',
      'put'
    >;
  }

  /** `kosli list snapshots` (`GET /api/v2/snapshots/{org}/{env}`) */
  async kosliListSnapshots(
    init: Init<'/api/v2/snapshots/{org}/{env}', 'get'>,
  ): Promise<Answer<'/api/v2/snapshots/{org}/{env}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/snapshots/{org}/{env}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/snapshots/{org}/{env}', 'get'>;
  }

  /** `kosli get snapshot` / `assert snapshot`: id is N, -1 (latest), -N-1, #N, ~N or @{…} (`GET /api/v2/snapshots/{org}/{env}/{id}`) */
  async kosliGetSnapshot(
    init: Init<'/api/v2/snapshots/{org}/{env}/{id}', 'get'>,
  ): Promise<Answer<'/api/v2/snapshots/{org}/{env}/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/snapshots/{org}/{env}/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/snapshots/{org}/{env}/{id}',
      'get'
    >;
  }

  /** `kosli allow artifact` {artifact_fingerprint, artifact_name, description} (factstore.environment.manage) (`PUT /api/v2/allowlists/{org}/{env}`) */
  async kosliAllowArtifact(
    init: Init<'/api/v2/allowlists/{org}/{env}', 'put'>,
  ): Promise<Answer<'/api/v2/allowlists/{org}/{env}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/allowlists/{org}/{env}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/allowlists/{org}/{env}', 'put'>;
  }

  /** `kosli list artifacts` (`GET /api/v2/artifacts/{org}`) */
  async kosliListArtifacts(
    init: Init<'/api/v2/artifacts/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/artifacts/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/artifacts/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/artifacts/{org}', 'get'>;
  }

  /** `kosli get artifact FLOW@SHA` (`GET /api/v2/artifacts/{org}/{flow}/fingerprint/{sha}`) */
  async kosliGetArtifactByFingerprint(
    init: Init<'/api/v2/artifacts/{org}/{flow}/fingerprint/{sha}', 'get'>,
  ): Promise<
    Answer<'/api/v2/artifacts/{org}/{flow}/fingerprint/{sha}', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v2/artifacts/{org}/{flow}/fingerprint/{sha}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/artifacts/{org}/{flow}/fingerprint/{sha}',
      'get'
    >;
  }

  /** `kosli get artifact FLOW:COMMIT` (`GET /api/v2/artifacts/{org}/{flow}/commit_sha/{sha}`) */
  async kosliGetArtifactsByCommit(
    init: Init<'/api/v2/artifacts/{org}/{flow}/commit_sha/{sha}', 'get'>,
  ): Promise<Answer<'/api/v2/artifacts/{org}/{flow}/commit_sha/{sha}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/artifacts/{org}/{flow}/commit_sha/{sha}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/artifacts/{org}/{flow}/commit_sha/{sha}',
      'get'
    >;
  }

  /** `kosli report artifact`: the commit of the flow's latest artifact (`GET /api/v2/artifacts/{org}/{flow}/{sha}/latest_commit`) */
  async kosliLatestCommit(
    init: Init<'/api/v2/artifacts/{org}/{flow}/{sha}/latest_commit', 'get'>,
  ): Promise<
    Answer<'/api/v2/artifacts/{org}/{flow}/{sha}/latest_commit', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v2/artifacts/{org}/{flow}/{sha}/latest_commit',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/artifacts/{org}/{flow}/{sha}/latest_commit',
      'get'
    >;
  }

  /** `kosli assert approval` (CLI ≤ 2.34): the approvals of the artifact, oldest first (`GET /api/v2/artifacts/{org}/{flow}/{sha}/approvals`) */
  async kosliAssertApproval(
    init: Init<'/api/v2/artifacts/{org}/{flow}/{sha}/approvals', 'get'>,
  ): Promise<Answer<'/api/v2/artifacts/{org}/{flow}/{sha}/approvals', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/artifacts/{org}/{flow}/{sha}/approvals',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/artifacts/{org}/{flow}/{sha}/approvals',
      'get'
    >;
  }

  /** `kosli search`: a fingerprint or a commit, whole or its first digits (`GET /api/v2/search/{org}/sha/{sha}`) */
  async kosliSearch(
    init: Init<'/api/v2/search/{org}/sha/{sha}', 'get'>,
  ): Promise<Answer<'/api/v2/search/{org}/sha/{sha}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/search/{org}/sha/{sha}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/search/{org}/sha/{sha}', 'get'>;
  }

  /** `kosli get attestation --attestation-id` and `kosli evaluate`: {data: [attestation]} (`GET /api/v2/attestations/{org}`) */
  async kosliGetAttestationById(
    init: Init<'/api/v2/attestations/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/attestations/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/attestations/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/attestations/{org}', 'get'>;
  }

  /** `kosli get attestation NAME --trail` (`GET /api/v2/attestations/{org}/{flow}/trail/{trail}/{name}`) */
  async kosliGetTrailAttestation(
    init: Init<'/api/v2/attestations/{org}/{flow}/trail/{trail}/{name}', 'get'>,
  ): Promise<
    Answer<'/api/v2/attestations/{org}/{flow}/trail/{trail}/{name}', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v2/attestations/{org}/{flow}/trail/{trail}/{name}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/attestations/{org}/{flow}/trail/{trail}/{name}',
      'get'
    >;
  }

  /** `kosli get attestation NAME --fingerprint` (`GET /api/v2/attestations/{org}/{flow}/artifact/{sha}/{name}`) */
  async kosliGetArtifactAttestation(
    init: Init<
      '/api/v2/attestations/{org}/{flow}/artifact/{sha}/{name}',
      'get'
    >,
  ): Promise<
    Answer<'/api/v2/attestations/{org}/{flow}/artifact/{sha}/{name}', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v2/attestations/{org}/{flow}/artifact/{sha}/{name}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/attestations/{org}/{flow}/artifact/{sha}/{name}',
      'get'
    >;
  }

  /** `kosli list approvals` (CLI ≤ 2.34) (`GET /api/v2/approvals/{org}/{flow}`) */
  async kosliListApprovals(
    init: Init<'/api/v2/approvals/{org}/{flow}', 'get'>,
  ): Promise<Answer<'/api/v2/approvals/{org}/{flow}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/approvals/{org}/{flow}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/approvals/{org}/{flow}', 'get'>;
  }

  /** `kosli report|request approval` (CLI ≤ 2.34): recorded as a request a Backstage user decides (`POST /api/v2/approvals/{org}/{flow}`) */
  async kosliReportApproval(
    init: Init<'/api/v2/approvals/{org}/{flow}', 'post'>,
  ): Promise<Answer<'/api/v2/approvals/{org}/{flow}', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/approvals/{org}/{flow}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/approvals/{org}/{flow}', 'post'>;
  }

  /** `kosli get approval` (CLI ≤ 2.34): N, -1 latest, -N-1 (`GET /api/v2/approvals/{org}/{flow}/{id}`) */
  async kosliGetApproval(
    init: Init<'/api/v2/approvals/{org}/{flow}/{id}', 'get'>,
  ): Promise<Answer<'/api/v2/approvals/{org}/{flow}/{id}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/approvals/{org}/{flow}/{id}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/approvals/{org}/{flow}/{id}',
      'get'
    >;
  }

  /** `kosli report approval`: the commit of the last approved one (`GET /api/v2/approvals/{org}/{flow}/artifact-commit/{env}`) */
  async kosliLastApprovedCommit(
    init: Init<'/api/v2/approvals/{org}/{flow}/artifact-commit/{env}', 'get'>,
  ): Promise<
    Answer<'/api/v2/approvals/{org}/{flow}/artifact-commit/{env}', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v2/approvals/{org}/{flow}/artifact-commit/{env}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/approvals/{org}/{flow}/artifact-commit/{env}',
      'get'
    >;
  }

  /** `kosli list service-accounts`: a Kosli SaaS feature, 501 (`GET /api/v2/service-accounts/{org}`) */
  async kosliSaasListServiceAccountsGet(
    init: Init<'/api/v2/service-accounts/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/service-accounts/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/service-accounts/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/service-accounts/{org}', 'get'>;
  }

  /** `kosli create service-account`: a Kosli SaaS feature, 501 (`POST /api/v2/service-accounts/{org}`) */
  async kosliSaasCreateServiceAccountPost(
    init: Init<'/api/v2/service-accounts/{org}', 'post'>,
  ): Promise<Answer<'/api/v2/service-accounts/{org}', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/service-accounts/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/service-accounts/{org}', 'post'>;
  }

  /** `kosli get service-account`: a Kosli SaaS feature, 501 (`GET /api/v2/service-accounts/{org}/{name}`) */
  async kosliSaasGetServiceAccountGet(
    init: Init<'/api/v2/service-accounts/{org}/{name}', 'get'>,
  ): Promise<Answer<'/api/v2/service-accounts/{org}/{name}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/service-accounts/{org}/{name}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/service-accounts/{org}/{name}',
      'get'
    >;
  }

  /** `kosli delete service-account`: a Kosli SaaS feature, 501 (`DELETE /api/v2/service-accounts/{org}/{name}`) */
  async kosliSaasDeleteServiceAccountDelete(
    init: Init<'/api/v2/service-accounts/{org}/{name}', 'delete'>,
  ): Promise<Answer<'/api/v2/service-accounts/{org}/{name}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v2/service-accounts/{org}/{name}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/service-accounts/{org}/{name}',
      'delete'
    >;
  }

  /** `kosli update service-account`: a Kosli SaaS feature, 501 (`PATCH /api/v2/service-accounts/{org}/{name}`) */
  async kosliSaasUpdateServiceAccountPatch(
    init: Init<'/api/v2/service-accounts/{org}/{name}', 'patch'>,
  ): Promise<Answer<'/api/v2/service-accounts/{org}/{name}', 'patch'>> {
    const { data } = await this.client.PATCH(
      '/api/v2/service-accounts/{org}/{name}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/service-accounts/{org}/{name}',
      'patch'
    >;
  }

  /** `kosli list api-keys`: a Kosli SaaS feature, 501 (`GET /api/v2/service-accounts/{org}/{name}/api-keys`) */
  async kosliSaasListApiKeysGet(
    init: Init<'/api/v2/service-accounts/{org}/{name}/api-keys', 'get'>,
  ): Promise<Answer<'/api/v2/service-accounts/{org}/{name}/api-keys', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/service-accounts/{org}/{name}/api-keys',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/service-accounts/{org}/{name}/api-keys',
      'get'
    >;
  }

  /** `kosli create api-key`: a Kosli SaaS feature, 501 (`POST /api/v2/service-accounts/{org}/{name}/api-keys`) */
  async kosliSaasCreateApiKeyPost(
    init: Init<'/api/v2/service-accounts/{org}/{name}/api-keys', 'post'>,
  ): Promise<Answer<'/api/v2/service-accounts/{org}/{name}/api-keys', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/service-accounts/{org}/{name}/api-keys',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/service-accounts/{org}/{name}/api-keys',
      'post'
    >;
  }

  /** `kosli get api-key`: a Kosli SaaS feature, 501 (`GET /api/v2/service-accounts/{org}/{name}/api-keys/{key}`) */
  async kosliSaasGetApiKeyGet(
    init: Init<'/api/v2/service-accounts/{org}/{name}/api-keys/{key}', 'get'>,
  ): Promise<
    Answer<'/api/v2/service-accounts/{org}/{name}/api-keys/{key}', 'get'>
  > {
    const { data } = await this.client.GET(
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}',
      'get'
    >;
  }

  /** `kosli delete api-key`: a Kosli SaaS feature, 501 (`DELETE /api/v2/service-accounts/{org}/{name}/api-keys/{key}`) */
  async kosliSaasDeleteApiKeyDelete(
    init: Init<
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}',
      'delete'
    >,
  ): Promise<
    Answer<'/api/v2/service-accounts/{org}/{name}/api-keys/{key}', 'delete'>
  > {
    const { data } = await this.client.DELETE(
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}',
      'delete'
    >;
  }

  /** `kosli rotate api-key`: a Kosli SaaS feature, 501 (`POST /api/v2/service-accounts/{org}/{name}/api-keys/{key}/rotate`) */
  async kosliSaasRotateApiKeyPost(
    init: Init<
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}/rotate',
      'post'
    >,
  ): Promise<
    Answer<
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}/rotate',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}/rotate',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/service-accounts/{org}/{name}/api-keys/{key}/rotate',
      'post'
    >;
  }

  /** `kosli list controls`: a Kosli SaaS feature, 501 (`GET /api/v2/controls/{org}`) */
  async kosliSaasListControlsGet(
    init: Init<'/api/v2/controls/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/controls/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/controls/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/controls/{org}', 'get'>;
  }

  /** `kosli create control`: a Kosli SaaS feature, 501 (`POST /api/v2/controls/{org}`) */
  async kosliSaasCreateControlPost(
    init: Init<'/api/v2/controls/{org}', 'post'>,
  ): Promise<Answer<'/api/v2/controls/{org}', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/controls/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/controls/{org}', 'post'>;
  }

  /** `kosli get control`: a Kosli SaaS feature, 501 (`GET /api/v2/controls/{org}/{control}`) */
  async kosliSaasGetControlGet(
    init: Init<'/api/v2/controls/{org}/{control}', 'get'>,
  ): Promise<Answer<'/api/v2/controls/{org}/{control}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/controls/{org}/{control}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/controls/{org}/{control}', 'get'>;
  }

  /** `kosli update control`: a Kosli SaaS feature, 501 (`PUT /api/v2/controls/{org}/{control}`) */
  async kosliSaasUpdateControlPut(
    init: Init<'/api/v2/controls/{org}/{control}', 'put'>,
  ): Promise<Answer<'/api/v2/controls/{org}/{control}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/controls/{org}/{control}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/controls/{org}/{control}', 'put'>;
  }

  /** `kosli archive control`: a Kosli SaaS feature, 501 (`POST /api/v2/controls/{org}/{control}/archive`) */
  async kosliSaasArchiveControlPost(
    init: Init<'/api/v2/controls/{org}/{control}/archive', 'post'>,
  ): Promise<Answer<'/api/v2/controls/{org}/{control}/archive', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/controls/{org}/{control}/archive',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/controls/{org}/{control}/archive',
      'post'
    >;
  }

  /** `kosli unarchive control`: a Kosli SaaS feature, 501 (`POST /api/v2/controls/{org}/{control}/unarchive`) */
  async kosliSaasUnarchiveControlPost(
    init: Init<'/api/v2/controls/{org}/{control}/unarchive', 'post'>,
  ): Promise<Answer<'/api/v2/controls/{org}/{control}/unarchive', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/controls/{org}/{control}/unarchive',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/controls/{org}/{control}/unarchive',
      'post'
    >;
  }

  /** `kosli attest decision`: a Kosli SaaS feature, 501 (`POST /api/v2/attestations/{org}/{flow}/trail/{trail}/system`) */
  async kosliSaasAttestDecisionPost(
    init: Init<
      '/api/v2/attestations/{org}/{flow}/trail/{trail}/system',
      'post'
    >,
  ): Promise<
    Answer<'/api/v2/attestations/{org}/{flow}/trail/{trail}/system', 'post'>
  > {
    const { data } = await this.client.POST(
      '/api/v2/attestations/{org}/{flow}/trail/{trail}/system',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/attestations/{org}/{flow}/trail/{trail}/system',
      'post'
    >;
  }

  /** `kosli list attestation-types`: the org's types, archived ones left out (`GET /api/v2/custom-attestation-types/{org}`) */
  async kosliListAttestationTypes(
    init: Init<'/api/v2/custom-attestation-types/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/custom-attestation-types/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/custom-attestation-types/{org}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/custom-attestation-types/{org}',
      'get'
    >;
  }

  /** `kosli create attestation-type NAME [--schema FILE] [--jq RULE]`: a custom attestation type, or its next version (factstore.flow.manage) (`POST /api/v2/custom-attestation-types/{org}`) */
  async kosliCreateAttestationType(
    init: Init<'/api/v2/custom-attestation-types/{org}', 'post'>,
  ): Promise<Answer<'/api/v2/custom-attestation-types/{org}', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/custom-attestation-types/{org}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/custom-attestation-types/{org}',
      'post'
    >;
  }

  /** `kosli get attestation-type NAME[@vN]`: a type with its versions (or the one asked for) (`GET /api/v2/custom-attestation-types/{org}/{type}`) */
  async kosliGetAttestationType(
    init: Init<'/api/v2/custom-attestation-types/{org}/{type}', 'get'>,
  ): Promise<Answer<'/api/v2/custom-attestation-types/{org}/{type}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/custom-attestation-types/{org}/{type}',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/custom-attestation-types/{org}/{type}',
      'get'
    >;
  }

  /** `kosli archive attestation-type NAME`: hidden from lists, refused by `attest custom` (factstore.flow.manage) (`PUT /api/v2/custom-attestation-types/{org}/{type}/archive`) */
  async kosliArchiveAttestationType(
    init: Init<'/api/v2/custom-attestation-types/{org}/{type}/archive', 'put'>,
  ): Promise<
    Answer<'/api/v2/custom-attestation-types/{org}/{type}/archive', 'put'>
  > {
    const { data } = await this.client.PUT(
      '/api/v2/custom-attestation-types/{org}/{type}/archive',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/custom-attestation-types/{org}/{type}/archive',
      'put'
    >;
  }

  /** `kosli list policies`: a Kosli SaaS feature, 501 (`GET /api/v2/policies/{org}`) */
  async kosliSaasListPoliciesGet(
    init: Init<'/api/v2/policies/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/policies/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/policies/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/policies/{org}', 'get'>;
  }

  /** `kosli create policy`: a Kosli SaaS feature, 501 (`PUT /api/v2/policies/{org}`) */
  async kosliSaasCreatePolicyPut(
    init: Init<'/api/v2/policies/{org}', 'put'>,
  ): Promise<Answer<'/api/v2/policies/{org}', 'put'>> {
    const { data } = await this.client.PUT(
      '/api/v2/policies/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/policies/{org}', 'put'>;
  }

  /** `kosli get policy`: a Kosli SaaS feature, 501 (`GET /api/v2/policies/{org}/{policy}`) */
  async kosliSaasGetPolicyGet(
    init: Init<'/api/v2/policies/{org}/{policy}', 'get'>,
  ): Promise<Answer<'/api/v2/policies/{org}/{policy}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/policies/{org}/{policy}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/policies/{org}/{policy}', 'get'>;
  }

  /** `kosli attach-policy`: a Kosli SaaS feature, 501 (`POST /api/v2/environments/{org}/{env}/policies`) */
  async kosliSaasAttachPolicyPost(
    init: Init<'/api/v2/environments/{org}/{env}/policies', 'post'>,
  ): Promise<Answer<'/api/v2/environments/{org}/{env}/policies', 'post'>> {
    const { data } = await this.client.POST(
      '/api/v2/environments/{org}/{env}/policies',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/environments/{org}/{env}/policies',
      'post'
    >;
  }

  /** `kosli detach-policy`: a Kosli SaaS feature, 501 (`DELETE /api/v2/environments/{org}/{env}/policies`) */
  async kosliSaasDetachPolicyDelete(
    init: Init<'/api/v2/environments/{org}/{env}/policies', 'delete'>,
  ): Promise<Answer<'/api/v2/environments/{org}/{env}/policies', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/api/v2/environments/{org}/{env}/policies',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/environments/{org}/{env}/policies',
      'delete'
    >;
  }

  /** `kosli list repos`: a Kosli SaaS feature, 501 (`GET /api/v2/repos/{org}`) */
  async kosliSaasListReposGet(
    init: Init<'/api/v2/repos/{org}', 'get'>,
  ): Promise<Answer<'/api/v2/repos/{org}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/repos/{org}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/repos/{org}', 'get'>;
  }

  /** `kosli get repo`: a Kosli SaaS feature, 501 (`GET /api/v2/repos/{org}/{repo}`) */
  async kosliSaasGetRepoGet(
    init: Init<'/api/v2/repos/{org}/{repo}', 'get'>,
  ): Promise<Answer<'/api/v2/repos/{org}/{repo}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/repos/{org}/{repo}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/repos/{org}/{repo}', 'get'>;
  }

  /** `kosli tag`: a Kosli SaaS feature, 501 (`PATCH /api/v2/tags/{org}/{kind}/{id}`) */
  async kosliSaasTagPatch(
    init: Init<'/api/v2/tags/{org}/{kind}/{id}', 'patch'>,
  ): Promise<Answer<'/api/v2/tags/{org}/{kind}/{id}', 'patch'>> {
    const { data } = await this.client.PATCH(
      '/api/v2/tags/{org}/{kind}/{id}',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/tags/{org}/{kind}/{id}', 'patch'>;
  }

  /** `kosli enable beta / disable beta`: a Kosli SaaS feature, 501 (`PUT /api/v2/organizations/{org}/experimental_features`) */
  async kosliSaasEnableBetaDisableBetaPut(
    init: Init<'/api/v2/organizations/{org}/experimental_features', 'put'>,
  ): Promise<
    Answer<'/api/v2/organizations/{org}/experimental_features', 'put'>
  > {
    const { data } = await this.client.PUT(
      '/api/v2/organizations/{org}/experimental_features',
      init as never,
    );
    return data as unknown as Answer<
      '/api/v2/organizations/{org}/experimental_features',
      'put'
    >;
  }

  /** `kosli get default-org`: a Kosli SaaS feature, 501 (`GET /api/v2/user/default-org`) */
  async kosliSaasGetDefaultOrgGet(
    init?: Init<'/api/v2/user/default-org', 'get'>,
  ): Promise<Answer<'/api/v2/user/default-org', 'get'>> {
    const { data } = await this.client.GET(
      '/api/v2/user/default-org',
      init as never,
    );
    return data as unknown as Answer<'/api/v2/user/default-org', 'get'>;
  }

  /** `kosli update default-org`: a Kosli SaaS feature, 501 (`PUT /api/v2/user/{org}`) */
  async kosliSaasUpdateDefaultOrgPut(
    init: Init<'/api/v2/user/{org}', 'put'>,
  ): Promise<Answer<'/api/v2/user/{org}', 'put'>> {
    const { data } = await this.client.PUT('/api/v2/user/{org}', init as never);
    return data as unknown as Answer<'/api/v2/user/{org}', 'put'>;
  }
}
