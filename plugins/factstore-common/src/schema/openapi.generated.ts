// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

export type paths = {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the plugin can serve (its database answers) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli status`: OK */
    get: operations['kosliStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/flows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The flows (not archived), optionally of one org */
    get: operations['listFlows'];
    put?: never;
    /** Create a flow */
    post: operations['createFlow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/flows/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A flow, archived or not */
    get: operations['getFlow'];
    /** Change a flow's fields */
    put: operations['updateFlow'];
    post?: never;
    /** Delete a flow (refused while trails or policies point at it), or archive it */
    delete: operations['deleteFlow'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/flows/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived flow */
    post: operations['restoreFlow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/flows/{id}/template': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The flow's Kosli template (YAML), as uploaded or derived from its required types */
    get: operations['getFlowTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/flows/{flowId}/security-thresholds': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The flow's UUID */
        flowId: components['parameters']['flowId'];
      };
      cookie?: never;
    };
    /** The flow's thresholds (OpenFactstore's defaults until set) */
    get: operations['getSecurityThresholds'];
    put?: never;
    /** Set the most vulnerabilities of each severity a compliant artifact may have */
    post: operations['setSecurityThresholds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/flows/{flowId}/trails': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The flow's UUID */
        flowId: components['parameters']['flowId'];
      };
      cookie?: never;
    };
    /** The flow's trails, newest first, with their compliance status */
    get: operations['listFlowTrails'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trails, newest first, with their compliance status */
    get: operations['listTrails'];
    put?: never;
    /** Start a trail in a flow (git fields from the CI's variables with X-Factstore-CI-Context) */
    post: operations['createTrail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A trail, its compliance status and the attestations that decided it */
    get: operations['getTrail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The trail's audit events, oldest first */
    get: operations['getTrailAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{trailId}/artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    /** The trail's artifacts */
    get: operations['listTrailArtifacts'];
    put?: never;
    /** Report an artifact the trail built (200 when it was reported already) */
    post: operations['reportArtifact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The artifacts with this digest, in every trail */
    get: operations['findArtifacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{trailId}/attestations': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    /** The trail's attestations */
    get: operations['listAttestations'];
    put?: never;
    /** Record an attestation about the trail or one of its artifacts */
    post: operations['recordAttestation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{trailId}/attestations/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The attestation's evidence file, with its SHA-256 in `Digest` */
    get: operations['downloadEvidence'];
    put?: never;
    /** Attach an evidence file to an attestation; a report it can read decides its status */
    post: operations['uploadEvidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assert': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Is the artifact compliant with the flow (and the environment's policies), and why not */
    post: operations['assertArtifact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{trailId}/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    /** The trail's approvals */
    get: operations['listTrailApprovals'];
    put?: never;
    /** Ask for the trail's approval */
    post: operations['requestApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Approvals, optionally in one status */
    get: operations['listApprovals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{approvalId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The approval's UUID */
        approvalId: components['parameters']['approvalId'];
      };
      cookie?: never;
    };
    /** An approval */
    get: operations['getApproval'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{approvalId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The approval's UUID */
        approvalId: components['parameters']['approvalId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a pending approval (a user, never the one who asked; factstore.approval.review) */
    post: operations['approveApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{approvalId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The approval's UUID */
        approvalId: components['parameters']['approvalId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending approval (a user, never the one who asked; factstore.approval.review) */
    post: operations['rejectApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deployment-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deployment policies, by name */
    get: operations['listDeploymentPolicies'];
    put?: never;
    /** Create a deployment policy (factstore.policy.manage) */
    post: operations['createDeploymentPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deployment-policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A deployment policy */
    get: operations['getDeploymentPolicy'];
    /** Change a deployment policy (factstore.policy.manage) */
    put: operations['updateDeploymentPolicy'];
    post?: never;
    /** Delete a deployment policy (factstore.policy.manage) */
    delete: operations['deleteDeploymentPolicy'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gate/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** May the artifact deploy (to the environment)? The deployment policies and attached policies decide; the result is stored */
    post: operations['evaluateGate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gate/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The gate's decisions, newest first */
    get: operations['listGateResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, OpenFactstore's paging */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** An audit event */
    get: operations['getAuditEvent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Flows, trails, artifacts, attestations and environments matching a text */
    get: operations['search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{trailId}/security-scans': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    /** The trail's security scans */
    get: operations['listSecurityScans'];
    put?: never;
    /** Record a security scan from a scanner's report (multipart or JSON) or claimed counts */
    post: operations['recordSecurityScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/security-scans/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts over every recorded scan */
    get: operations['getSecurityScanSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/security-scans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A security scan with its findings */
    get: operations['getSecurityScan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The physical environments (not archived) */
    get: operations['listEnvironments'];
    put?: never;
    /** Create a physical environment (factstore.environment.manage) */
    post: operations['createEnvironment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A physical environment */
    get: operations['getEnvironment'];
    /** Change a physical environment (factstore.environment.manage) */
    put: operations['updateEnvironment'];
    post?: never;
    /** Delete a physical environment, or archive it (factstore.environment.manage) */
    delete: operations['deleteEnvironment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived physical environment (factstore.environment.manage) */
    post: operations['restoreEnvironment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/snapshots': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The environment's snapshots, newest first */
    get: operations['listSnapshots'];
    put?: never;
    /** Record what runs in the environment now */
    post: operations['recordSnapshot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/snapshots/latest': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The environment's latest snapshot */
    get: operations['getLatestSnapshot'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/snapshots/{index}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
        /** @description The snapshot's number, from 1 */
        index: number;
      };
      cookie?: never;
    };
    /** One of the environment's snapshots */
    get: operations['getSnapshot'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** What changed between two snapshots (snappish, e.g. `3`, `~1`, `latest`) */
    get: operations['diffSnapshots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/baselines': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a snapshot (the latest by default) the environment's baseline (factstore.environment.manage) */
    post: operations['createBaseline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/baselines/current': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The environment's baseline */
    get: operations['getCurrentBaseline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/drift': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** How the latest snapshot drifts from the baseline (the allow-list excepted); the report is stored */
    get: operations['getDrift'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/drift/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The environment's drift reports, newest first */
    get: operations['getDriftHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/allowlist': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The environment's allow-list */
    get: operations['listAllowlist'];
    put?: never;
    /** Allow an artifact (by digest or name pattern) to run though not in the baseline (factstore.environment.manage) */
    post: operations['addAllowlistEntry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{id}/allowlist/{entryId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
        /** @description The allow-list entry's UUID */
        entryId: components['parameters']['entryId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an allow-list entry (factstore.environment.manage) */
    delete: operations['removeAllowlistEntry'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logical-environments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logical environments (not archived) */
    get: operations['listLogicalEnvironments'];
    put?: never;
    /** Create a logical environment grouping physical ones (factstore.environment.manage) */
    post: operations['createLogicalEnvironment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logical-environments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A logical environment and its members */
    get: operations['getLogicalEnvironment'];
    /** Change a logical environment or its members (factstore.environment.manage) */
    put: operations['updateLogicalEnvironment'];
    post?: never;
    /** Delete a logical environment, or archive it (factstore.environment.manage) */
    delete: operations['deleteLogicalEnvironment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logical-environments/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived logical environment (factstore.environment.manage) */
    post: operations['restoreLogicalEnvironment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger's entries, in order */
    get: operations['listLedgerEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/entries/{recordId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record (attestation, gate result, …) the ledger entry is about */
        recordId: components['parameters']['recordId'];
      };
      cookie?: never;
    };
    /** The latest ledger entry of a record, and its history */
    get: operations['getLedgerEntry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/verify/{recordId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record (attestation, gate result, …) the ledger entry is about */
        recordId: components['parameters']['recordId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Re-hash a record's ledger entries and prove them included in the signed checkpoint */
    post: operations['verifyLedgerRecord'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/verify-chain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Re-hash the ledger's entries (in a time range) and check the tree they build */
    post: operations['verifyLedgerChain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger's size, root hash and latest signed checkpoint */
    get: operations['getLedgerStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/checkpoint': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A signed checkpoint (C2SP signed note), the latest or of a tree size */
    get: operations['getLedgerCheckpoint'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Ed25519 key that signs checkpoints and verification summaries */
    get: operations['getLedgerPublicKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/proofs/consistency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** RFC 6962 consistency proof between two tree sizes */
    get: operations['getConsistencyProof'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledger/proofs/inclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** RFC 6962 inclusion proof of a leaf in a tree size */
    get: operations['getInclusionProof'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The policies */
    get: operations['listPolicies'];
    put?: never;
    /** Create a CEL or Rego policy (factstore.policy.manage) */
    post: operations['createPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A policy */
    get: operations['getPolicy'];
    /** Change a policy; its version goes up (factstore.policy.manage) */
    put: operations['updatePolicy'];
    post?: never;
    /** Delete a policy (refused while attached) (factstore.policy.manage) */
    delete: operations['deletePolicy'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policy-attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Policy attachments, optionally of one policy or environment */
    get: operations['listPolicyAttachments'];
    put?: never;
    /** Attach a policy to an environment (factstore.policy.manage) */
    post: operations['attachPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policy-attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A policy attachment */
    get: operations['getPolicyAttachment'];
    put?: never;
    post?: never;
    /** Detach a policy from an environment (factstore.policy.manage) */
    delete: operations['detachPolicy'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opa/bundles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The uploaded OPA bundles */
    get: operations['listOpaBundles'];
    put?: never;
    /** Upload an OPA bundle (or a .rego file), compiled to WebAssembly or loaded into the OPA server (factstore.policy.manage) */
    post: operations['uploadOpaBundle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opa/bundles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** An OPA bundle with its Rego source */
    get: operations['getOpaBundle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opa/bundles/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    /** Make a bundle the active one of its name (factstore.policy.manage) */
    put: operations['activateOpaBundle'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opa/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Evaluate a bundle's entrypoint on an input (or an artifact's evidence); the decision is stored */
    post: operations['evaluateOpa'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opa/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stored policy decisions, newest first */
    get: operations['listPolicyDecisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opa/decisions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A stored policy decision */
    get: operations['getPolicyDecision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{trailId}/attestations/pull-request': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a review attestation decided from the pull requests' facts (GitHub or GitLab API format), or seed 002's reference to one (recorded FAILED as unverified without an SCM integration) */
    post: operations['recordPullRequestAttestation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compliance of the trails (of a flow) in a time window */
    get: operations['getComplianceReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/audit-trail/{trailId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    /** A trail's evidence and audit events, exported */
    get: operations['exportAuditTrail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
        /** @description The artifact's UUID (from reporting it to the trail) */
        artifactId: components['schemas']['Uuid'];
      };
      cookie?: never;
    };
    /** The artifact's latest provenance, with the document as recorded */
    get: operations['getProvenance'];
    put?: never;
    /** Record build provenance: SLSA v0.2/v1 as an in-toto statement, DSSE envelope or Sigstore bundle, or OpenFactstore's fields (factstore.provenance.record) */
    post: operations['recordProvenance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance/verify': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
        /** @description The artifact's UUID (from reporting it to the trail) */
        artifactId: components['schemas']['Uuid'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify the artifact's provenance again (digest, signature against the trust root, expected builder, source and signer) */
    post: operations['verifyProvenance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/artifacts/{sha256}/provenance': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The artifact's digest, sha256:<64 hex> or 64 hex */
        sha256: string;
      };
      cookie?: never;
    };
    /** The latest provenance recorded for a digest */
    get: operations['getProvenanceByDigest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/frameworks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every framework with its controls (the shipped ones included) */
    get: operations['listFrameworks'];
    put?: never;
    /** Create a regulatory framework (factstore.framework.manage) */
    post: operations['createFramework'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/frameworks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build) */
        id: string;
      };
      cookie?: never;
    };
    /** A framework with its controls */
    get: operations['getFramework'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/frameworks/{id}/controls': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build) */
        id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a control to a framework (factstore.framework.manage) */
    post: operations['addFrameworkControl'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance/mappings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The compliance mappings */
    get: operations['listComplianceMappings'];
    put?: never;
    /** Map a control to evidence: an attestation type, approval, policy, provenance level or security scan (factstore.framework.manage) */
    post: operations['createComplianceMapping'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance/assess': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assess a trail, flow or environment against a framework; each control PASS, FAIL or NOT_APPLICABLE with its evidence (factstore.compliance.assess) */
    post: operations['assessCompliance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assessments, newest first */
    get: operations['listAssessments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** An assessment */
    get: operations['getAssessment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance/artifact/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The artifact's digest, sha256:<64 hex> or 64 hex */
        sha256: string;
      };
      cookie?: never;
    };
    /** The chain of custody of an artifact: commit, build, evidence and every environment it ran in */
    get: operations['getChainOfCustody'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/regulatory/{frameworkId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build) */
        frameworkId: string;
      };
      cookie?: never;
    };
    /** A framework's regulatory report: JSON, or HTML for an auditor (`?format=html` or `Accept: text/html`) */
    get: operations['getRegulatoryReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/metrics/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compliance counts (over the last `days`) */
    get: operations['getComplianceMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/metrics/security': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Security scan counts (over the last `days`) */
    get: operations['getSecurityMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dashboard's counts */
    get: operations['getDashboardStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's in-app notifications, newest first */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of the caller's notifications are unread */
    get: operations['countUnreadNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all of the caller's notifications read */
    post: operations['readAllNotifications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of the caller's notifications read */
    post: operations['readNotification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notification-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The notification rules */
    get: operations['listNotificationRules'];
    put?: never;
    /** Create a notification rule (factstore.notification.manage) */
    post: operations['createNotificationRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notification-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** A notification rule */
    get: operations['getNotificationRule'];
    /** Change a notification rule (factstore.notification.manage) */
    put: operations['updateNotificationRule'];
    post?: never;
    /** Delete a notification rule (factstore.notification.manage) */
    delete: operations['deleteNotificationRule'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notification-rules/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a test notification through the rule's channel (factstore.notification.manage) */
    post: operations['testNotificationRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notification-rules/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The rule's deliveries, newest first */
    get: operations['listNotificationDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{source}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `github`, `gitlab`, `jenkins` or `generic` */
        source: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A CI delivery, verified by the source's secret instead of Backstage credentials
     * @description GitHub (`X-Hub-Signature-256`), GitLab (`X-Gitlab-Token`), Jenkins (`X-Hub-Signature-256`
     *     or `Authorization: Bearer`), OpenFactstore's generic payload (`X-Hub-Signature-256` or
     *     `X-Webhook-Signature`). A push (or Jenkins STARTED) opens the commit's trail in the flow
     *     named after the repository, project or job (or `?flowId=`; a generic delivery names it by
     *     `?flowId=` or its `flowName`); a finished run records a `ci` attestation on it (generic:
     *     BUILD, TEST or SECURITY_SCAN, or its own type and status). A delivery id received before
     *     records nothing again.
     */
    post: operations['receiveWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-configs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The outbound webhook destinations */
    get: operations['listWebhookConfigs'];
    put?: never;
    /** Register an outbound webhook destination (factstore.integration.manage) */
    post: operations['createWebhookConfig'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-configs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a destination; its deliveries stay (factstore.integration.manage) */
    delete: operations['deleteWebhookConfig'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-configs/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The destination's deliveries with each attempt, newest first */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/slack': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    /** The organisation's Slack configuration */
    get: operations['getSlackConfig'];
    put?: never;
    /** Point the organisation at a configured Slack incoming webhook (factstore.integration.manage) */
    post: operations['configureSlack'];
    /** Remove the organisation's Slack configuration (factstore.integration.manage) */
    delete: operations['removeSlack'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/slack/commands': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A slash command, verified by Slack's signing secret instead of Backstage credentials */
    post: operations['handleSlackCommand'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/slack/actions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A button press, verified by Slack's signing secret instead of Backstage credentials */
    post: operations['handleSlackAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/slack/notify/trail-non-compliant': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tell the organisation's Slack channel a trail is non-compliant (factstore.integration.manage) */
    post: operations['notifySlackTrailNonCompliant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/slack/notify/approval-requested': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tell the organisation's Slack channel an approval is requested (factstore.integration.manage) */
    post: operations['notifySlackApprovalRequested'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evidence/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether Vault answers, initialised and unsealed */
    get: operations['getVaultHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evidence/{entityType}/{entityId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        entityType: components['parameters']['vaultEntityType'];
        entityId: components['parameters']['vaultEntityId'];
      };
      cookie?: never;
    };
    /** The latest version's metadata */
    get: operations['getVaultEvidence'];
    put?: never;
    /** Store key-value evidence in Vault's KV v2 engine (factstore.evidence.manage) */
    post: operations['storeVaultEvidence'];
    /** Soft-delete the latest version; Vault keeps it (factstore.evidence.manage) */
    delete: operations['deleteVaultEvidence'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evidence/{entityType}/{entityId}/list': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        entityType: components['parameters']['vaultEntityType'];
        entityId: components['parameters']['vaultEntityId'];
      };
      cookie?: never;
    };
    /** The evidence types stored for the entity */
    get: operations['listVaultEvidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evidence/{entityType}/{entityId}/download': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        entityType: components['parameters']['vaultEntityType'];
        entityId: components['parameters']['vaultEntityId'];
      };
      cookie?: never;
    };
    /** The latest version's key-value data, as an attachment */
    get: operations['downloadVaultEvidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/jira/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Jira configuration */
    get: operations['getJiraConfig'];
    put?: never;
    /** Choose the Jira project; the site and credentials are app-configs (factstore.integration.manage) */
    post: operations['configureJira'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/jira/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Call Jira as the configured account (factstore.integration.manage) */
    post: operations['testJira'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/confluence/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Confluence configuration */
    get: operations['getConfluenceConfig'];
    put?: never;
    /** Choose the Confluence space; the site and credentials are app-configs (factstore.integration.manage) */
    post: operations['configureConfluence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/confluence/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a compliance report page in the configured space (factstore.integration.manage) */
    post: operations['testConfluence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/jira/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A ticket for every non-compliant trail without one (factstore.integration.manage) */
    post: operations['syncJira'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/jira/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tickets factstore created, newest first */
    get: operations['listJiraTickets'];
    put?: never;
    /** Create a Jira issue for a trail, linked to it (factstore.integration.manage) */
    post: operations['createJiraTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/flows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002's flows of an organisation (its `org` name here), not archived */
    get: operations['listOrganisationFlows'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityOrganisationsGet'];
    put?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityOrganisationsPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityOrganisationsSlugGet'];
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    put: operations['replacedIdentityOrganisationsSlugPut'];
    post?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    delete: operations['replacedIdentityOrganisationsSlugDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/scm-integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityOrganisationsSlugScmIntegrationsGet'];
    put?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityOrganisationsSlugScmIntegrationsPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/scm-integrations/{provider}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    delete: operations['replacedIdentityOrganisationsSlugScmIntegrationsProviderDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityOrganisationsSlugMembersGet'];
    put?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityOrganisationsSlugMembersPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityOrganisationsSlugMembersUserIdGet'];
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    put: operations['replacedIdentityOrganisationsSlugMembersUserIdPut'];
    post?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    delete: operations['replacedIdentityOrganisationsSlugMembersUserIdDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityUsersGet'];
    put?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityUsersPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityUsersIdGet'];
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    put: operations['replacedIdentityUsersIdPut'];
    post?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    delete: operations['replacedIdentityUsersIdDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/service-accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityServiceAccountsGet'];
    put?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityServiceAccountsPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/service-accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityServiceAccountsIdGet'];
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    put: operations['replacedIdentityServiceAccountsIdPut'];
    post?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    delete: operations['replacedIdentityServiceAccountsIdDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/service-accounts/{id}/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityServiceAccountsIdKeysGet'];
    put?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityServiceAccountsIdKeysPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/service-accounts/{id}/api-keys/{keyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    delete: operations['replacedIdentityServiceAccountsIdKeysKeyIdDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityKeysPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/owners/{ownerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityKeysOwnersOwnerIdGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    delete: operations['replacedIdentityKeysIdRevokeDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/sso': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityOrganisationsSlugSsoGet'];
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    put: operations['replacedIdentityOrganisationsSlugSsoPut'];
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityOrganisationsSlugSsoPost'];
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    delete: operations['replacedIdentityOrganisationsSlugSsoDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/sso/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    post: operations['replacedIdentityOrganisationsSlugSsoTestPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/sso/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityOrganisationsSlugSsoLoginGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}/sso/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 002 identity route: Backstage's here, 501 saying what replaces it */
    get: operations['replacedIdentityOrganisationsSlugSsoCallbackGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/flows/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    /** `kosli list flows`: a plain array, or {data, pagination} when per_page is given */
    get: operations['kosliListFlows'];
    /** `kosli create flow`: create or update a flow (factstore.flow.manage) */
    put: operations['kosliCreateFlow'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/flows/{org}/template_file': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    get?: never;
    /** `kosli create flow --template-file`: create or update a flow from a template (factstore.flow.manage) */
    put: operations['kosliCreateFlowWithTemplate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/flows/{org}/{flow}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
      };
      cookie?: never;
    };
    get?: never;
    /** `kosli archive flow`: archive a flow (factstore.flow.manage) */
    put: operations['kosliArchiveFlow'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/trails/{org}/{flow}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
      };
      cookie?: never;
    };
    get?: never;
    /** `kosli begin trail`: create or update a trail by name */
    put: operations['kosliBeginTrail'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/trails/{org}/{flow}/{trail}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
        /** @description The trail's name */
        trail: components['parameters']['trail'];
      };
      cookie?: never;
    };
    /** `kosli get trail`: a trail by name, with its Kosli compliance */
    get: operations['kosliGetTrail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/artifacts/{org}/{flow}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** `kosli attest artifact`: report an artifact of a trail (200 when reported already) */
    post: operations['kosliAttestArtifact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/attestations/{org}/{flow}/trail/{trail}/{type}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
        /** @description The trail's name */
        trail: components['parameters']['trail'];
        /** @description The Kosli attestation type */
        type:
          | 'generic'
          | 'junit'
          | 'snyk'
          | 'sonar'
          | 'jira'
          | 'custom'
          | 'override'
          | 'pull_request';
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** `kosli attest <type>`: record an attestation, with its evidence file (multipart) */
    post: operations['kosliAttest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
        /** @description The trail's UUID */
        trail: components['schemas']['Uuid'];
        artifactFingerprint: components['schemas']['Digest'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * OpenFactstore's v2 attestation about an artifact, the type in the payload
     * @description The body is OpenFactstore's attestation request (as its v1 route takes; the artifact is the path's) or, when it has attestation_name, a Kosli payload.
     */
    post: operations['recordArtifactAttestationV2'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/asserts/{org}/fingerprint/{sha}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        sha: components['schemas']['Digest'];
      };
      cookie?: never;
    };
    /** `kosli assert artifact`: is the artifact compliant in a flow, or with an environment's policies */
    get: operations['kosliAssertArtifact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/environments/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    /** `kosli list environments`: a plain array, or {page, per_page, total_pages, total_count, environments} when paged */
    get: operations['kosliListEnvironments'];
    /** `kosli create environment`: create or update an environment (factstore.environment.manage) */
    put: operations['kosliCreateEnvironment'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/environments/{org}/{env}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The environment's name */
        env: components['parameters']['env'];
      };
      cookie?: never;
    };
    get?: never;
    /** `kosli archive environment`: archive an environment (factstore.environment.manage) */
    put: operations['kosliArchiveEnvironment'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/environments/{org}/{env}/report/{type}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The environment's name */
        env: components['parameters']['env'];
        /** @description K8S, ECS, lambda, S3, docker, server, azure-apps or cloud-run, in any case */
        type: string;
      };
      cookie?: never;
    };
    get?: never;
    /** `kosli snapshot <type>`: report what runs in the environment (200 when unchanged) */
    put: operations['kosliReportSnapshot'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/env-diff/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    /** `kosli diff snapshots`: what differs between two snapshots (`env#3`, `env~1`, `env`) */
    get: operations['kosliDiffSnapshots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/flows/{org}/{flow}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get flow` */
    get: operations['kosliGetFlow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/flows/{org}/{name}/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** `kosli rename flow` {new_name} (factstore.flow.manage); a taken name is a 400 */
    put: operations['kosliRenameFlow'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/trails/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list trails`: {data, pagination} */
    get: operations['kosliListTrails'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/environments/{org}/{env}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get environment` */
    get: operations['kosliGetEnvironment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/environments/{org}/{env}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli log environment`: started, exited and scaled artifacts per snapshot */
    get: operations['kosliLogEnvironment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/environments/{org}/{name}/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** `kosli rename environment` {new_name} (factstore.environment.manage) */
    put: operations['kosliRenameEnvironment'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/environments/{org}/{env}/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** `kosli join environment` {physical_env_name} (factstore.environment.manage) */
    put: operations['kosliJoinEnvironment'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/snapshots/{org}/{env}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list snapshots` */
    get: operations['kosliListSnapshots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/snapshots/{org}/{env}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get snapshot` / `assert snapshot`: id is N, -1 (latest), -N-1, #N, ~N or @{…} */
    get: operations['kosliGetSnapshot'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/allowlists/{org}/{env}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** `kosli allow artifact` {artifact_fingerprint, artifact_name, description} (factstore.environment.manage) */
    put: operations['kosliAllowArtifact'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/artifacts/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list artifacts` */
    get: operations['kosliListArtifacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/artifacts/{org}/{flow}/fingerprint/{sha}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get artifact FLOW@SHA` */
    get: operations['kosliGetArtifactByFingerprint'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/artifacts/{org}/{flow}/commit_sha/{sha}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get artifact FLOW:COMMIT` */
    get: operations['kosliGetArtifactsByCommit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/artifacts/{org}/{flow}/{sha}/latest_commit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli report artifact`: the commit of the flow's latest artifact */
    get: operations['kosliLatestCommit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/artifacts/{org}/{flow}/{sha}/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli assert approval` (CLI ≤ 2.34): the approvals of the artifact, oldest first */
    get: operations['kosliAssertApproval'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/search/{org}/sha/{sha}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli search`: a fingerprint or a commit, whole or its first digits */
    get: operations['kosliSearch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/attestations/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get attestation --attestation-id` and `kosli evaluate`: {data: [attestation]} */
    get: operations['kosliGetAttestationById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/attestations/{org}/{flow}/trail/{trail}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get attestation NAME --trail` */
    get: operations['kosliGetTrailAttestation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/attestations/{org}/{flow}/artifact/{sha}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get attestation NAME --fingerprint` */
    get: operations['kosliGetArtifactAttestation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/approvals/{org}/{flow}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list approvals` (CLI ≤ 2.34) */
    get: operations['kosliListApprovals'];
    put?: never;
    /** `kosli report|request approval` (CLI ≤ 2.34): recorded as a request a Backstage user decides */
    post: operations['kosliReportApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/approvals/{org}/{flow}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get approval` (CLI ≤ 2.34): N, -1 latest, -N-1 */
    get: operations['kosliGetApproval'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/approvals/{org}/{flow}/artifact-commit/{env}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli report approval`: the commit of the last approved one */
    get: operations['kosliLastApprovedCommit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/service-accounts/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list service-accounts`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasListServiceAccountsGet'];
    put?: never;
    /** `kosli create service-account`: a Kosli SaaS feature, 501 */
    post: operations['kosliSaasCreateServiceAccountPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/service-accounts/{org}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get service-account`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasGetServiceAccountGet'];
    put?: never;
    post?: never;
    /** `kosli delete service-account`: a Kosli SaaS feature, 501 */
    delete: operations['kosliSaasDeleteServiceAccountDelete'];
    options?: never;
    head?: never;
    /** `kosli update service-account`: a Kosli SaaS feature, 501 */
    patch: operations['kosliSaasUpdateServiceAccountPatch'];
    trace?: never;
  };
  '/api/v2/service-accounts/{org}/{name}/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list api-keys`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasListApiKeysGet'];
    put?: never;
    /** `kosli create api-key`: a Kosli SaaS feature, 501 */
    post: operations['kosliSaasCreateApiKeyPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/service-accounts/{org}/{name}/api-keys/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get api-key`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasGetApiKeyGet'];
    put?: never;
    post?: never;
    /** `kosli delete api-key`: a Kosli SaaS feature, 501 */
    delete: operations['kosliSaasDeleteApiKeyDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/service-accounts/{org}/{name}/api-keys/{key}/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** `kosli rotate api-key`: a Kosli SaaS feature, 501 */
    post: operations['kosliSaasRotateApiKeyPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/controls/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list controls`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasListControlsGet'];
    put?: never;
    /** `kosli create control`: a Kosli SaaS feature, 501 */
    post: operations['kosliSaasCreateControlPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/controls/{org}/{control}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get control`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasGetControlGet'];
    /** `kosli update control`: a Kosli SaaS feature, 501 */
    put: operations['kosliSaasUpdateControlPut'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/controls/{org}/{control}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** `kosli archive control`: a Kosli SaaS feature, 501 */
    post: operations['kosliSaasArchiveControlPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/controls/{org}/{control}/unarchive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** `kosli unarchive control`: a Kosli SaaS feature, 501 */
    post: operations['kosliSaasUnarchiveControlPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/attestations/{org}/{flow}/trail/{trail}/system': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** `kosli attest decision`: a Kosli SaaS feature, 501 */
    post: operations['kosliSaasAttestDecisionPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/custom-attestation-types/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    /** `kosli list attestation-types`: the org's types, archived ones left out */
    get: operations['kosliListAttestationTypes'];
    put?: never;
    /** `kosli create attestation-type NAME [--schema FILE] [--jq RULE]`: a custom attestation type, or its next version (factstore.flow.manage) */
    post: operations['kosliCreateAttestationType'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/custom-attestation-types/{org}/{type}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        type: string;
      };
      cookie?: never;
    };
    /** `kosli get attestation-type NAME[@vN]`: a type with its versions (or the one asked for) */
    get: operations['kosliGetAttestationType'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/custom-attestation-types/{org}/{type}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        type: string;
      };
      cookie?: never;
    };
    get?: never;
    /** `kosli archive attestation-type NAME`: hidden from lists, refused by `attest custom` (factstore.flow.manage) */
    put: operations['kosliArchiveAttestationType'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/policies/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list policies`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasListPoliciesGet'];
    /** `kosli create policy`: a Kosli SaaS feature, 501 */
    put: operations['kosliSaasCreatePolicyPut'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/policies/{org}/{policy}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get policy`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasGetPolicyGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/environments/{org}/{env}/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** `kosli attach-policy`: a Kosli SaaS feature, 501 */
    post: operations['kosliSaasAttachPolicyPost'];
    /** `kosli detach-policy`: a Kosli SaaS feature, 501 */
    delete: operations['kosliSaasDetachPolicyDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/repos/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli list repos`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasListReposGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/repos/{org}/{repo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get repo`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasGetRepoGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/tags/{org}/{kind}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** `kosli tag`: a Kosli SaaS feature, 501 */
    patch: operations['kosliSaasTagPatch'];
    trace?: never;
  };
  '/api/v2/organizations/{org}/experimental_features': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** `kosli enable beta / disable beta`: a Kosli SaaS feature, 501 */
    put: operations['kosliSaasEnableBetaDisableBetaPut'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/user/default-org': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** `kosli get default-org`: a Kosli SaaS feature, 501 */
    get: operations['kosliSaasGetDefaultOrgGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/user/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** `kosli update default-org`: a Kosli SaaS feature, 501 */
    put: operations['kosliSaasUpdateDefaultOrgPut'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /** @description The Backstage backend's error shape */
    Error: {
      error: {
        name: string;
        message: string;
      } & {
        [key: string]: unknown;
      };
      request?: {
        method?: string;
        url?: string;
      };
      response?: {
        statusCode?: number;
      };
    };
    Health: {
      /** @enum {string} */
      status: 'healthy' | 'unhealthy';
      timestamp?: string;
      version?: string;
    };
    /** Format: uuid */
    Uuid: string;
    /** @description 1-255 letters, digits, `.`, `_`, `~` or `-`, starting with a letter or digit */
    Name: string;
    /** @description 1-64 letters, digits, `.`, `_` or `-` */
    AttestationType: string;
    /** @description A SHA-256 digest, `sha256:<64 hex>` or 64 hex characters */
    Digest: string;
    Object: {
      [key: string]: unknown;
    };
    Flow: {
      id: string;
      org: string;
      name: string;
      description: string;
      requiredAttestations: string[];
      tags: {
        [key: string]: string;
      };
      requiresApproval: boolean;
      hasTemplate?: boolean;
      createdBy: string;
      createdAt: string;
      updatedAt?: string;
      archived: boolean;
      archivedAt?: string;
      archivedBy?: string;
    } & {
      [key: string]: unknown;
    };
    CreateFlowRequest: {
      name: components['schemas']['Name'];
      /** @description Default `default` */
      org?: components['schemas']['Name'];
      description?: string;
      /** @description The attestation types a compliant trail needs */
      requiredAttestations?: components['schemas']['AttestationType'][];
      tags?: {
        [key: string]: string;
      };
      /** @description Whether a compliant artifact needs an approved approval (default false) */
      requiresApproval?: boolean;
      /** @description A Kosli flow template; its attestation types are added to `requiredAttestations` */
      templateYaml?: string;
    };
    /** @description The fields to change */
    UpdateFlowRequest: {
      name?: components['schemas']['Name'];
      org?: components['schemas']['Name'];
      description?: string;
      requiredAttestations?: components['schemas']['AttestationType'][];
      tags?: {
        [key: string]: string;
      };
      requiresApproval?: boolean;
      templateYaml?: string;
    };
    /** @description The most vulnerabilities of each severity a compliant artifact's scans may report */
    SecurityThresholds: {
      flowId?: string;
      maxCritical?: number;
      maxHigh?: number;
      maxMedium?: number;
      maxLow?: number | null;
      /** @description True until thresholds are set for the flow */
      isDefault?: boolean;
    } & {
      [key: string]: unknown;
    };
    SetSecurityThresholdsRequest: {
      /** @description Default 0 */
      maxCritical?: number;
      /** @description Default 0 */
      maxHigh?: number;
      /** @description Default 10 */
      maxMedium?: number;
      /** @description Default null (no limit) */
      maxLow?: number | null;
    };
    Trail: {
      id: string;
      flowId: string;
      name: string;
      description: string;
      gitCommitSha?: string;
      gitBranch?: string;
      gitAuthor?: string;
      gitAuthorEmail?: string;
      pullRequestNumber?: number;
      buildUrl?: string;
      originUrl?: string;
      ciContext?: string;
      extra?: {
        [key: string]: unknown;
      };
      createdBy: string;
      createdAt: string;
      updatedAt?: string;
      complianceStatus?: components['schemas']['TrailComplianceStatus'];
      /** @description The attestations and approvals that decided the status */
      compliance?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @enum {string} */
    TrailComplianceStatus: 'COMPLIANT' | 'NON-COMPLIANT' | 'INCOMPLETE';
    /** @description Optional fields may also be sent as null (absent) */
    CreateTrailRequest: {
      flowId: components['schemas']['Uuid'];
      name?: components['schemas']['Name'] | null;
      description?: string;
      gitCommitSha?: string | null;
      gitBranch?: string | null;
      gitAuthor?: string | null;
      gitAuthorEmail?: string | null;
      pullRequestNumber?: number | null;
      /** @description An http(s) URL */
      buildUrl?: string | null;
      /** @description The CI's environment variables, read when `X-Factstore-CI-Context` names the CI */
      ciEnvironment?: {
        [key: string]: string;
      };
    };
    Artifact: {
      id: string;
      trailId: string;
      sha256: string;
      /** @description `sha256:<hex>` */
      sha256Digest?: string;
      name: string;
      tag?: string;
      registry?: string;
      templateReferenceName?: string;
      reportedBy?: string;
      reportedAt?: string;
    } & {
      [key: string]: unknown;
    };
    ReportArtifactRequest: {
      name: string;
      sha256Digest: components['schemas']['Digest'];
      tag?: string;
      registry?: string;
    };
    /** @enum {string} */
    AttestationStatus: 'PASSED' | 'FAILED' | 'PENDING';
    Attestation: {
      id: string;
      trailId: string;
      type: string;
      name: string;
      status: components['schemas']['AttestationStatus'];
      artifactSha256?: string;
      description?: string;
      details?: {
        [key: string]: unknown;
      };
      evidence?: {
        sha256?: string;
        fileName?: string;
        sizeBytes?: number;
      };
      claimedStatus?: components['schemas']['AttestationStatus'];
      statusReason?: string;
      attestedBy?: string;
      createdAt: string;
    } & {
      [key: string]: unknown;
    };
    RecordAttestationRequest: {
      type: components['schemas']['AttestationType'];
      /** @description PENDING when left out, as OpenFactstore has it */
      status?: components['schemas']['AttestationStatus'];
      /** @description Default the type */
      name?: string;
      description?: string;
      /** @description OpenFactstore's free text; the description when none is given */
      details?: string;
      metadata?: {
        [key: string]: unknown;
      };
      /** @description The artifact the attestation is about; the whole trail when absent */
      artifactSha256?: components['schemas']['Digest'];
    };
    /** @description Exactly one file (any field name), read as a report when its format is known */
    EvidenceUpload: {
      [key: string]: string;
    };
    AssertRequest: {
      flowId: components['schemas']['Uuid'];
      sha256Digest: components['schemas']['Digest'];
      /** @description The policies attached to this environment decide too */
      environmentId?: components['schemas']['Uuid'];
      environmentName?: string;
      /** @description The org of `environmentName` (default `default`) */
      org?: string;
    };
    Assertion: {
      flowId: string;
      flowName: string;
      sha256Digest: string;
      checkedAt?: string;
      compliant: boolean;
      /** @description The latest attestation of each required type */
      attestations: {
        [key: string]: unknown;
      }[];
      missingAttestations: string[];
      failedAttestations: string[];
      /** @description One sentence per reason the artifact is not compliant; empty when it is */
      reasons: string[];
      approval?: {
        [key: string]: unknown;
      };
      trailId?: string;
      trailName?: string;
      artifactName?: string;
      securityScans?: {
        [key: string]: unknown;
      }[];
      verificationSummary?: {
        [key: string]: unknown;
      };
      /** @description The summary signed with the ledger's key (DSSE) */
      verificationSummaryEnvelope?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    EvidenceReceipt: {
      attestationId: string;
      /** @description `sha256:<hex>` of the file */
      sha256: string;
      fileName: string;
      sizeBytes: number;
      /** @description The attestation's status once the evidence decided it */
      status?: components['schemas']['AttestationStatus'];
      junit?: {
        [key: string]: unknown;
      };
      securityScan?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @enum {string} */
    ApprovalStatus: 'PENDING' | 'APPROVED' | 'REJECTED';
    Approval: {
      id: string;
      trailId: string;
      status: components['schemas']['ApprovalStatus'];
      requestComment?: string;
      requestedBy: string;
      requestedAt: string;
      decidedBy?: string;
      decisionComment?: string;
      decidedAt?: string;
    } & {
      [key: string]: unknown;
    };
    CommentRequest: {
      comment?: string;
    };
    DeploymentPolicy: {
      id: string;
      name: string;
      flowId?: string;
      environmentId?: string;
      enforceProvenance?: boolean;
      enforceApprovals?: boolean;
      requiredAttestationTypes?: string[];
    } & {
      [key: string]: unknown;
    };
    DeploymentPolicyRequest: {
      /** @description Required on create */
      name?: string;
      flowId?: components['schemas']['Uuid'] | null;
      environmentId?: components['schemas']['Uuid'] | null;
      /** @description Default true */
      enforceProvenance?: boolean;
      /** @description Default false */
      enforceApprovals?: boolean;
      requiredAttestationTypes?: components['schemas']['AttestationType'][];
    };
    GateEvaluateRequest: {
      sha256Digest: components['schemas']['Digest'];
      environmentId?: components['schemas']['Uuid'];
      environmentName?: string;
      /** @description The org of `environmentName` (default `default`) */
      org?: string;
      flowId?: components['schemas']['Uuid'];
    };
    GateResult: {
      id: string;
      sha256: string;
      sha256Digest: string;
      environmentId?: string;
      allowed: boolean;
      reasons: ({
        policyId?: string;
        policyName?: string;
        rule: string;
        passed: boolean;
        message: string;
        decisionId?: string;
      } & {
        [key: string]: unknown;
      })[];
      evaluatedBy?: string;
      evaluatedAt: string;
      policyDecisions?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
    /** @enum {string} */
    EnvironmentType:
      | 'K8S'
      | 'ECS'
      | 'lambda'
      | 'S3'
      | 'docker'
      | 'server'
      | 'azure-apps'
      | 'cloud-run';
    Environment: {
      id: string;
      org?: string;
      name: string;
      type: string;
      description?: string;
      /** @description The members of a logical environment */
      environmentIds?: string[];
    } & {
      [key: string]: unknown;
    };
    EnvironmentRequest: {
      /** @description Required on create */
      name?: components['schemas']['Name'];
      /** @description Default `default` */
      org?: components['schemas']['Name'];
      /** @description Required on create: K8S, ECS, lambda, S3, docker, server, azure-apps or cloud-run, in any case (stored as listed) */
      type?: string;
      description?: string;
    };
    LogicalEnvironmentRequest: {
      /** @description Required on create */
      name?: components['schemas']['Name'];
      org?: components['schemas']['Name'];
      description?: string;
      /** @description The physical environments it groups */
      environmentIds?: components['schemas']['Uuid'][];
    };
    Snapshot: {
      id?: string;
      environmentId?: string;
      index: number;
      artifacts?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
    SnapshotRequest: {
      artifacts: {
        name: string;
        sha256Digest: components['schemas']['Digest'];
        instance?: string;
      }[];
    };
    BaselineRequest: {
      /** @description Default the latest snapshot */
      snapshotIndex?: number;
      description?: string;
    };
    /** @description Exactly one of `sha256Digest` or `namePattern` */
    AllowlistRequest: {
      sha256Digest?: components['schemas']['Digest'];
      /** @description An artifact name, with at most 3 `*` wildcards */
      namePattern?: string;
      reason: string;
      /** Format: date-time */
      expiresAt?: string;
    };
    /** @description A scanner's report in `report` (a document or its text, format detected or named by `format`), a scanner's JSON posted as the body itself, or OpenFactstore's claimed counts (`tool` and the `*Vulnerabilities` counts) */
    SecurityScanRequest: {
      /** @description A Trivy, SARIF, Grype, Snyk, CycloneDX or SPDX JSON document, or its text */
      report?: unknown;
      /** @enum {string} */
      format?:
        | 'trivy-json'
        | 'sarif'
        | 'grype-json'
        | 'snyk-json'
        | 'cyclonedx'
        | 'spdx';
      name?: string;
      artifactSha256?: components['schemas']['Digest'];
      scanType?: string;
      reportUrl?: string;
      tool?: string;
      toolVersion?: string;
      target?: string;
      criticalVulnerabilities?: number;
      highVulnerabilities?: number;
      mediumVulnerabilities?: number;
      lowVulnerabilities?: number;
      informational?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description One report file and the optional fields of a JSON submission */
    SecurityScanUpload: {
      /** Format: binary */
      file: string;
      format?: string;
      name?: string;
      artifactSha256?: string;
      scanType?: string;
      reportUrl?: string;
    };
    Policy: {
      id: string;
      name: string;
      description?: string;
      orgSlug?: string | null;
      /** @enum {string} */
      language: 'cel' | 'rego';
      rules?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
    PolicyRequest: {
      /** @description Required on create */
      name?: string;
      description?: string;
      orgSlug?: string | null;
      /**
       * @description Default `cel`
       * @enum {string}
       */
      language?: 'cel' | 'rego';
      rules?: {
        name: string;
        expression: string;
        message?: string;
      }[];
      /** @description The Rego rule of the bundle that decides, e.g. `factstore/allow` */
      entrypoint?: string | null;
      bundleId?: components['schemas']['Uuid'] | null;
      enforceProvenance?: boolean;
      enforceTrailCompliance?: boolean;
      requiredAttestationTypes?: components['schemas']['AttestationType'][];
    };
    PolicyAttachment: {
      id: string;
      policyId: string;
      environmentId: string;
    } & {
      [key: string]: unknown;
    };
    PolicyAttachmentRequest: {
      policyId: components['schemas']['Uuid'];
      environmentId: components['schemas']['Uuid'];
    };
    OpaBundle: {
      id: string;
      name?: string;
      version?: string;
      active?: boolean;
    } & {
      [key: string]: unknown;
    };
    OpaBundleUpload: {
      /**
       * Format: binary
       * @description An OPA bundle (tar.gz of Rego modules and data), or one .rego file
       */
      bundle: string;
      name?: string;
      version?: string;
      /** @description Comma-separated entrypoints to compile to WebAssembly */
      entrypoints?: string;
      /** @enum {string} */
      activate?: 'true' | 'false';
      orgSlug?: string;
    };
    OpaEvaluateRequest: {
      bundleId?: components['schemas']['Uuid'];
      entrypoint?: string;
      /** @description The input document; built from the artifact's evidence when `sha256Digest` is given instead */
      input?: {
        [key: string]: unknown;
      };
      sha256Digest?: components['schemas']['Digest'];
      environmentId?: components['schemas']['Uuid'];
      environmentName?: string;
      org?: string;
      flowId?: components['schemas']['Uuid'];
      artifactName?: string;
      artifactVersion?: string;
      environment?: string;
      attestations?: {
        [key: string]: unknown;
      }[];
      approvalStatus?: string;
    };
    PolicyDecision: {
      id: string;
    } & {
      [key: string]: unknown;
    };
    VerifyChainRequest: {
      /** Format: date-time */
      from?: string;
      /** Format: date-time */
      to?: string;
    };
    KosliFlowRequest: {
      name: components['schemas']['Name'];
      description?: string;
      visibility?: string;
      /** @description Legacy `--template artifact,unit-test`, the attestation names an artifact needs */
      template?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description The Kosli CLI's form, the JSON payload in `data_json` and at most one file */
    KosliMultipart: {
      /** @description The JSON payload, as the JSON body would carry it */
      data_json: string;
    } & {
      [key: string]: string;
    };
    KosliTemplateUpload: {
      /** @description The flow: `{"name": …, "description": …}` */
      data_json: string;
      /**
       * Format: binary
       * @description The flow template (YAML)
       */
      template_file: string;
    };
    /** @description createAttestationType.go `CreateAttestationTypePayload` */
    KosliAttestationTypeRequest: {
      name: string;
      description?: string;
      evaluator?: {
        /** @enum {string} */
        content_type?: 'jq';
        rules?: string[] | null;
      } | null;
      summary?:
        | {
            name: string;
            expression: string;
          }[]
        | null;
    };
    KosliAttestationTypeUpload: {
      /** @description The KosliAttestationTypeRequest as JSON */
      data_json: string;
      /**
       * Format: binary
       * @description The JSON Schema the attestation data must match (`--schema`)
       */
      type_schema?: string;
    };
    /** @description What getAttestationType.go and listAttestationTypes.go read */
    KosliAttestationType: {
      name: string;
      description: string;
      org: string;
      archived: boolean;
      created_by: string;
      /** @description Unix seconds */
      created_at: number;
      /** @description Unix seconds */
      last_modified_at: number;
      versions: {
        version: number;
        /** @description Unix seconds */
        timestamp: number;
        created_by: string;
        type_schema: Record<string, never> | null;
        evaluator: {
          content_type?: string;
          rules?: string[];
        } | null;
        summary:
          | {
              name?: string;
              expression?: string;
            }[]
          | null;
      }[];
    };
    /** @description What getEnvironment.go and listEnvironments.go read (tags a map, policies a list) */
    KosliEnvironment: {
      name: string;
      type: string;
      description: string;
      org?: string;
      state?: boolean | null;
      /** @description Unix seconds */
      last_reported_at?: number | null;
      /** @description Unix seconds */
      last_modified_at: number;
      tags: {
        [key: string]: string;
      };
      policies: string[];
      include_scaling?: boolean;
      require_provenance?: boolean;
      included_environments?: string[];
      archived?: boolean;
    };
    /** @description What assertArtifact.go reads (printAssertAsTable and the exit code) */
    KosliAssertion: {
      compliant: boolean;
      /** @enum {string} */
      scope: 'flow' | 'environment' | 'policy';
      html_url: string;
      environment?: string;
      flow?: string;
      trail?: string;
      fingerprint?: string;
      reasons?: string[];
      flows: {
        flow: string;
        trail?: string;
        compliance_status?: {
          attestations_statuses?: {
            attestation_name?: string;
            attestation_type?: string;
            status?: string;
            is_compliant?: boolean;
            unexpected?: boolean;
          }[];
        };
      }[];
      policy_evaluations: {
        policy_name: string;
        /** @enum {string} */
        status: 'COMPLIANT' | 'NON-COMPLIANT';
        rule_evaluations: {
          rule: {
            type?: string;
            definition: Record<string, never>;
          };
          satisfied: boolean;
          ignored: boolean;
          message?: string;
          resolutions: {
            type: string;
            context?: Record<string, never>;
          }[];
        }[];
      }[];
      /** @description The stored decisions of the policies attached to the environment (GET /api/v1/opa/decisions/{id}) */
      policy_decisions?: {
        decision_id?: string;
        policy_name?: string;
        allow?: boolean;
        violations?: string[];
        error?: string;
      }[];
    };
    KosliTrailRequest: {
      name: components['schemas']['Name'];
      description?: string;
      git_commit_info?: {
        [key: string]: unknown;
      };
      repo_info?: {
        [key: string]: unknown;
      };
      user_data?: unknown;
      external_urls?: {
        [key: string]: unknown;
      };
      origin_url?: string;
    } & {
      [key: string]: unknown;
    };
    KosliArtifactRequest: {
      fingerprint: components['schemas']['Digest'];
      filename: string;
      trail_name: components['schemas']['Name'];
      template_reference_name?: string;
      git_commit?: string;
      git_commit_info?: {
        [key: string]: unknown;
      };
      build_url?: string;
      commit_url?: string;
      repo_url?: string;
      repo_info?: {
        [key: string]: unknown;
      };
      external_urls?: {
        [key: string]: unknown;
      };
      annotations?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    KosliAttestationRequest: {
      attestation_name: string;
      /** @description OpenFactstore's v2 route carries the type here */
      type?: components['schemas']['AttestationType'];
      artifact_fingerprint?: string;
      description?: string;
      is_compliant?: boolean;
      junit_results?: {
        [key: string]: unknown;
      }[];
      snyk_results?: unknown;
      jira_results?:
        | {
            [key: string]: unknown;
          }[]
        | null;
      git_provider?: string;
      pull_requests?:
        | {
            [key: string]: unknown;
          }[]
        | null;
      original_attestation_type?: string;
      new_compliance_status?: string;
      reason?: string;
    } & {
      [key: string]: unknown;
    };
    KosliEnvironmentRequest: {
      name: components['schemas']['Name'];
      /** @description An environment type, any case (K8S, ECS, lambda, S3, docker, server, azure-apps, cloud-run) */
      type: string;
      description?: string;
    } & {
      [key: string]: unknown;
    };
    KosliSnapshotReport: {
      artifacts: ({
        /** @description The running artifacts' names and SHA-256 digests */
        digests: {
          [key: string]: string;
        };
        podName?: string;
        taskArn?: string;
        functionName?: string;
        containerName?: string;
      } & {
        [key: string]: unknown;
      })[];
    } & {
      [key: string]: unknown;
    };
    AuditEvent: {
      id: string;
      eventType: string;
      entityType: string;
      entityId: string;
      trailId?: string;
      actor: string;
      details?: {
        [key: string]: unknown;
      };
      occurredAt: string;
    } & {
      [key: string]: unknown;
    };
    SecurityScan: {
      id: string;
      trailId?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A leaf of the ledger (an evidence write or a decision) and where it sits in the tree */
    LedgerEntry: {
      [key: string]: unknown;
    };
    NotificationRule: {
      id: string;
      name: string;
      triggerEvent?: string;
      channelType?: string;
      /** @description The channel's configuration as a JSON string, as OpenFactstore answers it */
      channelConfig?: string;
      isActive?: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @description `name`, `triggerEvent` and `channelType` are required on create */
    NotificationRuleRequest: {
      name?: string;
      triggerEvent?: string;
      channelType?: string;
      /** @description An object or its JSON text; `recipients`: up to 100 user or group entity refs; `slackOrg` (SLACK); `webhookConfigId` (WEBHOOK) */
      channelConfig?: unknown;
      filterFlowId?: components['schemas']['Uuid'] | null;
      filterEnvironmentId?: components['schemas']['Uuid'] | null;
      isActive?: boolean;
      /** @description On update, remove the flow filter */
      clearFilterFlowId?: boolean;
      /** @description On update, remove the environment filter */
      clearFilterEnvironmentId?: boolean;
    };
    PullRequestAttestationRequest: {
      /** @description GITHUB or GITLAB (any case) */
      provider: string;
      repository: string;
      commitSha: string;
      /** @description The pull (merge) requests of the commit, in the provider's own API format */
      pullRequests?: {
        [key: string]: unknown;
      }[];
      /** @description Refuse (422) when there is no pull request (default false) */
      assertOnMissing?: boolean;
      /** @description Default 1 */
      minApprovals?: number;
      /** @description Default `pull-request` */
      name?: string;
      artifactSha256?: components['schemas']['Digest'];
    };
    /** @description Seed 002's body: a pull request named by owner, repository and number. No SCM integration is configured to read it, so it is recorded with its reference and FAILED (unverified); the pull request sent inline in a later attestation decides it. */
    PullRequestReferenceRequest: {
      /** @description Kept in the attestation's details */
      organisationSlug?: string;
      /** @description GITHUB or GITLAB (any case) */
      provider: string;
      repositoryOwner: string;
      repositoryName: string;
      prNumber: number;
      /** @description Refuse (422) rather than record the unverified pull request (default false) */
      assertOnMissing?: boolean;
      /** @description Default `pull-request` */
      name?: string;
      artifactSha256?: components['schemas']['Digest'];
    };
    WebhookAnswer: {
      accepted: boolean;
      deliveryId: string;
      message: string;
      trailId?: components['schemas']['Uuid'];
      attestationId?: components['schemas']['Uuid'];
    };
    WebhookConfigRequest: {
      name?: string;
      url?: string;
      isActive?: boolean;
    };
    WebhookConfig: {
      id: components['schemas']['Uuid'];
      name: string;
      /** @description Without its query, which may carry a token */
      url: string;
      isActive: boolean;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    DeliveryAttempt: {
      attempt: number;
      /** Format: date-time */
      at: string;
      responseStatus: number | null;
      error: string | null;
    };
    WebhookDelivery: {
      id: components['schemas']['Uuid'];
      webhookConfigId: components['schemas']['Uuid'];
      eventType: string;
      payload: string;
      /** @enum {string} */
      status: 'SENT' | 'FAILED';
      attemptCount: number;
      attempts: components['schemas']['DeliveryAttempt'][];
      error: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    OutboundOutcome: {
      /** @enum {string} */
      status: 'SENT' | 'FAILED';
      attemptCount: number;
      error: string | null;
      attempts?: components['schemas']['DeliveryAttempt'][];
    };
    SlackConfigRequest: {
      /** @description The name of an incoming webhook in factstore.slack.incomingWebhooks */
      channel?: string;
    };
    SlackConfig: {
      id: components['schemas']['Uuid'];
      orgSlug: string;
      channel: string;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SlackReply: {
      /** @enum {string} */
      response_type: 'ephemeral' | 'in_channel';
      text: string;
    };
    VaultEvidence: {
      entityType: string;
      entityId: string;
      evidenceType: string;
      vaultPath: string;
      version: number;
      /** Format: date-time */
      storedAt: string;
    };
    VaultEvidenceList: {
      entityType: string;
      entityId: string;
      evidenceTypes: string[];
    };
    VaultHealth: {
      healthy: boolean;
      vaultUri: string;
      authMethod: string;
      message: string;
      /** Format: date-time */
      checkedAt: string;
    };
  };
  responses: {
    /** @description The request is invalid; the message names the field and what is expected */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Missing or invalid Backstage credentials */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The permission policy denied the request, or the caller's kind may not make it */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such resource */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The change clashes with what is stored (a duplicate name, a resource in use) */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description A business rule refuses the request (e.g. a referenced resource does not exist) */
    Unprocessable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The body, an uploaded file or a field is above its limit */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The body is in a charset or Content-Encoding the plugin cannot read */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The OPA server answered with an error or did not answer */
    BadGateway: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Any other error, e.g. 503 while the database is unavailable */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description The resource's UUID */
    id: components['schemas']['Uuid'];
    /** @description The flow's UUID */
    flowId: components['schemas']['Uuid'];
    /** @description The trail's UUID */
    trailId: components['schemas']['Uuid'];
    /** @description The approval's UUID */
    approvalId: components['schemas']['Uuid'];
    /** @description The allow-list entry's UUID */
    entryId: components['schemas']['Uuid'];
    /** @description The id of the record (attestation, gate result, …) the ledger entry is about */
    recordId: string;
    /** @description The Kosli organisation */
    org: components['schemas']['Name'];
    /** @description The flow's name */
    flow: components['schemas']['Name'];
    /** @description The trail's name */
    trail: components['schemas']['Name'];
    /** @description The environment's name */
    env: components['schemas']['Name'];
    /** @description At most this many (1-1000, default 100) */
    limit: number;
    /** @description Skip this many first (default 0) */
    offset: number;
    /** @description The page, from 0 (default 0) */
    page: number;
    /** @description Entries per page (1-1000, default 20) */
    size: number;
    /** @description `true` archives (hidden from lists, restorable) instead of deleting (default `false`) */
    archive: 'true' | 'false';
    /** @description Only trails with this compliance status (`COMPLIANT`, `NON-COMPLIANT`, `INCOMPLETE`; any case, `_` for `-`) */
    complianceStatus: string;
    /** @description Only the last this many days (1-3650); everything when absent */
    days: number;
    /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
    dryRun: 'true' | 'false';
    /** @description The organisation */
    orgSlug: string;
    slackSignature: string;
    slackTimestamp: string;
    vaultEntityType: string;
    vaultEntityId: string;
    evidenceType: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Healthy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Unhealthy (the database does not answer) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  kosliStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listFlows: {
    parameters: {
      query?: {
        org?: components['schemas']['Name'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFlowRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  getFlow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFlowRequest'];
      };
    };
    responses: {
      /** @description The changed flow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  deleteFlow: {
    parameters: {
      query?: {
        /** @description `true` archives (hidden from lists, restorable) instead of deleting (default `false`) */
        archive?: components['parameters']['archive'];
      };
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Archived (`?archive=true`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  restoreFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The restored flow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  getFlowTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/yaml': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getSecurityThresholds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The flow's UUID */
        flowId: components['parameters']['flowId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The thresholds */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityThresholds'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  setSecurityThresholds: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The flow's UUID */
        flowId: components['parameters']['flowId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetSecurityThresholdsRequest'];
      };
    };
    responses: {
      /** @description The thresholds */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityThresholds'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listFlowTrails: {
    parameters: {
      query?: {
        /** @description Only trails with this compliance status (`COMPLIANT`, `NON-COMPLIANT`, `INCOMPLETE`; any case, `_` for `-`) */
        complianceStatus?: components['parameters']['complianceStatus'];
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** @description The flow's UUID */
        flowId: components['parameters']['flowId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trails */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trail'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listTrails: {
    parameters: {
      query?: {
        flowId?: components['schemas']['Uuid'];
        /** @description Only trails with this compliance status (`COMPLIANT`, `NON-COMPLIANT`, `INCOMPLETE`; any case, `_` for `-`) */
        complianceStatus?: components['parameters']['complianceStatus'];
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trails */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trail'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createTrail: {
    parameters: {
      query?: never;
      header?: {
        /** @description The CI whose variables (`ciEnvironment`) give the git fields */
        'X-Factstore-CI-Context'?:
          | 'github-actions'
          | 'gitlab-ci'
          | 'jenkins'
          | 'circleci'
          | 'azure-devops';
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTrailRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  getTrail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trail */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getTrailAudit: {
    parameters: {
      query?: {
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEvent'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listTrailArtifacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The artifacts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Artifact'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  reportArtifact: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportArtifactRequest'];
      };
    };
    responses: {
      /** @description Reported before */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Artifact'];
        };
      };
      /** @description Reported */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Artifact'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  findArtifacts: {
    parameters: {
      query: {
        sha256: components['schemas']['Digest'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The artifacts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Artifact'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  listAttestations: {
    parameters: {
      query?: {
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attestations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attestation'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  recordAttestation: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAttestationRequest'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attestation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  downloadEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, in its own content type */
      200: {
        headers: {
          /** @description `sha-256=<base64>` */
          Digest?: string;
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  uploadEvidence: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['EvidenceUpload'];
      };
    };
    responses: {
      /** @description Attached */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceReceipt'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  assertArtifact: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssertRequest'];
      };
    };
    responses: {
      /** @description The assertion, with a signed verification summary */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Assertion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  listTrailApprovals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The approvals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Approval'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  requestApproval: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CommentRequest'];
      };
    };
    responses: {
      /** @description Requested (PENDING) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Approval'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listApprovals: {
    parameters: {
      query?: {
        status?: components['schemas']['ApprovalStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The approvals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Approval'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The approval's UUID */
        approvalId: components['parameters']['approvalId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The approval */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Approval'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  approveApproval: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The approval's UUID */
        approvalId: components['parameters']['approvalId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CommentRequest'];
      };
    };
    responses: {
      /** @description Approved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Approval'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  rejectApproval: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The approval's UUID */
        approvalId: components['parameters']['approvalId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CommentRequest'];
      };
    };
    responses: {
      /** @description Rejected */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Approval'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listDeploymentPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The policies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentPolicy'][];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createDeploymentPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeploymentPolicyRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentPolicy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  getDeploymentPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The policy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentPolicy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateDeploymentPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeploymentPolicyRequest'];
      };
    };
    responses: {
      /** @description The changed policy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentPolicy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  deleteDeploymentPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  evaluateGate: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GateEvaluateRequest'];
      };
    };
    responses: {
      /** @description The gate's decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  listGateResults: {
    parameters: {
      query?: {
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
        /** @description Only the decisions about this artifact (`sha256:<64 hex>` or 64 hex characters) */
        sha256?: string;
        /** @description Only the decisions about deploying to this environment */
        environmentId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The decisions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GateResult'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  listAuditEvents: {
    parameters: {
      query?: {
        eventType?: string;
        trailId?: components['schemas']['Uuid'];
        actor?: string;
        /** @description Events at or after this ISO 8601 time */
        from?: string;
        /** @description Events at or before this ISO 8601 time */
        to?: string;
        /** @description The page, from 0 (default 0) */
        page?: components['parameters']['page'];
        /** @description Entries per page (1-1000, default 20) */
        size?: components['parameters']['size'];
        /** @description Newest first (default `true`) */
        sortDesc?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            content: components['schemas']['AuditEvent'][];
            page: number;
            size: number;
            totalElements: number;
            totalPages: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getAuditEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEvent'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  search: {
    parameters: {
      query: {
        q: string;
        type?: 'flow' | 'trail' | 'artifact' | 'attestation' | 'environment';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matches */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            query: string;
            results: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  listSecurityScans: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scans */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityScan'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  recordSecurityScan: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SecurityScanRequest'];
        'multipart/form-data': components['schemas']['SecurityScanUpload'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityScan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  getSecurityScanSummary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getSecurityScan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scan */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityScan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listEnvironments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'][];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnvironmentRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  getEnvironment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnvironmentRequest'];
      };
    };
    responses: {
      /** @description The changed environment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  deleteEnvironment: {
    parameters: {
      query?: {
        /** @description `true` archives (hidden from lists, restorable) instead of deleting (default `false`) */
        archive?: components['parameters']['archive'];
      };
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Archived (`?archive=true`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  restoreEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The restored environment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listSnapshots: {
    parameters: {
      query?: {
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The snapshots */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Snapshot'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  recordSnapshot: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SnapshotRequest'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Snapshot'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  getLatestSnapshot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The snapshot */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Snapshot'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getSnapshot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
        /** @description The snapshot's number, from 1 */
        index: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The snapshot */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Snapshot'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  diffSnapshots: {
    parameters: {
      query: {
        from: string;
        /** @description Default the latest snapshot */
        to?: string;
      };
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The artifacts added, removed and changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createBaseline: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['BaselineRequest'];
      };
    };
    responses: {
      /** @description The baseline */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  getCurrentBaseline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The baseline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getDrift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The drift report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getDriftHistory: {
    parameters: {
      query?: {
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The reports */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listAllowlist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  addAllowlistEntry: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AllowlistRequest'];
      };
    };
    responses: {
      /** @description The entry */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  removeAllowlistEntry: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
        /** @description The allow-list entry's UUID */
        entryId: components['parameters']['entryId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listLogicalEnvironments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'][];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createLogicalEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogicalEnvironmentRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  getLogicalEnvironment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateLogicalEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogicalEnvironmentRequest'];
      };
    };
    responses: {
      /** @description The changed environment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  deleteLogicalEnvironment: {
    parameters: {
      query?: {
        /** @description `true` archives (hidden from lists, restorable) instead of deleting (default `false`) */
        archive?: components['parameters']['archive'];
      };
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Archived (`?archive=true`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  restoreLogicalEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The restored environment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listLedgerEntries: {
    parameters: {
      query?: {
        /** @description The page, from 0 (default 0) */
        page?: components['parameters']['page'];
        /** @description Entries per page (1-1000, default 20) */
        size?: components['parameters']['size'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            entries: components['schemas']['LedgerEntry'][];
            page: number;
            size: number;
            totalElements: number;
            totalPages: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getLedgerEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record (attestation, gate result, …) the ledger entry is about */
        recordId: components['parameters']['recordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entry */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerEntry'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  verifyLedgerRecord: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record (attestation, gate result, …) the ledger entry is about */
        recordId: components['parameters']['recordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verification */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            recordId: string;
            verified: boolean;
            message?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  verifyLedgerChain: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['VerifyChainRequest'];
      };
    };
    responses: {
      /** @description The verification */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getLedgerStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            enabled: boolean;
            type: string;
            origin?: string;
            totalEntries?: number;
            pendingEntries?: number;
            treeSize: number;
            rootHash: string;
            checkpoint: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getLedgerCheckpoint: {
    parameters: {
      query?: {
        treeSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed note */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getLedgerPublicKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            algorithm: string;
            keyName: string;
            keyId: string;
            verifierKey: string;
            publicKeyPem: string;
            dsseKeyId?: string;
            keySource?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getConsistencyProof: {
    parameters: {
      query: {
        firstSize: number;
        /** @description Default the current tree size */
        secondSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The proof */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getInclusionProof: {
    parameters: {
      query: {
        leafIndex: number;
        /** @description Default the latest checkpoint's size */
        treeSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The proof */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  listPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The policies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'][];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  getPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The policy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updatePolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyRequest'];
      };
    };
    responses: {
      /** @description The changed policy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  deletePolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listPolicyAttachments: {
    parameters: {
      query?: {
        policyId?: components['schemas']['Uuid'];
        environmentId?: components['schemas']['Uuid'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attachments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyAttachment'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  attachPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyAttachmentRequest'];
      };
    };
    responses: {
      /** @description Attached */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyAttachment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  getPolicyAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyAttachment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  detachPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Detached */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listOpaBundles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bundles */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpaBundle'][];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  uploadOpaBundle: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['OpaBundleUpload'];
      };
    };
    responses: {
      /** @description Uploaded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpaBundle'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  getOpaBundle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bundle */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpaBundle'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  activateOpaBundle: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The active bundle */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpaBundle'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  evaluateOpa: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpaEvaluateRequest'];
      };
    };
    responses: {
      /** @description The decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyDecision'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  listPolicyDecisions: {
    parameters: {
      query?: {
        policyId?: components['schemas']['Uuid'];
        bundleId?: components['schemas']['Uuid'];
        gateResultId?: components['schemas']['Uuid'];
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The decisions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyDecision'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getPolicyDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyDecision'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  recordPullRequestAttestation: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['PullRequestAttestationRequest']
          | components['schemas']['PullRequestReferenceRequest'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attestation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  getComplianceReport: {
    parameters: {
      query?: {
        flowId?: components['schemas']['Uuid'];
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  exportAuditTrail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getProvenance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
        /** @description The artifact's UUID (from reporting it to the trail) */
        artifactId: components['schemas']['Uuid'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The provenance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  recordProvenance: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
        /** @description The artifact's UUID (from reporting it to the trail) */
        artifactId: components['schemas']['Uuid'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description The provenance and what was verified */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  verifyProvenance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The trail's UUID */
        trailId: components['parameters']['trailId'];
        /** @description The artifact's UUID (from reporting it to the trail) */
        artifactId: components['schemas']['Uuid'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Every check and its result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getProvenanceByDigest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The artifact's digest, sha256:<64 hex> or 64 hex */
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The provenance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listFrameworks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The frameworks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createFramework: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  getFramework: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The framework */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  addFrameworkControl: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listComplianceMappings: {
    parameters: {
      query?: {
        /** @description Only this framework's controls */
        frameworkId?: components['schemas']['Uuid'];
        /** @description Only mappings of this flow */
        flowId?: components['schemas']['Uuid'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mappings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createComplianceMapping: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  assessCompliance: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description The stored assessment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  listAssessments: {
    parameters: {
      query?: {
        /** @description Only this framework */
        frameworkId?: components['schemas']['Uuid'];
        /** @description TRAIL, FLOW or ENVIRONMENT */
        scopeType?: string;
        /** @description Only this trail, flow or environment */
        scopeId?: components['schemas']['Uuid'];
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assessments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assessment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getChainOfCustody: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The artifact's digest, sha256:<64 hex> or 64 hex */
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chain of custody */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getRegulatoryReport: {
    parameters: {
      query?: {
        /** @description json (default) or html */
        format?: 'json' | 'html';
      };
      header?: never;
      path: {
        /** @description The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build) */
        frameworkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getComplianceMetrics: {
    parameters: {
      query?: {
        /** @description Only the last this many days (1-3650); everything when absent */
        days?: components['parameters']['days'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getSecurityMetrics: {
    parameters: {
      query?: {
        /** @description Only the last this many days (1-3650); everything when absent */
        days?: components['parameters']['days'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getDashboardStats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        isRead?: 'true' | 'false';
        severity?: string;
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notifications */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  countUnreadNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The count */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  readAllNotifications: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  readNotification: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notification */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listNotificationRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rules */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRule'][];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createNotificationRule: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationRuleRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRule'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  getNotificationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRule'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateNotificationRule: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationRuleRequest'];
      };
    };
    responses: {
      /** @description The changed rule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRule'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  deleteNotificationRule: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  testNotificationRule: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sent; the delivery's outcome */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listNotificationDeliveries: {
    parameters: {
      query?: {
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deliveries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  receiveWebhook: {
    parameters: {
      query?: {
        flowId?: components['schemas']['Uuid'];
      };
      header?: {
        'X-Hub-Signature-256'?: string;
        'X-Gitlab-Token'?: string;
        'X-Webhook-Signature'?: string;
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description `github`, `gitlab`, `jenkins` or `generic` */
        source: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Recorded, ignored (with why) or already received */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookAnswer'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description The signature or token is missing or wrong, or the source has no secret */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  listWebhookConfigs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The destinations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookConfig'][];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createWebhookConfig: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookConfigRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookConfig'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  deleteWebhookConfig: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description At most this many (1-1000, default 100) */
        limit?: components['parameters']['limit'];
        /** @description Skip this many first (default 0) */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** @description The resource's UUID */
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deliveries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getSlackConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The configuration */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlackConfig'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  configureSlack: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SlackConfigRequest'];
      };
    };
    responses: {
      /** @description Configured */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlackConfig'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  removeSlack: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  handleSlackCommand: {
    parameters: {
      query?: never;
      header?: {
        'X-Slack-Signature'?: components['parameters']['slackSignature'];
        'X-Slack-Request-Timestamp'?: components['parameters']['slackTimestamp'];
      };
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description The reply Slack shows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlackReply'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description The signature is missing or wrong, or the timestamp is outside five minutes */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  handleSlackAction: {
    parameters: {
      query?: never;
      header?: {
        'X-Slack-Signature'?: components['parameters']['slackSignature'];
        'X-Slack-Request-Timestamp'?: components['parameters']['slackTimestamp'];
      };
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description The reply Slack shows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlackReply'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description The signature is missing or wrong, or the timestamp is outside five minutes */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  notifySlackTrailNonCompliant: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Sent or failed after its retries */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboundOutcome'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  notifySlackApprovalRequested: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The organisation */
        slug: components['parameters']['orgSlug'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Sent or failed after its retries */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboundOutcome'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getVaultHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Vault's state (healthy false when it cannot be reached) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaultHealth'];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getVaultEvidence: {
    parameters: {
      query?: {
        evidenceType?: components['parameters']['evidenceType'];
      };
      header?: never;
      path: {
        entityType: components['parameters']['vaultEntityType'];
        entityId: components['parameters']['vaultEntityId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metadata */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaultEvidence'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  storeVaultEvidence: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        entityType: components['parameters']['vaultEntityType'];
        entityId: components['parameters']['vaultEntityId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Stored as a new version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaultEvidence'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  deleteVaultEvidence: {
    parameters: {
      query?: {
        evidenceType?: components['parameters']['evidenceType'];
      };
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        entityType: components['parameters']['vaultEntityType'];
        entityId: components['parameters']['vaultEntityId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  listVaultEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        entityType: components['parameters']['vaultEntityType'];
        entityId: components['parameters']['vaultEntityId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The types */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaultEvidenceList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  downloadVaultEvidence: {
    parameters: {
      query?: {
        evidenceType?: components['parameters']['evidenceType'];
      };
      header?: never;
      path: {
        entityType: components['parameters']['vaultEntityType'];
        entityId: components['parameters']['vaultEntityId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The data */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  getJiraConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The configuration */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  configureJira: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Configured */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  testJira: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description {success, message} */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  getConfluenceConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The configuration */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  configureConfluence: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Configured */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  testConfluence: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description {success, message, pageId, url} */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  syncJira: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description {syncedCount, message} */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  listJiraTickets: {
    parameters: {
      query?: {
        trailId?: components['schemas']['Uuid'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tickets */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createJiraTicket: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Object'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['Unprocessable'];
      502: components['responses']['BadGateway'];
      default: components['responses']['Error'];
    };
  };
  listOrganisationFlows: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: components['schemas']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugScmIntegrationsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugScmIntegrationsPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugScmIntegrationsProviderDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        provider: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugMembersGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugMembersPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugMembersUserIdGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugMembersUserIdPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugMembersUserIdDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityUsersGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityUsersPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityUsersIdGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityUsersIdPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityUsersIdDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityServiceAccountsGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityServiceAccountsPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityServiceAccountsIdGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityServiceAccountsIdPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityServiceAccountsIdDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityServiceAccountsIdKeysGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityServiceAccountsIdKeysPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityServiceAccountsIdKeysKeyIdDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        keyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityKeysPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityKeysOwnersOwnerIdGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ownerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityKeysIdRevokeDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugSsoGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugSsoPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugSsoPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugSsoDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugSsoTestPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugSsoLoginGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  replacedIdentityOrganisationsSlugSsoCallbackGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliListFlows: {
    parameters: {
      query?: {
        page?: string;
        per_page?: string;
        search_by_name?: string;
        case_sensitive?: string;
      };
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliCreateFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KosliFlowRequest'];
        'multipart/form-data': components['schemas']['KosliMultipart'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  kosliCreateFlowWithTemplate: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['KosliTemplateUpload'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  kosliArchiveFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archived flow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliBeginTrail: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KosliTrailRequest'];
        'multipart/form-data': components['schemas']['KosliMultipart'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  kosliGetTrail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
        /** @description The trail's name */
        trail: components['parameters']['trail'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trail */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliAttestArtifact: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KosliArtifactRequest'];
        'multipart/form-data': components['schemas']['KosliMultipart'];
      };
    };
    responses: {
      /** @description Reported before */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      /** @description Reported */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  kosliAttest: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
        /** @description The trail's name */
        trail: components['parameters']['trail'];
        /** @description The Kosli attestation type */
        type:
          | 'generic'
          | 'junit'
          | 'snyk'
          | 'sonar'
          | 'jira'
          | 'custom'
          | 'override'
          | 'pull_request';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KosliAttestationRequest'];
        'multipart/form-data': components['schemas']['KosliMultipart'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attestation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  recordArtifactAttestationV2: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The flow's name */
        flow: components['parameters']['flow'];
        /** @description The trail's UUID */
        trail: components['schemas']['Uuid'];
        artifactFingerprint: components['schemas']['Digest'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['RecordAttestationRequest']
          | components['schemas']['KosliAttestationRequest'];
        'multipart/form-data': components['schemas']['KosliMultipart'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attestation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  kosliAssertArtifact: {
    parameters: {
      query?: {
        flow_name?: components['schemas']['Name'];
        environment_name?: components['schemas']['Name'];
        /** @description One or more policy names (repeat the parameter) */
        policy_name?: string[];
      };
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        sha: components['schemas']['Digest'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assertion */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KosliAssertion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliListEnvironments: {
    parameters: {
      query?: {
        page?: string;
        per_page?: string;
        name?: string;
        /** @description Repeat for more than one type */
        type?: string[];
        /** @description Environments here belong to no space, so any space_id matches none */
        space_id?: string[];
        /** @description `key` or `key:value`; environments here carry no tags, so any tag matches none */
        tag?: string[];
        sort?: 'name' | 'last_modified_at' | 'last_changed_at';
        sort_direction?: 'asc' | 'desc';
      };
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A plain array, or a page when page or per_page is given */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['KosliEnvironment'][]
            | {
                page: number;
                per_page: number;
                total_pages: number;
                total_count: number;
                environments: components['schemas']['KosliEnvironment'][];
              };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliCreateEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KosliEnvironmentRequest'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  kosliArchiveEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The environment's name */
        env: components['parameters']['env'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archived environment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Environment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliReportSnapshot: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        /** @description The environment's name */
        env: components['parameters']['env'];
        /** @description K8S, ECS, lambda, S3, docker, server, azure-apps or cloud-run, in any case */
        type: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KosliSnapshotReport'];
      };
    };
    responses: {
      /** @description Unchanged since the latest snapshot */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Snapshot'];
        };
      };
      /** @description A new snapshot */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Snapshot'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      default: components['responses']['Error'];
    };
  };
  kosliDiffSnapshots: {
    parameters: {
      query: {
        snappish1: string;
        snappish2: string;
      };
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The differences */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Object'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetFlow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        flow: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliRenameFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        org: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliListTrails: {
    parameters: {
      query?: {
        page?: string;
        per_page?: string;
        flow?: string;
        fingerprint?: string;
        flow_tag?: string;
      };
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetEnvironment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        env: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KosliEnvironment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliLogEnvironment: {
    parameters: {
      query?: {
        page?: string;
        per_page?: string;
        interval?: string;
        reverse?: string;
        repo_name?: string;
        start?: string;
        end?: string;
        start_ts?: string;
        end_ts?: string;
      };
      header?: never;
      path: {
        org: string;
        env: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliRenameEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        org: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliJoinEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        org: string;
        env: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliListSnapshots: {
    parameters: {
      query?: {
        page?: string;
        per_page?: string;
        interval?: string;
        reverse?: string;
      };
      header?: never;
      path: {
        org: string;
        env: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetSnapshot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        env: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliAllowArtifact: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        org: string;
        env: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The Kosli-shaped answer */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliListArtifacts: {
    parameters: {
      query?: {
        page?: string;
        per_page?: string;
        flow_name?: string;
        repo_name?: string;
      };
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetArtifactByFingerprint: {
    parameters: {
      query?: {
        trail?: string;
      };
      header?: never;
      path: {
        org: string;
        flow: string;
        sha: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetArtifactsByCommit: {
    parameters: {
      query?: {
        trail?: string;
      };
      header?: never;
      path: {
        org: string;
        flow: string;
        sha: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliLatestCommit: {
    parameters: {
      query?: {
        branch?: string;
      };
      header?: never;
      path: {
        org: string;
        flow: string;
        sha: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliAssertApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        flow: string;
        sha: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliSearch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        sha: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetAttestationById: {
    parameters: {
      query?: {
        attestation_id?: string;
      };
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetTrailAttestation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        flow: string;
        trail: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetArtifactAttestation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        flow: string;
        sha: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliListApprovals: {
    parameters: {
      query?: {
        page?: string;
        per_page?: string;
      };
      header?: never;
      path: {
        org: string;
        flow: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliReportApproval: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        org: string;
        flow: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The Kosli-shaped answer */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliGetApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        flow: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliLastApprovedCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        flow: string;
        env: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Kosli-shaped answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: unknown;
              }
            | {
                [key: string]: unknown;
              }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasListServiceAccountsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasCreateServiceAccountPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasGetServiceAccountGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasDeleteServiceAccountDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasUpdateServiceAccountPatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasListApiKeysGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasCreateApiKeyPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasGetApiKeyGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        name: string;
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasDeleteApiKeyDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        name: string;
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasRotateApiKeyPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        name: string;
        key: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasListControlsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasCreateControlPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasGetControlGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        control: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasUpdateControlPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        control: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasArchiveControlPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        control: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasUnarchiveControlPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        control: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasAttestDecisionPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        flow: string;
        trail: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliListAttestationTypes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The types, by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KosliAttestationType'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliCreateAttestationType: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['KosliAttestationTypeUpload'];
        'application/json': components['schemas']['KosliAttestationTypeRequest'];
      };
    };
    responses: {
      /** @description A new version of an existing type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KosliAttestationType'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KosliAttestationType'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  kosliGetAttestationType: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        type: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KosliAttestationType'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliArchiveAttestationType: {
    parameters: {
      query?: never;
      header?: {
        /** @description `true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400 */
        'X-Dry-Run'?: components['parameters']['dryRun'];
      };
      path: {
        /** @description The Kosli organisation */
        org: components['parameters']['org'];
        type: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archived type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KosliAttestationType'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasListPoliciesGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasCreatePolicyPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasGetPolicyGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        policy: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasAttachPolicyPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        env: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasDetachPolicyDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        env: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasListReposGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasGetRepoGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        repo: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasTagPatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
        kind: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasEnableBetaDisableBetaPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasGetDefaultOrgGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  kosliSaasUpdateDefaultOrgPut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        org: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
}
