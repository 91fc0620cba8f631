import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import {
  CI_ATTESTATION_TYPE,
  shaPattern,
  type ParsedDelivery,
} from './inboundEvent';

/** The Jenkins Notification plugin's JSON (its documented `build` object). */
const notification = z.object({
  name: z.string().min(1).max(255),
  build: z.object({
    number: z.number().int().nonnegative(),
    phase: z.enum(['QUEUED', 'STARTED', 'COMPLETED', 'FINALIZED'], {
      message: 'must be one of QUEUED, STARTED, COMPLETED, FINALIZED',
    }),
    status: z.string().optional(),
    full_url: z.string().optional(),
    scm: z.object({
      commit: z.string().regex(shaPattern, 'must be a 40-character commit sha'),
      branch: z.string().optional(),
      url: z.string().optional(),
    }),
  }),
});

/**
 * A Jenkins build (Notification plugin): STARTED opens the commit's trail, FINALIZED records a `ci`
 * attestation (PASSED for SUCCESS, FAILED for anything else); QUEUED and COMPLETED are ignored (a
 * build reports both COMPLETED and FINALIZED: one attestation per build).
 */
export function parseJenkins(body: unknown): ParsedDelivery {
  const n = parseInput(notification, body, 'body');
  const { build } = n;
  const eventType = `build ${build.phase}`;
  if (build.phase === 'QUEUED' || build.phase === 'COMPLETED')
    return {
      eventType,
      ignored: `build phase ${build.phase} records nothing: STARTED and FINALIZED do`,
    };
  const trail = {
    gitCommitSha: build.scm.commit,
    gitBranch: build.scm.branch?.replace(/^(origin|refs\/heads)\//, ''),
    buildUrl: build.full_url,
    originUrl: build.scm.url,
  };
  if (build.phase === 'STARTED') return { eventType, flowName: n.name, trail };
  const status = (build.status ?? 'UNKNOWN').toUpperCase();
  return {
    eventType,
    flowName: n.name,
    trail,
    attestation: {
      type: CI_ATTESTATION_TYPE,
      name: `${n.name} #${build.number}`,
      status: status === 'SUCCESS' ? 'PASSED' : 'FAILED',
      description: `Jenkins build ${n.name} #${build.number} ended ${status}`,
      metadata: {
        source: 'jenkins',
        build: build.number,
        status,
        url: build.full_url,
      },
    },
  };
}
