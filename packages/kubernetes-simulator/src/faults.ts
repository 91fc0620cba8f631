/** A fault the simulator injects into matching requests, for reliability tests. */
export interface Fault {
  /** Only requests with this method (any when omitted). */
  method?: string;
  /** Only requests whose path starts with this string or matches this pattern (any when omitted). */
  path?: string | RegExp;
  /** Wait this long before answering. */
  latencyMs?: number;
  /** Answer with a Status of this code instead of serving the request (e.g. 500, 503, 429). */
  status?: number;
  /** Destroy the connection without answering. */
  drop?: boolean;
  /** How many matching requests the fault applies to; unlimited when omitted. */
  times?: number;
}

export interface FaultDecision {
  latencyMs: number;
  status?: number;
  drop: boolean;
}

/** The faults in force; each request consumes one use of every fault it matches. */
export class FaultInjector {
  private faults: Array<Fault & { remaining: number }> = [];

  add(fault: Fault): () => void {
    const entry = { ...fault, remaining: fault.times ?? Infinity };
    this.faults.push(entry);
    return () => {
      this.faults = this.faults.filter(f => f !== entry);
    };
  }

  clear(): void {
    this.faults = [];
  }

  decide(method: string, path: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, drop: false };
    for (const fault of this.faults) {
      if (fault.remaining <= 0) continue;
      if (fault.method && fault.method.toUpperCase() !== method) continue;
      if (typeof fault.path === 'string' && !path.startsWith(fault.path))
        continue;
      if (fault.path instanceof RegExp && !fault.path.test(path)) continue;
      fault.remaining--;
      decision.latencyMs += fault.latencyMs ?? 0;
      decision.status ??= fault.status;
      decision.drop ||= fault.drop === true;
    }
    this.faults = this.faults.filter(f => f.remaining > 0);
    return decision;
  }
}

/** The `reason` a real API server gives with each status (metav1.StatusReason). */
const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  410: 'Expired',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

export const faultReason = (code: number) => REASONS[code] ?? 'InternalError';
