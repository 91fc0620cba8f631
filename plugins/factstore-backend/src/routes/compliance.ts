import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import { factstoreComplianceAssessPermission } from '@fawkes/plugin-factstore-common';
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { Assessment, AssessmentScope } from '../database/AssessmentStore';
import { newId } from '../database/rows';
import { chainOfCustody } from '../domain/chainOfCustody';
import { digestSchema } from '../domain/digest';
import {
  assessControls,
  overallStatus,
} from '../domain/frameworks/assessCompliance';
import { resolveScope } from '../domain/frameworks/assessmentScope';
import { regulatoryReport } from '../domain/frameworks/regulatoryReport';
import { reportHtml } from '../domain/frameworks/reportHtml';
import {
  callerOf,
  idParam,
  mutate,
  parsePage,
  type RouteContext,
} from '../http/context';
import { frameworkOrThrow } from './frameworks';

const uuid = z.uuid({ message: 'must be a UUID' });

const assessBody = z
  .object({
    frameworkId: z.string().min(1).max(64),
    trailId: uuid.optional(),
    flowId: uuid.optional(),
    environmentId: uuid.optional(),
    orgSlug: z.string().max(255).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const given = [b.trailId, b.flowId, b.environmentId].filter(Boolean).length;
    if (given !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['trailId'],
        message: `exactly one of trailId, flowId or environmentId is required, got ${given}`,
      });
  });

const assessmentQuery = z
  .object({
    frameworkId: uuid.optional(),
    scopeType: z
      .enum(['TRAIL', 'FLOW', 'ENVIRONMENT'], {
        message: 'must be TRAIL, FLOW or ENVIRONMENT',
      })
      .optional(),
    scopeId: uuid.optional(),
    // Checked by parsePage.
    limit: z.unknown().optional(),
    offset: z.unknown().optional(),
  })
  .strict();

const reportQuery = z
  .object({
    format: z
      .enum(['json', 'html'], { message: 'must be json or html' })
      .optional(),
  })
  .strict();

/** OpenFactstore's AssessmentResponse, with the scope and summary. */
const present = (a: Assessment) => ({
  id: a.id,
  frameworkId: a.frameworkId,
  trailId: a.scopeType === 'TRAIL' ? a.scopeId : null,
  overallStatus: a.overallStatus,
  controlResults: a.controlResults,
  orgSlug: (a.summary.orgSlug as string | undefined) ?? null,
  assessedAt: a.assessedAt,
  scopeType: a.scopeType,
  scopeId: a.scopeId,
  summary: a.summary,
  assessedBy: a.assessedBy,
});

/** HTML when asked by `?format=html` or by an Accept header preferring it to JSON. */
const wantsHtml = (req: Request, format?: string) =>
  format === 'html' ||
  (format === undefined &&
    req.accepts(['application/json', 'text/html']) === 'text/html');

/** Compliance assessments against frameworks, the chain of custody, the regulatory report. */
export function complianceRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  router.post('/api/v1/compliance/assess', async (req, res) => {
    const body = parseInput(assessBody, req.body, 'body');
    let target: [AssessmentScope, string] = [
      'ENVIRONMENT',
      body.environmentId!,
    ];
    if (body.trailId) target = ['TRAIL', body.trailId];
    else if (body.flowId) target = ['FLOW', body.flowId];
    const [scopeType, scopeId] = target;
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'COMPLIANCE_ASSESSED',
        permission: factstoreComplianceAssessPermission,
      },
      async (tx, caller) => {
        const framework = await frameworkOrThrow(
          tx,
          body,
          'frameworkId',
          'body',
        );
        const controls = await tx.frameworks.controls([framework.id]);
        const mappings = await tx.frameworks.listMappings({
          frameworkId: framework.id,
        });
        const scope = await resolveScope(tx, scopeType, scopeId);
        const results = await assessControls(
          tx,
          controls,
          mappings,
          scope.trails,
          scope.unreported,
        );
        const overall = overallStatus(results);
        const assessment = await tx.assessments.record({
          id: newId(),
          frameworkId: framework.id,
          scopeType,
          scopeId,
          overallStatus: overall.status,
          summary: {
            framework: `${framework.name} ${framework.version}`,
            scope: scope.description,
            trailsAssessed: scope.trails.length,
            artifactsAssessed: scope.trails.reduce(
              (n, t) => n + t.artifacts.length,
              0,
            ),
            unreportedArtifacts: scope.unreported,
            truncated: scope.truncated,
            ...overall.counts,
            ...(body.orgSlug ? { orgSlug: body.orgSlug } : {}),
          },
          controlResults: results,
          assessedBy: caller.actor,
          assessedAt: new Date().toISOString(),
        });
        return {
          result: assessment,
          entityType: 'compliance_assessment',
          entityId: assessment.id,
          trailId: scopeType === 'TRAIL' ? scopeId : undefined,
          details: {
            frameworkId: framework.id,
            scopeType,
            scopeId,
            overallStatus: overall.status,
            ...overall.counts,
          },
        };
      },
    );
    res.status(201).json(present(result));
  });

  router.get('/api/v1/compliance/assessments', async (req, res) => {
    await callerOf(ctx, req);
    const q = parseInput(assessmentQuery, req.query, 'query');
    const page = parsePage({ limit: q.limit, offset: q.offset });
    const list = await store.assessments.list(
      {
        frameworkId: q.frameworkId,
        scopeType: q.scopeType,
        scopeId: q.scopeId,
      },
      page,
    );
    res.json(list.map(present));
  });

  router.get('/api/v1/compliance/assessments/:id', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const assessment = await store.assessments.get(id);
    if (!assessment) throw new NotFoundError(`No assessment with id ${id}`);
    res.json(present(assessment));
  });

  router.get('/api/v1/compliance/artifact/:sha256', async (req, res) => {
    await callerOf(ctx, req);
    const { sha256 } = parseInput(
      z.object({ sha256: digestSchema }),
      req.params,
      'params',
    );
    const custody = await chainOfCustody(store, sha256);
    if (!custody)
      throw new NotFoundError(
        `No trail reported and no environment ran sha256:${sha256}`,
      );
    res.json(custody);
  });

  router.get('/api/v1/reports/regulatory/:frameworkId', async (req, res) => {
    const caller = await callerOf(ctx, req);
    const q = parseInput(reportQuery, req.query, 'query');
    const framework = await frameworkOrThrow(
      store,
      req.params,
      'frameworkId',
      'params',
    );
    const report = await regulatoryReport(
      store,
      framework,
      await store.frameworks.controls([framework.id]),
      caller.actor,
    );
    if (wantsHtml(req, q.format)) {
      res.type('text/html; charset=utf-8').send(reportHtml(report));
      return;
    }
    res.json(report);
  });
}
