import { InputError } from '@backstage/errors';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';

/** The devfile schema versions Che's generator ships (and so Che accepts). */
export const SUPPORTED_SCHEMA_VERSIONS = [
  '2.0.0',
  '2.1.0',
  '2.2.0',
  '2.2.1',
  '2.2.2',
  '2.3.0',
] as const;

/** A devfile that passed its schema: only `schemaVersion` is guaranteed. */
export interface Devfile {
  schemaVersion: string;
  metadata?: {
    name?: string;
    version?: string;
    generateName?: string;
    attributes?: Record<string, unknown>;
    [key: string]: unknown;
  };
  attributes?: Record<string, unknown>;
  components?: Array<Record<string, any>>;
  starterProjects?: Array<{ name: string; [key: string]: unknown }>;
  parent?: unknown;
  [key: string]: unknown;
}

/**
 * Parses devfile YAML and validates it against the devfile 2.x JSON schema of its own
 * `schemaVersion`, with the schemas Che's devworkspace generator ships.
 */
export class DevfileValidator {
  private readonly ajv = new Ajv({
    strict: false,
    allErrors: false,
    unicodeRegExp: false,
  }); // the devfile schemas' patterns escape '-', which unicode mode rejects;
  private readonly compiled = new Map<string, ValidateFunction>();

  /** Parses and validates; every problem is an InputError that says what and where. */
  parse(content: string, source: string): Devfile {
    let devfile: unknown;
    try {
      devfile = parseYaml(content, { maxAliasCount: 100 });
    } catch (error) {
      throw new InputError(
        `devfile at ${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    if (!devfile || typeof devfile !== 'object' || Array.isArray(devfile)) {
      throw new InputError(
        `devfile at ${source} must be a YAML mapping with a schemaVersion`,
      );
    }
    const record = devfile as Record<string, unknown>;
    // Che's own resources (as its operator samples publish them) are what a devfile becomes.
    if (
      typeof record.apiVersion === 'string' &&
      record.apiVersion.startsWith('workspace.devfile.io/') &&
      typeof record.kind === 'string'
    ) {
      throw new InputError(
        `devfile at ${source} is a ${record.kind} resource (apiVersion ${record.apiVersion}), not a devfile: give the URL of a devfile (schemaVersion 2.0.0 to 2.3.0), from which the workspace's DevWorkspace is made`,
      );
    }
    const schemaVersion = record.schemaVersion ?? record.apiVersion;
    if (
      typeof schemaVersion !== 'string' &&
      typeof schemaVersion !== 'number'
    ) {
      throw new InputError(
        `devfile at ${source} has no schemaVersion: devfile 2.x (2.0.0 to 2.3.0) is required`,
      );
    }
    const version = String(schemaVersion);
    if (/^1(\.|$)/.test(version)) {
      throw new InputError(
        `devfile at ${source} is devfile ${version}: devfile 1.x is not supported, use devfile 2.x (2.0.0 to 2.3.0)`,
      );
    }
    const validate = this.validatorFor(version, source);
    if (!validate(devfile)) {
      throw new InputError(
        `devfile at ${source} is invalid against the devfile ${version} schema: ${describe(validate.errors ?? [])}`,
      );
    }
    return devfile as Devfile;
  }

  private validatorFor(version: string, source: string): ValidateFunction {
    const schemaVersion = schemaFor(version);
    if (!schemaVersion) {
      throw new InputError(
        `devfile at ${source} has schemaVersion ${version}: supported versions are ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}`,
      );
    }
    let validate = this.compiled.get(schemaVersion);
    if (!validate) {
      const schema = require(
        `@eclipse-che/che-devworkspace-generator/lib/devfile-schema/${schemaVersion}/devfile.json`,
      );
      validate = this.ajv.compile(schema);
      this.compiled.set(schemaVersion, validate);
    }
    return validate;
  }
}

/**
 * The schema for a version: the exact one, else the newest of the same major.minor with a lower
 * patch (2.2.3 is checked against 2.2.2, as patch releases only add).
 */
function schemaFor(version: string): string | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-.*)?$/.exec(version);
  if (!match) return undefined;
  const [, major, minor, patch] = match.map(Number);
  return [...SUPPORTED_SCHEMA_VERSIONS].reverse().find(v => {
    const [ma, mi, pa] = v.split('.').map(Number);
    return ma === major && mi === minor && pa <= patch;
  });
}

function describe(errors: ErrorObject[]): string {
  const [first] = errors;
  if (!first) return 'unknown schema error';
  const at = first.instancePath || '/';
  const extra =
    first.keyword === 'additionalProperties'
      ? ` (${(first.params as any).additionalProperty})`
      : '';
  return `${at} ${first.message}${extra} (schema ${first.schemaPath})`;
}
