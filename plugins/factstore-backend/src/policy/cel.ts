import type { CelInput, CelResult } from '@bufbuild/cel';
import type { CelRule } from '../database/PolicyEngineStore';
import { INPUT_VARIABLES } from './inputDocument';

/**
 * Inline policies in CEL, evaluated by @bufbuild/cel (Buf's implementation, run against the
 * cel-spec conformance suite). A rule is an expression over the input document: `input`, or its
 * top-level fields by name (`artifact`, `attestations`, …). It evaluates to a bool (true passes,
 * false is one violation) or to a list of strings (each one a violation; empty passes).
 */

/**
 * @bufbuild/cel and its environment, loaded by the first CEL policy: loading it is a third of a
 * second of the backend's start, which most starts do not need.
 */
let loaded:
  | {
      cel: typeof import('@bufbuild/cel');
      env: ReturnType<typeof import('@bufbuild/cel').celEnv>;
    }
  | undefined;
function celLibrary() {
  if (!loaded) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const cel: typeof import('@bufbuild/cel') = require('@bufbuild/cel');
    const ext: typeof import('@bufbuild/cel/ext') = require('@bufbuild/cel/ext');
    /* eslint-enable @typescript-eslint/no-require-imports */
    loaded = { cel, env: cel.celEnv({ funcs: ext.strings }) };
  }
  return loaded;
}

const VARIABLES = new Set(['input', ...INPUT_VARIABLES]);

/** Where in the source a problem is, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

export class CelCompileError extends Error {
  constructor(
    readonly reason: string,
    readonly position: SourcePosition,
  ) {
    super(`${reason} at line ${position.line}, column ${position.column}`);
  }
}

function positionOf(source: string, offset: number): SourcePosition {
  const before = source.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

type Expr = ReturnType<typeof import('@bufbuild/cel').parse>['expr'];
type Program = (bindings: Record<string, CelInput>) => CelResult;

/**
 * Catches at compile time what CEL would only report when it runs: a name that is not a variable
 * of the input document (`inptu.artifact`) or a function that does not exist.
 */
function checkReferences(
  expr: Expr,
  positions: Record<string, number>,
  source: string,
) {
  const at = (e: Expr) => positionOf(source, positions[String(e.id)] ?? 0);
  const walk = (e: Expr | undefined, bound: Set<string>) => {
    if (!e) return;
    const kind = e.exprKind;
    switch (kind.case) {
      case 'identExpr':
        if (!bound.has(kind.value.name) && !VARIABLES.has(kind.value.name))
          throw new CelCompileError(
            `undeclared reference "${kind.value.name}" (the input document's variables are ${[...VARIABLES].join(', ')})`,
            at(e),
          );
        return;
      case 'selectExpr':
        walk(kind.value.operand, bound);
        return;
      case 'callExpr': {
        const name = kind.value.function;
        if (!/^[_@!-]/.test(name) && !celLibrary().env.funcs.find(name))
          throw new CelCompileError(`unknown function "${name}"`, at(e));
        walk(kind.value.target, bound);
        kind.value.args.forEach(a => walk(a, bound));
        return;
      }
      case 'listExpr':
        kind.value.elements.forEach(a => walk(a, bound));
        return;
      case 'structExpr':
        kind.value.entries.forEach(entry => {
          if (entry.keyKind.case === 'mapKey') walk(entry.keyKind.value, bound);
          walk(entry.value, bound);
        });
        return;
      case 'comprehensionExpr': {
        const c = kind.value;
        walk(c.iterRange, bound);
        walk(c.accuInit, bound);
        const inner = new Set(bound);
        [c.iterVar, c.iterVar2, c.accuVar]
          .filter(Boolean)
          .forEach(v => inner.add(v));
        walk(c.loopCondition, inner);
        walk(c.loopStep, inner);
        walk(c.result, inner);
        return;
      }
      default:
        return;
    }
  };
  walk(expr, new Set());
}

/** Parses and plans one expression; a CelCompileError names the line and column. */
export function compileCel(source: string): Program {
  const { cel, env } = celLibrary();
  let parsed;
  try {
    parsed = cel.parse(source);
  } catch (error) {
    const e = error as {
      rawMessage?: string;
      message: string;
      location?: { start?: { line: number; column: number } };
    };
    const start = e.location?.start;
    throw new CelCompileError(
      `syntax error: ${e.rawMessage ?? e.message}`,
      start
        ? { line: start.line, column: start.column }
        : { line: 1, column: 1 },
    );
  }
  checkReferences(
    parsed.expr,
    Object.fromEntries(
      Object.entries(parsed.sourceInfo?.positions ?? {}).map(([k, v]) => [
        k,
        Number(v),
      ]),
    ),
    source,
  );
  const program = cel.plan(env, parsed);
  return bindings => program(bindings);
}

// Policies are compiled once per expression text, not per evaluation.
const programs = new Map<string, Program>();
const MAX_CACHED = 1000;

function programFor(expression: string): Program {
  let program = programs.get(expression);
  if (!program) {
    program = compileCel(expression);
    if (programs.size >= MAX_CACHED) programs.clear();
    programs.set(expression, program);
  }
  return program;
}

export interface RuleOutcome {
  rule: string;
  passed: boolean;
  violations: string[];
  /** Set when the expression failed to evaluate: the rule then fails. */
  error?: string;
}

/** Evaluates every rule (none short-circuits the others) against the input document. */
export function evaluateCelRules(
  rules: CelRule[],
  input: Record<string, unknown>,
): RuleOutcome[] {
  if (rules.length === 0) return [];
  const bindings = { input, ...input } as Record<string, CelInput>;
  const { isCelError, isCelList } = celLibrary().cel;
  return rules.map(rule => {
    let value: CelResult;
    try {
      value = programFor(rule.expression)(bindings);
    } catch (error) {
      value = error as CelResult;
    }
    if (isCelError(value) || value instanceof Error) {
      const error = `evaluation error: ${(value as Error).message}`;
      return {
        rule: rule.name,
        passed: false,
        violations: [`${rule.name}: ${error}`],
        error,
      };
    }
    if (typeof value === 'boolean')
      return {
        rule: rule.name,
        passed: value,
        violations: value ? [] : [rule.message ?? `${rule.name} is false`],
      };
    if (isCelList(value)) {
      const items = [...value].map(v =>
        typeof v === 'string'
          ? v
          : JSON.stringify(v, (_, x) =>
              typeof x === 'bigint' ? Number(x) : x,
            ),
      );
      return { rule: rule.name, passed: items.length === 0, violations: items };
    }
    const error = `evaluation error: the rule must give a bool or a list of strings, got ${typeof value}`;
    return {
      rule: rule.name,
      passed: false,
      violations: [`${rule.name}: ${error}`],
      error,
    };
  });
}
