import { InputError, NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import type {
  Attestation,
  AttestationLeaf,
  AttestationStatus,
} from '../database/AttestationStore';
import type { FactStore } from '../database/FactStore';
import { newId } from '../database/rows';
import { severityOfWord, type Finding } from '../evidence/findings';
import { readEvidence, type EvidenceReading } from '../evidence/readEvidence';
import { scanReport, type ScanReport } from '../evidence/scanReport';
import {
  customTypeVerdict,
  jiraVerdict,
  junitVerdict,
  pullRequestVerdict,
  scanVerdict,
  snykVerdict,
  type Verdict,
} from '../evidence/verdicts';
import {
  evaluateCustomAttestation,
  type CustomEvaluation,
} from './customAttestationType';
import { attestationTypeKey } from './attestationType';
import { digestSchema } from './digest';
import { recordScan } from './recordScan';
import { thresholdsOf } from './securityThresholds';

const attestationTypeSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'must be 1-64 letters, digits, ".", "_" or "-"',
  );

const junitResult = z.object({
  name: z.string().default(''),
  failures: z.number().int().min(0),
  errors: z.number().int().min(0),
  skipped: z.number().int().min(0).default(0),
  total: z.number().int().min(0),
  duration: z.number().optional(),
  timestamp: z.number().optional(),
});

const snykVulnerability = z.looseObject({ id: z.string().default('') });
/** What `kosli attest snyk` sends as `snyk_results` (the CLI's summary of the SARIF file). */
const snykResults = z.looseObject({
  tool: z
    .looseObject({
      name: z.string().optional(),
      version: z.string().optional(),
    })
    .optional(),
  results: z
    .array(
      z.looseObject({
        high_count: z.number().int().min(0).default(0),
        medium_count: z.number().int().min(0).default(0),
        low_count: z.number().int().min(0).default(0),
        high: z.array(snykVulnerability).nullish(),
        medium: z.array(snykVulnerability).nullish(),
        low: z.array(snykVulnerability).nullish(),
      }),
    )
    .default([]),
});

/** The JSON payload of a Kosli attestation, with what the CLI sends per type (cmd/kosli/attest*.go). */
export const kosliAttestationPayload = z.looseObject({
  attestation_name: z.string().min(1).max(255),
  /** OpenFactstore's v2 route carries the type in the payload. */
  type: attestationTypeSchema.optional(),
  // The CLI sends "" without --fingerprint; anything else must be a digest, named as one.
  artifact_fingerprint: z.preprocess(
    value => (value === '' ? undefined : value),
    digestSchema.optional(),
  ),
  description: z.string().max(4000).optional(),
  is_compliant: z.boolean().optional(),
  // Go marshals an empty slice it never filled as null.
  junit_results: z.array(junitResult).nullish(),
  /** `--name cli.foo` sends attestation_name "foo" and target_artifacts ["cli"] (a template artifact). */
  target_artifacts: z.array(z.string().min(1).max(255)).max(1).nullish(),
  snyk_results: snykResults.nullish(),
  jira_results: z
    .array(
      z.looseObject({
        issue_id: z.string(),
        issue_exists: z.boolean(),
      }),
    )
    .nullish(),
  git_provider: z.string().max(64).optional(),
  pull_requests: z
    .array(z.looseObject({ url: z.string().optional() }))
    .nullish(),
  original_attestation_type: z.string().max(64).optional(),
  /** The CLI sends a JSON boolean; older clients a word ("COMPLIANT"). */
  new_compliance_status: z
    .union([z.boolean(), z.string().max(32)], {
      error:
        'must be true, false or a word of up to 32 characters such as COMPLIANT',
    })
    .optional(),
  reason: z.string().max(4000).optional(),
  /** `kosli attest custom --type T --attestation-data FILE`. */
  type_name: z.string().max(255).optional(),
  attestation_data: z.unknown().optional(),
});

export type KosliAttestationPayload = z.output<typeof kosliAttestationPayload>;

/**
 * The status a Kosli client claims: `override` its new_compliance_status (or is_compliant; one of
 * them is required), every other type is_compliant (true when absent). Evidence then decides
 * (kosliVerdict).
 */
export function claimedKosliStatus(
  type: string,
  payload: KosliAttestationPayload,
): AttestationStatus {
  const overridden = payload.new_compliance_status;
  if (type === 'override' && typeof overridden === 'boolean')
    return overridden ? 'PASSED' : 'FAILED';
  if (type === 'override' && typeof overridden === 'string' && overridden) {
    return /^(compliant|passed|true)$/i.test(overridden) ? 'PASSED' : 'FAILED';
  }
  // An override is a waiver: one that does not say what it sets must not pass by default.
  if (type === 'override' && payload.is_compliant === undefined)
    throw new InputError(
      'Invalid request body: body.new_compliance_status: an override must say the status it sets (true or false)',
    );
  return payload.is_compliant === false ? 'FAILED' : 'PASSED';
}

/** The findings `snyk_results` lists (ids by the CLI's level: error high, warning medium, note low). */
function snykSummaryReport(results: z.output<typeof snykResults>): ScanReport {
  const findings: Finding[] = results.results.flatMap(r =>
    (['high', 'medium', 'low'] as const).flatMap(level => {
      const listed = r[level] ?? [];
      const count = Math.max(r[`${level}_count`], listed.length);
      return Array.from({ length: count }, (_, i) => ({
        id: listed[i]?.id || `snyk-${level}-${i + 1}`,
        severity: severityOfWord(level)!,
        severitySource: 'kosli-snyk-results',
      }));
    }),
  );
  return scanReport({
    format: 'snyk-summary',
    scanner: {
      name: results.tool?.name || 'Snyk',
      version: results.tool?.version || undefined,
      uri: 'pkg:github/snyk/cli',
    },
    findings,
  });
}

const sumJUnit = (results: Array<z.output<typeof junitResult>>) =>
  results.reduce(
    (sum, r) => ({
      total: sum.total + r.total,
      failures: sum.failures + r.failures,
      errors: sum.errors + r.errors,
      skipped: sum.skipped + r.skipped,
    }),
    { total: 0, failures: 0, errors: 0, skipped: 0 },
  );

/** What decides a Kosli attestation: its verdict and, for a scan, the report to record. */
interface KosliDecision {
  verdict?: Verdict;
  scan?: ScanReport;
  custom?: CustomEvaluation & { typeName: string; version: number };
}

/**
 * `attest custom`: the data is checked against the latest version of its type in the org; an
 * unknown or archived type is refused, naming it.
 */
async function decideCustom(
  tx: FactStore,
  org: string,
  payload: KosliAttestationPayload,
): Promise<KosliDecision> {
  const typeName = payload.type_name;
  if (!typeName)
    throw new InputError(
      'Invalid request body: body.type_name: a custom attestation names its type (--type)',
    );
  const type = await tx.attestationTypes.getByName(org, typeName);
  if (!type)
    throw new InputError(
      `Invalid request body: body.type_name: no attestation type "${typeName}" in org "${org}"`,
    );
  if (type.archived)
    throw new InputError(
      `Invalid request body: body.type_name: attestation type "${typeName}" in org "${org}" is archived; create it again (kosli create attestation-type) to use it`,
    );
  const version = type.versions[type.versions.length - 1];
  const evaluation = await evaluateCustomAttestation(
    typeName,
    version,
    payload.attestation_data ?? null,
  );
  return {
    verdict: customTypeVerdict(
      claimedKosliStatus('custom', payload),
      evaluation,
    ),
    custom: { ...evaluation, typeName, version: version.version },
  };
}

/**
 * Decides a Kosli attestation as Kosli does, from its evidence: `junit` fails on any failure or
 * error (in the attached report, else in junit_results), `snyk` on any vulnerability (in the
 * attached SARIF or JSON report, else in snyk_results), `jira` without an issue or with one that
 * does not exist, `pull_request` without a pull request; any other type with a JUnit or scanner
 * report attached is decided by it (scans against the flow's thresholds).
 */
async function decideKosli(
  tx: FactStore,
  type: string,
  payload: KosliAttestationPayload,
  reading: EvidenceReading,
  flowId: () => Promise<string>,
): Promise<KosliDecision> {
  const claimed = claimedKosliStatus(type, payload);
  if (type === 'jira')
    return { verdict: jiraVerdict(claimed, payload.jira_results ?? []) };
  if (type === 'pull_request')
    return {
      verdict: pullRequestVerdict(
        claimed,
        payload.git_provider,
        payload.pull_requests ?? [],
      ),
    };
  if (reading.kind === 'junit')
    return { verdict: junitVerdict(claimed, reading.junit) };
  if (type === 'junit')
    return {
      verdict: junitVerdict(claimed, sumJUnit(payload.junit_results ?? [])),
    };
  if (type === 'snyk') {
    let scan: ScanReport | undefined;
    if (reading.kind === 'scan') scan = reading.scan;
    else if (payload.snyk_results)
      scan = snykSummaryReport(payload.snyk_results);
    return scan ? { verdict: snykVerdict(claimed, scan.counts), scan } : {};
  }
  if (reading.kind === 'scan')
    return {
      verdict: scanVerdict(
        claimed,
        reading.scan.scanner.name,
        reading.scan.counts,
        await thresholdsOf(tx, await flowId()),
      ),
      scan: reading.scan,
    };
  return {};
}

export interface KosliAttestationRequest {
  org: string;
  flow: string;
  /** The trail by name (Kosli) or by id (OpenFactstore's v2 route). */
  trail: { name: string } | { id: string };
  /** The type from the path (Kosli), else the payload's, else generic. */
  type?: string;
  /** The artifact from the path (OpenFactstore's v2 route), else the payload's. */
  fingerprint?: string;
  payload: KosliAttestationPayload;
  file?: {
    fileName: string;
    mimeType: string;
    content: Buffer;
    sha256: string;
  };
  actor: string;
}

async function flowByName(tx: FactStore, org: string, name: string) {
  const flow = await tx.flows.getByName(org, name);
  if (!flow)
    throw new NotFoundError(`Flow "${name}" does not exist in org "${org}"`);
  return flow;
}

/**
 * Records a Kosli attestation with the status its evidence decides (the claimed one kept), its
 * attachment as evidence and a scan when it carries one. Without a file or a scan, the trail
 * lookup, the attestation and its audit event are one statement on PostgreSQL (the CLI's hot
 * path): `audited` says whether it wrote its own audit event.
 */
export async function recordKosliAttestation(
  tx: FactStore,
  request: KosliAttestationRequest,
  audit: {
    eventType: string;
    selfAudited: boolean;
    /** The ledger leaf, written in the same statement when the write is self-audited. */
    leafOf?: AttestationLeaf;
  },
): Promise<Attestation> {
  const { payload, file } = request;
  const type = request.type ?? payload.type ?? 'generic';
  // Built-in types in any case are decided alike (OpenFactstore's v2 route may send `JUNIT`): a
  // type that meets a `junit` requirement is decided from its JUnit results.
  const kind = attestationTypeKey(type);
  const reading: EvidenceReading = file
    ? await readEvidence(file.content, { type })
    : { kind: 'other' };
  // Looked up only when needed: the single-statement path resolves flow and trail itself.
  const flow = () => flowByName(tx, request.org, request.flow);
  const decision =
    kind === 'custom'
      ? await decideCustom(tx, request.org, payload)
      : await decideKosli(
          tx,
          kind,
          payload,
          reading,
          async () => (await flow()).id,
        );
  const status = decision.verdict?.status ?? claimedKosliStatus(kind, payload);
  // A custom attestation is of type custom:<type name>, as a template requires it.
  let storedType = decision.custom
    ? `custom:${decision.custom.typeName}`
    : type;
  if (kind === 'override' && payload.original_attestation_type)
    storedType = payload.original_attestation_type;
  const input = {
    type: storedType,
    name: payload.attestation_name,
    status,
    claimedStatus: decision.verdict?.claimedStatus,
    statusReason: decision.verdict?.reason,
    artifactSha256:
      request.fingerprint ?? (payload.artifact_fingerprint || undefined),
    description: payload.description ?? '',
    details: {
      kosliType: type,
      payload,
      ...(reading.kind === 'junit' ? { junit: reading.junit } : {}),
      ...(decision.custom
        ? {
            custom: {
              type_name: decision.custom.typeName,
              type_version: decision.custom.version,
              schema_errors: decision.custom.schemaErrors,
              rule_results: decision.custom.ruleResults,
              summary: decision.custom.summary,
            },
          }
        : {}),
    },
    evidence: file && {
      sha256: file.sha256,
      fileName: file.fileName,
      sizeBytes: file.content.length,
    },
  };
  if (audit.selfAudited && 'name' in request.trail) {
    const attestation = await tx.attestations.recordWithAuditEvent(
      { org: request.org, flow: request.flow, name: request.trail.name },
      input,
      request.actor,
      {
        id: newId(),
        eventType: audit.eventType,
        actor: request.actor,
        details: { type: storedType, status },
      },
      audit.leafOf,
    );
    if (!attestation) {
      await flow();
      throw new NotFoundError(
        `Trail "${request.trail.name}" does not exist in flow "${request.flow}"`,
      );
    }
    return attestation;
  }
  const { id: flowId } = await flow();
  const trail =
    'id' in request.trail
      ? await tx.trails.get(request.trail.id)
      : await tx.trails.getByName(flowId, request.trail.name);
  if (!trail || trail.flowId !== flowId)
    throw new NotFoundError(
      `Trail "${'id' in request.trail ? request.trail.id : request.trail.name}" does not exist in flow "${request.flow}"`,
    );
  if (file) await tx.evidence.put(file.sha256, file.content, file.mimeType);
  const attestation = await tx.attestations.record(
    { ...input, ...(await targetOf(tx, trail.id, input)), trailId: trail.id },
    request.actor,
  );
  if (decision.scan)
    await recordScan(tx, decision.scan, {
      trailId: trail.id,
      artifactSha256: input.artifactSha256,
      attestationId: attestation.id,
      name: attestation.name,
      evidenceSha256: reading.kind === 'scan' ? file?.sha256 : undefined,
      actor: request.actor,
    });
  return attestation;
}

/**
 * `--name cli.foo` without a fingerprint: the attestation is about the trail's artifact reported
 * as "cli" (the latest one), else it waits for it as the trail-wide `cli.foo`, which the template's
 * requirement of artifact "cli" also accepts.
 */
async function targetOf(
  tx: FactStore,
  trailId: string,
  input: {
    name: string;
    artifactSha256?: string;
    details: { payload: KosliAttestationPayload };
  },
): Promise<{ name?: string; artifactSha256?: string }> {
  const target = input.details.payload.target_artifacts?.[0];
  if (!target || input.artifactSha256) return {};
  const reported = (await tx.artifacts.listByTrail(trailId))
    .filter(a => a.templateReferenceName === target)
    .pop();
  return reported
    ? { artifactSha256: reported.sha256 }
    : { name: `${target}.${input.name}` };
}

/** Whether a Kosli attestation can be one statement: no file to store and no scan to record. */
export const isSingleStatement = (
  request: Pick<KosliAttestationRequest, 'file' | 'trail' | 'type' | 'payload'>,
) =>
  !request.file &&
  'name' in request.trail &&
  !request.payload.target_artifacts?.length &&
  !(
    attestationTypeKey(request.type ?? request.payload.type ?? '') === 'snyk' &&
    request.payload.snyk_results
  );
