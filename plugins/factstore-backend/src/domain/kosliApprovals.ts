import type { Approval } from '../database/ApprovalStore';
import type { Artifact } from '../database/ArtifactStore';
import type { Trail } from '../database/TrailStore';
import { unixSeconds } from './kosliSnapshots';

/** An approval of a flow with its Kosli number (1, 2, … in the order they were asked for). */
export interface NumberedApproval extends Approval {
  releaseNumber: number;
}

/**
 * The approval a Kosli approval id names in a flow's list: N, -1 for the latest, -N-1 for `~N`
 * (cmd/kosli handleExpressions).
 */
export function approvalByNumber<T>(approvals: T[], id: number): T | undefined {
  if (id > 0) return approvals[id - 1];
  return approvals[approvals.length + id];
}

/**
 * An approval as the approval commands of the Kosli CLI up to v2.34 read it (`release_number`,
 * `base_artifact`, `artifact_name`, `state` and `approvals[].state` strings, `src_commit_list`
 * of `{commit_sha, artifact_fingerprints}`).
 */
export function kosliApprovalView(
  approval: NumberedApproval,
  trail: Pick<Trail, 'name' | 'gitCommitSha'> | undefined,
  artifacts: Artifact[],
) {
  const base = artifacts[0];
  const decided = approval.decidedAt
    ? [
        {
          state: approval.status,
          approved_by: approval.decidedBy ?? null,
          comment: approval.decisionComment ?? '',
          timestamp: unixSeconds(approval.decidedAt),
        },
      ]
    : [];
  return {
    id: approval.id,
    release_number: approval.releaseNumber,
    state: approval.status,
    description: approval.requestComment,
    base_artifact: base?.sha256 ?? '',
    artifact_name: base?.name ?? '',
    trail_name: trail?.name ?? '',
    requested_by: approval.requestedBy,
    created_at: unixSeconds(approval.requestedAt),
    last_modified_at: unixSeconds(approval.decidedAt ?? approval.requestedAt),
    approvals: decided,
    src_commit_list: trail?.gitCommitSha
      ? [
          {
            commit_sha: trail.gitCommitSha,
            artifact_fingerprints: artifacts.map(a => a.sha256),
          },
        ]
      : [],
  };
}
