import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import {
  CI_ATTESTATION_TYPE,
  shaPattern,
  type ParsedDelivery,
} from './inboundEvent';

const sha = z.string().regex(shaPattern, 'must be a 40-character commit sha');
const project = z.object({
  path_with_namespace: z.string().min(1),
  web_url: z.string().optional(),
});
const author = z
  .object({ name: z.string().optional(), email: z.string().optional() })
  .nullish();

const push = z.object({
  ref: z.string(),
  checkout_sha: z.string().nullish(),
  after: z.string(),
  user_name: z.string().optional(),
  user_email: z.string().optional(),
  project,
});

const pipeline = z.object({
  object_attributes: z.object({
    id: z.number(),
    sha,
    ref: z.string().optional(),
    status: z.string(),
    url: z.string().nullish(),
  }),
  project,
  commit: z.object({ url: z.string().optional(), author }).nullish(),
});

/** GitLab's final pipeline states and what they attest; the others are ignored. */
const FINISHED: Record<string, 'PASSED' | 'FAILED'> = {
  success: 'PASSED',
  failed: 'FAILED',
  canceled: 'FAILED',
};

/** The flow of a GitLab project: the last segment of its path (`group/payments` → payments). */
const flowNameOf = (p: { path_with_namespace: string }) =>
  p.path_with_namespace.split('/').pop()!;

/**
 * GitLab's `Push Hook` opens the commit's trail; a finished `Pipeline Hook` records a `ci`
 * attestation on it. Other events are acknowledged and ignored.
 */
export function parseGitLab(
  event: string | undefined,
  body: unknown,
): ParsedDelivery {
  const eventType = event ?? '(no X-Gitlab-Event)';
  if (event === 'Push Hook') {
    const p = parseInput(push, body, 'body');
    const commit = p.checkout_sha ?? p.after;
    if (/^0+$/.test(commit))
      return { eventType, ignored: 'a deleted branch has no commit' };
    parseInput(z.object({ after: sha }), { after: commit }, 'body');
    return {
      eventType,
      flowName: flowNameOf(p.project),
      trail: {
        gitCommitSha: commit,
        gitBranch: p.ref.replace(/^refs\/heads\//, ''),
        gitAuthor: p.user_name,
        gitAuthorEmail: p.user_email,
        originUrl: p.project.web_url,
      },
    };
  }
  if (event === 'Pipeline Hook') {
    const p = parseInput(pipeline, body, 'body');
    const a = p.object_attributes;
    const status = FINISHED[a.status];
    if (!status)
      return {
        eventType,
        ignored: `pipeline ${a.id} is ${a.status}: only a finished pipeline is attested`,
      };
    const url = a.url ?? `${p.project.web_url ?? ''}/-/pipelines/${a.id}`;
    return {
      eventType,
      flowName: flowNameOf(p.project),
      trail: {
        gitCommitSha: a.sha,
        gitBranch: a.ref,
        gitAuthor: p.commit?.author?.name,
        gitAuthorEmail: p.commit?.author?.email,
        buildUrl: url,
        originUrl: p.project.web_url,
      },
      attestation: {
        type: CI_ATTESTATION_TYPE,
        name: `pipeline #${a.id}`,
        status,
        description: `GitLab pipeline ${a.id} ended ${a.status}`,
        metadata: { source: 'gitlab', pipelineId: a.id, status: a.status, url },
      },
    };
  }
  return {
    eventType,
    ignored: `GitLab event ${eventType} records nothing: Push Hook and Pipeline Hook do`,
  };
}
