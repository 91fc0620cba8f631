import { InputError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';

export const SLSA_PROVENANCE_TYPES = {
  'https://slsa.dev/provenance/v0.2': 'v0.2',
  'https://slsa.dev/provenance/v1': 'v1',
} as const;

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

const statementSchema = z.object({
  _type: z.enum(
    ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'],
    { message: 'must be an in-toto Statement v0.1 or v1' },
  ),
  subject: z
    .array(
      z.object({
        name: z.string().max(2048).optional(),
        digest: z.record(z.string(), z.string().max(256)),
      }),
    )
    .min(1)
    .max(1000),
  predicateType: z.string().refine(t => t in SLSA_PROVENANCE_TYPES, {
    message: `must be SLSA provenance (${Object.keys(SLSA_PROVENANCE_TYPES).join(' or ')})`,
  }),
  predicate: z.record(z.string(), z.unknown()),
});
export type Statement = z.output<typeof statementSchema>;

const envelopeSchema = z.object({
  payloadType: z.literal(IN_TOTO_PAYLOAD_TYPE, {
    message: `must be ${IN_TOTO_PAYLOAD_TYPE}`,
  }),
  payload: z.base64({ message: 'must be base64' }),
  signatures: z
    .array(z.object({ keyid: z.string().optional(), sig: z.string() }).loose())
    .max(100)
    .default([]),
});
export type Envelope = z.output<typeof envelopeSchema>;

const bundleSchema = z
  .object({
    mediaType: z.string(),
    verificationMaterial: z.record(z.string(), z.unknown()),
    dsseEnvelope: envelopeSchema.loose().optional(),
  })
  .loose();

/** OpenFactstore's RecordProvenanceRequest: fields only, nothing signed. */
const fieldsSchema = z.object({
  builderId: z.string().trim().min(1).max(1024),
  builderType: z
    .enum(['GITHUB_ACTIONS', 'JENKINS', 'CIRCLE_CI', 'GENERIC'], {
      message: 'must be GITHUB_ACTIONS, JENKINS, CIRCLE_CI or GENERIC',
    })
    .default('GENERIC'),
  buildConfigUri: z.string().max(2048).optional(),
  sourceRepositoryUri: z.string().max(2048).optional(),
  sourceCommitSha: z.string().max(255).optional(),
  buildStartedOn: z.iso.datetime({ offset: true }).optional(),
  buildFinishedOn: z.iso.datetime({ offset: true }).optional(),
  provenanceSignature: z.string().max(65536).optional(),
  slsaLevel: z.enum(['L0', 'L1', 'L2', 'L3']).optional(),
});

export type ProvenanceFormat =
  'in-toto-statement' | 'dsse-envelope' | 'sigstore-bundle' | 'fields';

/** What a provenance document says about a build, whatever form it came in. */
export interface BuildFacts {
  builderId: string;
  builderType: string;
  buildType?: string;
  buildConfigUri?: string;
  sourceRepositoryUri?: string;
  sourceCommitSha?: string;
  buildStartedOn?: string;
  buildFinishedOn?: string;
}

export interface ProvenanceDocument {
  format: ProvenanceFormat;
  /** The in-toto statement (absent for plain fields). */
  statement?: Statement;
  /** The Sigstore bundle as sent, for signature verification. */
  bundle?: Record<string, unknown>;
  /** What is stored: the statement, envelope or bundle as sent. */
  document?: unknown;
  facts: BuildFacts;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function decodePayload(envelope: Envelope, field: string): Statement {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
  } catch {
    throw new InputError(
      `Invalid request body: ${field}: must be a base64 in-toto statement (JSON)`,
    );
  }
  try {
    return parseInput(statementSchema, decoded, 'body');
  } catch (error) {
    // Name the field inside the decoded payload, where the client must look.
    throw new InputError(
      (error as Error).message.replace(/\bbody\./g, `${field}.`),
    );
  }
}

const str = (v: unknown) =>
  typeof v === 'string' && v.length > 0 ? v : undefined;
const at = (v: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((o, key) => (isObject(o) ? o[key] : undefined), v);
const time = (v: unknown) => {
  const s = str(v);
  return s && !Number.isNaN(Date.parse(s))
    ? new Date(s).toISOString()
    : undefined;
};

/** `git+https://github.com/o/r@refs/heads/main` → `https://github.com/o/r` (the ref after the path's `@`). */
function repositoryOf(uri?: string) {
  if (!uri) return undefined;
  const url = uri.replace(/^git\+/, '');
  const pathStart = url.indexOf('/', url.indexOf('://') + 3);
  const refAt = url.lastIndexOf('@');
  return pathStart > 0 && refAt > pathStart ? url.slice(0, refAt) : url;
}

function builderTypeOf(builderId: string, buildType = ''): string {
  const text = `${builderId} ${buildType}`.toLowerCase();
  if (text.includes('github')) return 'GITHUB_ACTIONS';
  if (text.includes('jenkins')) return 'JENKINS';
  if (text.includes('circleci')) return 'CIRCLE_CI';
  return 'GENERIC';
}

/** The build facts of SLSA provenance v0.2 or v1. */
export function buildFactsOf(statement: Statement): BuildFacts {
  const p = statement.predicate;
  if (
    SLSA_PROVENANCE_TYPES[
      statement.predicateType as keyof typeof SLSA_PROVENANCE_TYPES
    ] === 'v0.2'
  ) {
    const builderId = str(at(p, 'builder', 'id'));
    if (!builderId)
      throw new InputError(
        'Invalid request body: predicate.builder.id: SLSA provenance v0.2 must name its builder',
      );
    const source = at(p, 'invocation', 'configSource');
    return {
      builderId,
      builderType: builderTypeOf(builderId, str(p.buildType)),
      buildType: str(p.buildType),
      buildConfigUri: str(at(source, 'entryPoint')),
      sourceRepositoryUri: repositoryOf(str(at(source, 'uri'))),
      sourceCommitSha:
        str(at(source, 'digest', 'sha1')) ??
        str(at(source, 'digest', 'gitCommit')),
      buildStartedOn: time(at(p, 'metadata', 'buildStartedOn')),
      buildFinishedOn: time(at(p, 'metadata', 'buildFinishedOn')),
    };
  }
  const builderId = str(at(p, 'runDetails', 'builder', 'id'));
  if (!builderId)
    throw new InputError(
      'Invalid request body: predicate.runDetails.builder.id: SLSA provenance v1 must name its builder',
    );
  const buildType = str(at(p, 'buildDefinition', 'buildType'));
  const deps = at(p, 'buildDefinition', 'resolvedDependencies');
  const first = Array.isArray(deps) ? deps[0] : undefined;
  const workflow = at(p, 'buildDefinition', 'externalParameters', 'workflow');
  return {
    builderId,
    builderType: builderTypeOf(builderId, buildType),
    buildType,
    buildConfigUri: str(at(workflow, 'path')),
    sourceRepositoryUri:
      str(at(workflow, 'repository')) ?? repositoryOf(str(at(first, 'uri'))),
    sourceCommitSha:
      str(at(first, 'digest', 'gitCommit')) ?? str(at(first, 'digest', 'sha1')),
    buildStartedOn: time(at(p, 'runDetails', 'metadata', 'startedOn')),
    buildFinishedOn: time(at(p, 'runDetails', 'metadata', 'finishedOn')),
  };
}

function fromStatement(
  format: ProvenanceFormat,
  statement: Statement,
  document: unknown,
  bundle?: Record<string, unknown>,
): ProvenanceDocument {
  return {
    format,
    statement,
    document,
    bundle,
    facts: buildFactsOf(statement),
  };
}

/**
 * Reads a provenance body: an in-toto statement, a DSSE envelope, a Sigstore bundle (or npm's
 * `{attestations: [{predicateType, bundle}]}` answer, whose SLSA entry is taken), or
 * OpenFactstore's plain fields. Anything else is a 400 naming what was expected.
 */
export function readProvenance(body: unknown): ProvenanceDocument {
  if (!isObject(body))
    throw new InputError('Invalid request body: body: must be a JSON object');
  if (Array.isArray(body.attestations)) {
    const slsa = body.attestations.find(
      a => isObject(a) && String(a.predicateType) in SLSA_PROVENANCE_TYPES,
    ) as Record<string, unknown> | undefined;
    if (!slsa)
      throw new InputError(
        'Invalid request body: attestations: none has a SLSA provenance predicateType',
      );
    return readProvenance(slsa.bundle);
  }
  if (typeof body.mediaType === 'string') {
    if (!body.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
      throw new InputError(
        `Invalid request body: mediaType: must be a Sigstore bundle media type, got "${body.mediaType.slice(0, 100)}"`,
      );
    const bundle = parseInput(bundleSchema, body, 'body');
    if (!bundle.dsseEnvelope)
      throw new InputError(
        'Invalid request body: dsseEnvelope: the bundle must sign an in-toto statement (a message signature carries no provenance)',
      );
    const statement = decodePayload(
      bundle.dsseEnvelope,
      'dsseEnvelope.payload',
    );
    return fromStatement('sigstore-bundle', statement, body, body);
  }
  if ('payloadType' in body || 'payload' in body) {
    const envelope = parseInput(envelopeSchema, body, 'body');
    return fromStatement(
      'dsse-envelope',
      decodePayload(envelope, 'payload'),
      body,
    );
  }
  if ('_type' in body)
    return fromStatement(
      'in-toto-statement',
      parseInput(statementSchema, body, 'body'),
      body,
    );
  if ('builderId' in body) {
    const fields = parseInput(fieldsSchema, body, 'body');
    return {
      format: 'fields',
      document: undefined,
      facts: {
        builderId: fields.builderId,
        builderType: fields.builderType,
        buildConfigUri: fields.buildConfigUri,
        sourceRepositoryUri: fields.sourceRepositoryUri,
        sourceCommitSha: fields.sourceCommitSha,
        buildStartedOn: fields.buildStartedOn,
        buildFinishedOn: fields.buildFinishedOn,
      },
    };
  }
  throw new InputError(
    'Invalid request body: body: must be an in-toto statement (_type), a DSSE envelope (payloadType, payload), a Sigstore bundle (mediaType) or OpenFactstore provenance fields (builderId)',
  );
}
