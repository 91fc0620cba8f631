import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { BundleError, type OpaBundleContents } from './opaBundle';

/** What a Rego query answered: undefined when no rule produced a value. */
export type RegoAnswer =
  { defined: false } | { defined: true; result: unknown };

/**
 * Turns a query's answer into allow and violations. The contract (Kosli's `evaluate`, and what
 * OPA users write): an object `{allow, violations}` (or `deny`), a boolean, or a set of violation
 * messages. Anything else, and an undefined answer, is a deny: the engine fails closed.
 */
export function interpretRegoAnswer(
  entrypoint: string,
  answer: RegoAnswer,
): { allow: boolean; violations: string[] } {
  if (!answer.defined)
    return {
      allow: false,
      violations: [
        `${entrypoint} is undefined for this input (no rule gave it a value)`,
      ],
    };
  const { result } = answer;
  // A violation is a message, or an object whose msg is one (a common Rego idiom).
  const message = (v: unknown): string => {
    if (typeof v === 'string') return v;
    const msg = (v as { msg?: unknown })?.msg;
    return typeof msg === 'string' ? msg : JSON.stringify(v);
  };
  const messages = (value: unknown): string[] =>
    (Array.isArray(value) ? value : [value]).map(message);
  if (typeof result === 'boolean')
    return {
      allow: result,
      violations: result ? [] : [`${entrypoint} is false`],
    };
  if (Array.isArray(result))
    return { allow: result.length === 0, violations: messages(result) };
  if (result && typeof result === 'object') {
    const obj = result as Record<string, unknown>;
    const listed = ['violations', 'deny', 'violation']
      .filter(key => obj[key] !== undefined)
      .flatMap(key => messages(obj[key]));
    if (
      obj.allow === undefined &&
      listed.length === 0 &&
      !('violations' in obj) &&
      !('deny' in obj)
    )
      return {
        allow: false,
        violations: [
          `${entrypoint} has neither "allow" nor "violations": ${JSON.stringify(result).slice(0, 200)}`,
        ],
      };
    const allowed = obj.allow === undefined ? true : obj.allow === true;
    if (!allowed && listed.length === 0)
      listed.push(`${entrypoint}.allow is ${JSON.stringify(obj.allow)}`);
    return { allow: allowed && listed.length === 0, violations: listed };
  }
  return {
    allow: false,
    violations: [
      `${entrypoint} gave ${JSON.stringify(result)}, not a decision (an object with allow/violations, a boolean or a set of messages)`,
    ],
  };
}

/**
 * Bundles compiled to WebAssembly (`opa build -t wasm -e <entrypoint>`), evaluated in-process by
 * @open-policy-agent/opa-wasm. A loaded policy is kept per bundle: bundles never change.
 */
export class WasmPolicies {
  private readonly loaded = new Map<string, Promise<LoadedPolicy>>();

  /** Loads a bundle's policy.wasm; a module that is not an OPA policy is a BundleError. */
  static async load(contents: OpaBundleContents): Promise<LoadedPolicy> {
    let policy: LoadedPolicy;
    try {
      // Loaded by the first bundle, not at start.
      const opa: typeof import('@open-policy-agent/opa-wasm') =
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('@open-policy-agent/opa-wasm');
      policy = await opa.loadPolicy(contents.wasm!);
    } catch (error) {
      throw new BundleError(
        `policy.wasm is not an OPA-compiled policy: ${(error as Error).message}`,
      );
    }
    try {
      policy.setData(contents.data);
    } catch (error) {
      throw new BundleError(
        `the bundle's data could not be loaded into policy.wasm: ${(error as Error).message}`,
      );
    }
    return policy;
  }

  /** The entrypoints a compiled policy answers, by name. */
  static entrypoints(policy: LoadedPolicy): string[] {
    return Object.keys(policy.entrypoints ?? {});
  }

  async evaluate(
    bundleId: string,
    contents: () => Promise<OpaBundleContents>,
    entrypoint: string,
    input: unknown,
  ): Promise<RegoAnswer> {
    let policy = this.loaded.get(bundleId);
    if (!policy) {
      policy = contents().then(WasmPolicies.load);
      this.loaded.set(bundleId, policy);
      policy.catch(() => this.loaded.delete(bundleId));
    }
    const loaded = await policy;
    if (!(entrypoint in (loaded.entrypoints ?? {})))
      throw new Error(
        `policy.wasm has no entrypoint "${entrypoint}" (it has ${WasmPolicies.entrypoints(loaded).join(', ') || 'none'}); build it with opa build -t wasm -e ${entrypoint}`,
      );
    const resultSet = loaded.evaluate(input, entrypoint) as Array<{
      result: unknown;
    }>;
    if (!Array.isArray(resultSet) || resultSet.length === 0)
      return { defined: false };
    return { defined: true, result: resultSet[0].result };
  }
}

export class OpaServerError extends Error {
  constructor(
    message: string,
    /** OPA's errors with their locations, for a module that does not compile. */
    readonly locations: string[] = [],
  ) {
    super(message);
  }
}

interface OpaErrorBody {
  code?: string;
  message?: string;
  errors?: Array<{
    code?: string;
    message?: string;
    location?: { file?: string; row?: number; col?: number };
  }>;
}

/**
 * An OPA server (`factstore.opa.url`) through its REST API: the Policy API to load a bundle's
 * modules, the Data API to query. Every call times out; a failure is an error the caller turns
 * into a deny.
 */
export class OpaServer {
  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
    private readonly token?: string,
  ) {}

  private async call(
    method: string,
    path: string,
    body?: { json?: unknown; text?: string },
  ): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = {};
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body?.json !== undefined) headers['Content-Type'] = 'application/json';
    if (body?.text !== undefined) headers['Content-Type'] = 'text/plain';
    let response: Response;
    try {
      response = await fetch(`${this.url.replace(/\/+$/, '')}${path}`, {
        method,
        headers,
        body: body?.json !== undefined ? JSON.stringify(body.json) : body?.text,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const e = error as Error;
      throw new OpaServerError(
        e.name === 'TimeoutError'
          ? `the OPA server did not answer within ${this.timeoutMs} ms`
          : `the OPA server could not be reached: ${(e.cause as Error)?.message ?? e.message}`,
      );
    }
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      throw new OpaServerError(
        `the OPA server answered ${response.status} with a body that is not JSON`,
      );
    }
    return { status: response.status, body: parsed };
  }

  private static failure(
    what: string,
    status: number,
    body: unknown,
  ): OpaServerError {
    const b = (body ?? {}) as OpaErrorBody;
    const locations = (b.errors ?? []).map(e => {
      const at = e.location
        ? `${e.location.file ?? ''}:${e.location.row ?? '?'}:${e.location.col ?? '?'}: `
        : '';
      return `${at}${e.code ? `${e.code}: ` : ''}${e.message ?? ''}`;
    });
    return new OpaServerError(
      `${what}: the OPA server answered ${status}${b.code ? ` ${b.code}` : ''}: ${b.message ?? 'no message'}${locations.length ? ` (${locations.join('; ')})` : ''}`,
      locations,
    );
  }

  /** Policy ids of a bundle's modules on the server. */
  static moduleId(bundleId: string, path: string) {
    return `factstore/${bundleId}/${path}`;
  }

  /** Loads a bundle's modules and data; OPA compiles each and refuses what does not compile. */
  async load(bundleId: string, contents: OpaBundleContents): Promise<void> {
    for (const module of contents.rego) {
      const { status, body } = await this.call(
        'PUT',
        `/v1/policies/${OpaServer.moduleId(bundleId, module.path)
          .split('/')
          .map(encodeURIComponent)
          .join('/')}`,
        { text: module.source },
      );
      if (status !== 200)
        throw OpaServer.failure(`loading ${module.path}`, status, body);
    }
    for (const [key, value] of Object.entries(contents.data)) {
      const { status, body } = await this.call(
        'PUT',
        `/v1/data/${encodeURIComponent(key)}`,
        { json: value },
      );
      if (status !== 204 && status !== 200)
        throw OpaServer.failure(`loading data.${key}`, status, body);
    }
  }

  /** Removes a bundle's modules; one that is already gone is fine. */
  async unload(bundleId: string, paths: string[]): Promise<void> {
    for (const path of paths) {
      const { status, body } = await this.call(
        'DELETE',
        `/v1/policies/${OpaServer.moduleId(bundleId, path)
          .split('/')
          .map(encodeURIComponent)
          .join('/')}`,
      );
      if (status !== 200 && status !== 404)
        throw OpaServer.failure(`removing ${path}`, status, body);
    }
  }

  /** `POST /v1/data/{entrypoint}` with `{input}`: `result` is absent when undefined. */
  async evaluate(entrypoint: string, input: unknown): Promise<RegoAnswer> {
    const { status, body } = await this.call(
      'POST',
      `/v1/data/${entrypoint.split('/').map(encodeURIComponent).join('/')}`,
      { json: { input } },
    );
    if (status !== 200)
      throw OpaServer.failure(`querying ${entrypoint}`, status, body);
    const answer = (body ?? {}) as { result?: unknown };
    return 'result' in answer
      ? { defined: true, result: answer.result }
      : { defined: false };
  }
}
