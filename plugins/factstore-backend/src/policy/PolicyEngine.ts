import type {
  OpaBundle,
  Policy,
  PolicyDecision,
  PolicyEngineStore,
} from '../database/PolicyEngineStore';
import { answeringLookup } from '../domain/attestationType';
import { evaluateCelRules } from './cel';
import type { InputDocument } from './inputDocument';
import {
  BundleError,
  readOpaBundle,
  type OpaBundleContents,
} from './opaBundle';
import {
  interpretRegoAnswer,
  OpaServer,
  WasmPolicies,
  type RegoAnswer,
} from './rego';

/** What a policy decided, before it is stored. */
export interface Verdict {
  allow: boolean;
  /** Every violation, from every rule: no rule stops the others. */
  violations: string[];
  engine: PolicyDecision['engine'];
  result?: unknown;
  /** Why the engine failed, when it did: the verdict is then a deny. */
  error?: string;
  bundleId?: string;
  entrypoint?: string;
}

/** The checks OpenFactstore's policies carry as fields, run before the policy's own rules. */
function builtinViolations(policy: Policy, input: InputDocument): string[] {
  const violations: string[] = [];
  if (
    policy.enforceProvenance &&
    !input.artifact &&
    !input.environment?.allowlisted
  )
    violations.push(
      `provenance: ${input.request.digest} was never reported to a trail${input.flow ? ` of flow "${input.flow.name}"` : ''} and is not on the environment's allow-list`,
    );
  if (policy.enforceTrailCompliance && !input.compliance?.compliant)
    violations.push(
      input.compliance
        ? `trail compliance: ${input.compliance.reasons.join('; ')}`
        : 'trail compliance: the artifact was reported to no flow',
    );
  // A required type in any case, as assert and the gate match it.
  const answering = answeringLookup(input.attestations);
  for (const type of policy.requiredAttestationTypes) {
    const latest = answering(type);
    if (!latest) violations.push(`attestation ${type}: none was recorded`);
    else if (latest.status !== 'PASSED')
      violations.push(
        `attestation ${type}: the latest (${latest.id}) is ${latest.status}`,
      );
  }
  return violations;
}

/**
 * Runs policies: CEL in-process, Rego through the bundle's policy.wasm or the configured OPA
 * server. Never throws for an engine's failure: that is a deny with its reason.
 */
export class PolicyEngine {
  private readonly wasm = new WasmPolicies();

  constructor(private readonly opa?: OpaServer) {}

  get hasOpaServer() {
    return !!this.opa;
  }

  async evaluate(
    policy: Policy,
    input: InputDocument,
    store: PolicyEngineStore,
  ): Promise<Verdict> {
    const builtin = builtinViolations(policy, input);
    if (policy.language === 'cel') {
      const outcomes = evaluateCelRules(
        policy.rules,
        input as unknown as Record<string, unknown>,
      );
      const violations = [...builtin, ...outcomes.flatMap(o => o.violations)];
      const errors = outcomes.filter(o => o.error);
      return {
        allow: violations.length === 0,
        violations,
        engine: policy.rules.length > 0 ? 'cel' : 'builtin',
        result: outcomes.map(o => ({ rule: o.rule, passed: o.passed })),
        error: errors.length
          ? errors.map(o => `${o.rule}: ${o.error}`).join('; ')
          : undefined,
      };
    }
    const bundle = policy.bundleId
      ? await store.getBundle(policy.bundleId)
      : await store.activeBundle();
    if (!bundle)
      return {
        allow: false,
        violations: [
          ...builtin,
          policy.bundleId
            ? `rego: bundle ${policy.bundleId} does not exist`
            : 'rego: no OPA bundle is active (PUT /api/v1/opa/bundles/{id}/activate)',
        ],
        engine: 'opa-server',
        entrypoint: policy.entrypoint,
        error: 'no bundle',
      };
    const verdict = await this.evaluateRego(
      bundle,
      policy.entrypoint!,
      input,
      store,
    );
    return {
      ...verdict,
      allow: verdict.allow && builtin.length === 0,
      violations: [...builtin, ...verdict.violations],
    };
  }

  /** Queries one entrypoint of a bundle. */
  async evaluateRego(
    bundle: OpaBundle,
    entrypoint: string,
    input: unknown,
    store: PolicyEngineStore,
  ): Promise<Verdict> {
    const about = { engine: bundle.engine, bundleId: bundle.id, entrypoint };
    let answer: RegoAnswer;
    try {
      if (bundle.engine === 'wasm') {
        answer = await this.wasm.evaluate(
          bundle.id,
          async () => readOpaBundle((await store.bundleContent(bundle.id))!),
          entrypoint,
          input,
        );
      } else {
        if (!this.opa)
          throw new Error(
            'the bundle needs an OPA server and factstore.opa.url is not configured',
          );
        if (bundle.status !== 'ACTIVE')
          throw new Error(
            `bundle ${bundle.id} is not the active one, so the OPA server does not hold its modules`,
          );
        answer = await this.opa.evaluate(entrypoint, input);
      }
    } catch (error) {
      const reason = `${bundle.engine} error: ${(error as Error).message}`;
      return { ...about, allow: false, violations: [reason], error: reason };
    }
    const { allow, violations } = interpretRegoAnswer(entrypoint, answer);
    return {
      ...about,
      allow,
      violations,
      result: answer.defined ? answer.result : undefined,
    };
  }

  /**
   * Checks an uploaded bundle can be evaluated, and how: its policy.wasm in-process, else its
   * Rego modules on the OPA server. Answers the engine and the entrypoints, or a BundleError
   * saying why neither can evaluate it.
   */
  async inspect(
    contents: OpaBundleContents,
    declaredEntrypoints: string[],
  ): Promise<{ engine: OpaBundle['engine']; entrypoints: string[] }> {
    if (contents.wasm) {
      const loaded = await WasmPolicies.load(contents);
      const compiled = WasmPolicies.entrypoints(loaded);
      const missing = declaredEntrypoints.filter(e => !compiled.includes(e));
      if (missing.length)
        throw new BundleError(
          `policy.wasm has no entrypoint ${missing.map(m => `"${m}"`).join(', ')} (it was built with ${compiled.join(', ') || 'none'})`,
        );
      return {
        engine: 'wasm',
        entrypoints: declaredEntrypoints.length
          ? declaredEntrypoints
          : compiled,
      };
    }
    if (contents.rego.length === 0)
      throw new BundleError(
        'the bundle has neither policy.wasm nor any .rego module: nothing to evaluate',
      );
    if (!this.opa)
      throw new BundleError(
        'the bundle has no policy.wasm and factstore.opa.url is not configured: build it with `opa build -t wasm -e <entrypoint>` to evaluate it in-process, or configure an OPA server',
      );
    const unnamed = contents.rego.filter(r => !r.package);
    if (unnamed.length)
      throw new BundleError(
        `${unnamed.map(r => r.path).join(', ')}: no package declaration`,
      );
    const entrypoints = declaredEntrypoints.length
      ? declaredEntrypoints
      : (contents.manifest?.wasm?.map(w => w.entrypoint) ?? [
          ...new Set(contents.rego.map(r => r.package!)),
        ]);
    return { engine: 'opa-server', entrypoints };
  }

  /**
   * Makes the OPA server hold exactly this bundle's modules: the previous active bundle's are
   * removed first (two versions of one package would clash) and put back if OPA refuses the new
   * ones. A no-op for a wasm bundle.
   */
  async loadOnServer(
    bundle: OpaBundle,
    contents: OpaBundleContents,
    previous?: { bundle: OpaBundle; contents: OpaBundleContents },
  ): Promise<void> {
    if (bundle.engine !== 'opa-server') return;
    if (!this.opa)
      throw new BundleError(
        'the bundle needs an OPA server and factstore.opa.url is not configured',
      );
    const previousOnServer =
      previous && previous.bundle.engine === 'opa-server'
        ? previous
        : undefined;
    if (previousOnServer)
      await this.opa.unload(
        previousOnServer.bundle.id,
        previousOnServer.contents.rego.map(r => r.path),
      );
    try {
      await this.opa.load(bundle.id, contents);
    } catch (error) {
      await this.opa
        .unload(
          bundle.id,
          contents.rego.map(r => r.path),
        )
        .catch(() => undefined);
      if (previousOnServer)
        await this.opa
          .load(previousOnServer.bundle.id, previousOnServer.contents)
          .catch(() => undefined);
      throw error;
    }
  }
}
