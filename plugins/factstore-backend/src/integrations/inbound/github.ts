import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import {
  CI_ATTESTATION_TYPE,
  shaPattern,
  type ParsedDelivery,
} from './inboundEvent';

const sha = z.string().regex(shaPattern, 'must be a 40-character commit sha');
const repository = z.object({
  name: z.string().min(1).max(255),
  html_url: z.string().optional(),
});

const push = z.object({
  ref: z.string(),
  after: z.string(),
  deleted: z.boolean().optional(),
  repository,
  head_commit: z
    .object({
      url: z.string().optional(),
      author: z
        .object({ name: z.string().optional(), email: z.string().optional() })
        .optional(),
    })
    .nullish(),
});

const workflowRun = z.object({
  action: z.string(),
  repository,
  workflow: z.object({ name: z.string().optional() }).optional(),
  workflow_run: z.object({
    id: z.number(),
    name: z.string().nullish(),
    head_sha: sha,
    head_branch: z.string().nullish(),
    conclusion: z.string().nullish(),
    run_number: z.number().optional(),
    html_url: z.string().optional(),
    head_commit: z
      .object({
        author: z
          .object({
            name: z.string().optional(),
            email: z.string().optional(),
          })
          .optional(),
      })
      .nullish(),
  }),
});

const branchOf = (ref: string) => ref.replace(/^refs\/heads\//, '');

/**
 * GitHub's `push` opens the commit's trail; a completed `workflow_run` records a `ci` attestation
 * on it (PASSED when its conclusion is success). Every other event is acknowledged and ignored.
 */
export function parseGitHub(
  event: string | undefined,
  body: unknown,
): ParsedDelivery {
  const eventType = event ?? '(no X-GitHub-Event)';
  if (event === 'push') {
    const p = parseInput(push, body, 'body');
    if (p.deleted || /^0+$/.test(p.after))
      return { eventType, ignored: 'a deleted branch has no commit' };
    parseInput(z.object({ after: sha }), p, 'body');
    return {
      eventType,
      flowName: p.repository.name,
      trail: {
        gitCommitSha: p.after,
        gitBranch: branchOf(p.ref),
        gitAuthor: p.head_commit?.author?.name,
        gitAuthorEmail: p.head_commit?.author?.email,
        originUrl: p.repository.html_url,
      },
    };
  }
  if (event === 'workflow_run') {
    const w = parseInput(workflowRun, body, 'body');
    const run = w.workflow_run;
    if (w.action !== 'completed' || !run.conclusion)
      return {
        eventType,
        ignored: `workflow_run ${w.action}: only a completed run is attested`,
      };
    const name = run.name || w.workflow?.name || 'workflow';
    return {
      eventType,
      flowName: w.repository.name,
      trail: {
        gitCommitSha: run.head_sha,
        gitBranch: run.head_branch ?? undefined,
        gitAuthor: run.head_commit?.author?.name,
        gitAuthorEmail: run.head_commit?.author?.email,
        buildUrl: run.html_url,
        originUrl: w.repository.html_url,
      },
      attestation: {
        type: CI_ATTESTATION_TYPE,
        name: `${name} #${run.run_number ?? run.id}`,
        status: run.conclusion === 'success' ? 'PASSED' : 'FAILED',
        description: `GitHub Actions run ${run.id} concluded ${run.conclusion}`,
        metadata: {
          source: 'github',
          runId: run.id,
          conclusion: run.conclusion,
          url: run.html_url,
        },
      },
    };
  }
  return {
    eventType,
    ignored: `GitHub event ${eventType} records nothing: push and workflow_run do`,
  };
}
