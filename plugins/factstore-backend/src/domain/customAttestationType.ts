import { InputError } from '@backstage/errors';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { raw as jqRaw } from 'jq-wasm';
import { z } from 'zod';
import type {
  AttestationTypeDefinition,
  AttestationTypeVersion,
} from '../database/AttestationTypeStore';

/*
 * Kosli custom attestation types: the attestation data must match the type's JSON Schema, and
 * every jq rule of its evaluator must give true. JSON Schema is checked with Ajv (draft-07, the
 * formats of ajv-formats), jq run by jq itself compiled to WebAssembly (jq-wasm), in-process.
 */

function newAjv() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv;
}
/** Checks schemas against the meta-schema; compiles nothing, so it holds no user schema. */
let metaAjv: Ajv | undefined;
const metaValidator = () => (metaAjv ??= newAjv());

/** jq compiled to WebAssembly, loaded by the first jq rule rather than at start. */
function jq(...args: Parameters<typeof jqRaw>): ReturnType<typeof jqRaw> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { raw }: typeof import('jq-wasm') = require('jq-wasm');
  return raw(...args);
}

/*
 * Compiled validators by schema text, a bounded number of them. Each has its own Ajv instance: Ajv
 * keeps every schema it compiled, and refuses a second schema with the same $id.
 */
const compiled = new Map<string, ValidateFunction>();
function validatorOf(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = newAjv().compile(schema);
    if (compiled.size >= 200) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, validate);
  }
  return validate;
}

export const attestationTypeNameSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_][A-Za-z0-9_-]{0,56}$/,
    'must be 1-57 letters, digits, "_" or "-" (a template names it custom:<name>)',
  );

/** `data_json` of `kosli create attestation-type` (createAttestationType.go CreateAttestationTypePayload). */
export const attestationTypePayload = z.object({
  name: attestationTypeNameSchema,
  description: z.string().max(4000).default(''),
  evaluator: z
    .object({
      content_type: z.literal('jq', { message: 'must be "jq"' }),
      rules: z.array(z.string().min(1).max(4000)).max(100).nullish(),
    })
    .nullish(),
  summary: z
    .array(
      z.object({
        name: z.string().min(1).max(255),
        expression: z.string().min(1).max(4000),
      }),
    )
    .max(100)
    .nullish(),
});

const ajvMessage = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .map(e => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');

/** Runs one jq program on a JSON document: its outputs, or the error jq reports. */
async function runJq(
  rule: string,
  json: string,
): Promise<{ outputs: string[] } | { error: string }> {
  try {
    const out = await jq(json, rule, ['-c']);
    return { outputs: out.split('\n').filter(line => line.trim() !== '') };
  } catch (error) {
    return {
      error: (error as Error).message
        .replace(/^Failed to execute raw query: /, '')
        .trim(),
    };
  }
}

/**
 * Checks a type definition before it is stored: the schema file is JSON and a JSON Schema, each jq
 * rule compiles. A 400 names the field and the problem.
 */
export async function attestationTypeDefinition(
  payload: z.output<typeof attestationTypePayload>,
  schemaFile?: Buffer,
): Promise<AttestationTypeDefinition> {
  let typeSchema: Record<string, unknown> | undefined;
  if (schemaFile) {
    try {
      typeSchema = JSON.parse(schemaFile.toString('utf8'));
    } catch (error) {
      throw new InputError(
        `Invalid multipart body: type_schema is not JSON: ${(error as Error).message}`,
      );
    }
    if (
      !typeSchema ||
      typeof typeSchema !== 'object' ||
      Array.isArray(typeSchema)
    )
      throw new InputError(
        'Invalid multipart body: type_schema must be a JSON Schema object',
      );
    if (!metaValidator().validateSchema(typeSchema))
      throw new InputError(
        `Invalid multipart body: type_schema is not a JSON Schema: ${ajvMessage(metaValidator().errors)}`,
      );
    try {
      validatorOf(typeSchema);
    } catch (error) {
      throw new InputError(
        `Invalid multipart body: type_schema does not compile: ${(error as Error).message}`,
      );
    }
  }
  const rules = payload.evaluator?.rules ?? [];
  for (const [i, rule] of rules.entries()) {
    const ran = await runJq(rule, 'null');
    if ('error' in ran && /compile error/.test(ran.error))
      throw new InputError(
        `Invalid request body: body.evaluator.rules[${i}]: the jq rule does not compile: ${ran.error.split('\n')[0]}`,
      );
  }
  for (const [i, entry] of (payload.summary ?? []).entries()) {
    const ran = await runJq(entry.expression, 'null');
    if ('error' in ran && /compile error/.test(ran.error))
      throw new InputError(
        `Invalid request body: body.summary[${i}].expression: the jq expression does not compile: ${ran.error.split('\n')[0]}`,
      );
  }
  return {
    description: payload.description,
    typeSchema,
    evaluator: rules.length ? { content_type: 'jq', rules } : undefined,
    summary: payload.summary?.length ? payload.summary : undefined,
  };
}

/** How a custom attestation's data fared against its type. */
export interface CustomEvaluation {
  compliant: boolean;
  /** One line per place the data does not match the schema. */
  schemaErrors: string[];
  ruleResults: Array<{ rule: string; passed: boolean; reason?: string }>;
  /** The summary expressions' values (Kosli shows them with the attestation). */
  summary: Record<string, unknown>;
  reason: string;
}

/**
 * Decides a custom attestation from its data: compliant when the data matches the type's schema
 * and every jq rule gives true (all of its outputs, and at least one). A rule that errors, gives
 * nothing or anything but true fails, with jq's words as the reason.
 */
export async function evaluateCustomAttestation(
  typeName: string,
  version: AttestationTypeVersion,
  data: unknown,
): Promise<CustomEvaluation> {
  const schemaErrors: string[] = [];
  if (version.typeSchema) {
    const validate = validatorOf(version.typeSchema);
    if (!validate(data))
      schemaErrors.push(
        ...(validate.errors ?? []).map(
          e =>
            `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`,
        ),
      );
  }
  const json = JSON.stringify(data ?? null);
  const ruleResults: CustomEvaluation['ruleResults'] = [];
  for (const rule of version.evaluator?.rules ?? []) {
    const ran = await runJq(rule, json);
    if ('error' in ran)
      ruleResults.push({
        rule,
        passed: false,
        reason: ran.error.split('\n')[0],
      });
    else if (ran.outputs.length === 0)
      ruleResults.push({ rule, passed: false, reason: 'gave no output' });
    else if (ran.outputs.every(o => o === 'true'))
      ruleResults.push({ rule, passed: true });
    else
      ruleResults.push({
        rule,
        passed: false,
        reason: `gave ${ran.outputs.join(', ')}`,
      });
  }
  const summary: Record<string, unknown> = {};
  for (const entry of version.summary ?? []) {
    const ran = await runJq(entry.expression, json);
    summary[entry.name] =
      'error' in ran || ran.outputs.length === 0
        ? null
        : JSON.parse(ran.outputs[0]);
  }
  const failedRules = ruleResults.filter(r => !r.passed);
  const compliant = schemaErrors.length === 0 && failedRules.length === 0;
  const problems = [
    ...schemaErrors.map(e => `schema: ${e}`),
    ...failedRules.map(r => `rule ${JSON.stringify(r.rule)} ${r.reason}`),
  ];
  const ofType = `custom:${typeName}@v${version.version}`;
  return {
    compliant,
    schemaErrors,
    ruleResults,
    summary,
    reason: compliant
      ? `${ofType}: the data matches the schema${ruleResults.length ? ` and all ${ruleResults.length} jq rules hold` : ''}`
      : `${ofType}: ${problems.join('; ')}`,
  };
}
