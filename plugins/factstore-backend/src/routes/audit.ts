import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import { formatDigest, normalizeDigest } from '../domain/digest';
import { callerOf, idParam, type RouteContext } from '../http/context';

const auditQuery = z.object({
  eventType: z.string().max(64).optional(),
  trailId: z.uuid({ message: 'must be a UUID' }).optional(),
  actor: z.string().max(255).optional(),
  from: z.iso
    .datetime({ message: 'must be an ISO 8601 time', offset: true })
    .optional(),
  to: z.iso
    .datetime({ message: 'must be an ISO 8601 time', offset: true })
    .optional(),
  page: z.coerce.number().int().min(0).default(0),
  size: z.coerce.number().int().min(1).max(1000).default(20),
  sortDesc: z.enum(['true', 'false']).default('true'),
});

const SEARCH_TYPES = [
  'flow',
  'trail',
  'artifact',
  'attestation',
  'environment',
] as const;
const searchQuery = z.object({
  q: z.string().trim().min(1, 'is required').max(200),
  type: z
    .enum(SEARCH_TYPES, {
      message: `must be one of ${SEARCH_TYPES.join(', ')}`,
    })
    .optional(),
});

/** The audit log (OpenFactstore's paging) and cross-entity search. */
export function auditRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  router.get('/api/v1/audit', async (req, res) => {
    await callerOf(ctx, req);
    const q = parseInput(auditQuery, req.query, 'query');
    const { content, totalElements } = await store.audit.query({
      ...q,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      sortDesc: q.sortDesc === 'true',
    });
    res.json({
      content,
      page: q.page,
      size: q.size,
      totalElements,
      totalPages: Math.ceil(totalElements / q.size),
    });
  });

  router.get('/api/v1/audit/:id', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const event = await store.audit.get(id);
    if (!event) throw new NotFoundError(`No audit event with id ${id}`);
    res.json(event);
  });

  router.get('/api/v1/search', async (req, res) => {
    await callerOf(ctx, req);
    const { q, type } = parseInput(searchQuery, req.query, 'query');
    const limit = 50;
    const want = (t: (typeof SEARCH_TYPES)[number]) => !type || type === t;
    const digest = normalizeDigest(q);
    const term = digest ?? q;
    const results: Array<{
      type: string;
      id: string;
      title: string;
      [key: string]: unknown;
    }> = [];
    if (want('flow'))
      for (const f of (await store.flows.list())
        .filter(flow => flow.name.toLowerCase().includes(q.toLowerCase()))
        .slice(0, limit))
        results.push({ type: 'flow', id: f.id, title: f.name, org: f.org });
    if (want('trail'))
      for (const t of await store.trails.search(term, limit))
        results.push({
          type: 'trail',
          id: t.id,
          title: t.name,
          flowId: t.flowId,
        });
    if (want('artifact'))
      for (const a of await store.artifacts.search(term, limit))
        results.push({
          type: 'artifact',
          id: a.id,
          title: a.name,
          sha256Digest: formatDigest(a.sha256),
          trailId: a.trailId,
        });
    if (want('attestation'))
      for (const a of await store.attestations.search(term, limit))
        results.push({
          type: 'attestation',
          id: a.id,
          title: a.name,
          attestationType: a.type,
          status: a.status,
          trailId: a.trailId,
        });
    if (want('environment'))
      for (const e of await store.environments.search(term, limit))
        results.push({
          type: 'environment',
          id: e.id,
          title: e.name,
          environmentType: e.type,
        });
    res.json({ query: q, results });
  });
}
