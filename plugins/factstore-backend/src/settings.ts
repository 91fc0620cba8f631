import type { Config } from '@backstage/config';
import type { GateWhenNoPolicy } from './domain/evaluateGate';

/** `factstore.gate.whenNoPolicy`: `deny` (the default, fail closed) or `allow`. */
export function gateWhenNoPolicy(config: Config): GateWhenNoPolicy {
  const value =
    config.getOptionalString('factstore.gate.whenNoPolicy') ?? 'deny';
  if (value !== 'deny' && value !== 'allow')
    throw new Error(
      `factstore.gate.whenNoPolicy must be "deny" or "allow", got "${value}"`,
    );
  return value;
}
