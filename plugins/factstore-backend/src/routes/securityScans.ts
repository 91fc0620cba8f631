import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Request, Router } from 'express';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import type { SecurityScan } from '../database/SecurityScanStore';
import { digestSchema, formatDigest } from '../domain/digest';
import { recordScan } from '../domain/recordScan';
import { thresholdsOf } from '../domain/securityThresholds';
import { parseJsonReport, readScanReport } from '../evidence/readScanReport';
import { SCAN_FORMATS, type ScanReport } from '../evidence/scanReport';
import { limitBreaches } from '../evidence/verdicts';
import {
  callerOf,
  idParam,
  mutate,
  parsePage,
  type RouteContext,
} from '../http/context';
import { isMultipart, readMultipart } from '../http/multipart';
import { refuseUnreadableReport } from '../http/reportErrors';
import { INT_MAX } from './schemas';

const count = z.coerce.number().int().min(0).max(INT_MAX).default(0);

/** What may come with a report, as JSON fields or multipart form fields. */
const scanFields = z.object({
  name: z.string().min(1).max(255).optional(),
  artifactSha256: digestSchema.optional(),
  scanType: z.string().max(64).optional(),
  reportUrl: z.string().max(2000).optional(),
  format: z
    .enum(SCAN_FORMATS, {
      message: `must be one of ${SCAN_FORMATS.join(', ')}`,
    })
    .optional(),
});

/** OpenFactstore's body: counts the client claims, without a report to read them from. */
const claimedScan = scanFields.extend({
  tool: z.string().min(1).max(255),
  toolVersion: z.string().max(255).optional(),
  target: z.string().max(2000).optional(),
  criticalVulnerabilities: count,
  highVulnerabilities: count,
  mediumVulnerabilities: count,
  lowVulnerabilities: count,
  informational: count,
});

/** OpenFactstore's keys of a claim; no scanner report this plugin reads has one at its top level. */
const CLAIM_KEYS = [
  'tool',
  'criticalVulnerabilities',
  'highVulnerabilities',
  'mediumVulnerabilities',
  'lowVulnerabilities',
  'informational',
];

interface ScanSubmission {
  report: ScanReport;
  fields: z.output<typeof scanFields>;
  file?: { content: Buffer; mimeType: string; sha256: string };
}

const reportText = (content: Buffer) => content.toString('utf8');

const jsonFile = (text: string) => {
  const content = Buffer.from(text, 'utf8');
  return {
    content,
    mimeType: 'application/json',
    sha256: createHash('sha256').update(content).digest('hex'),
  };
};

/**
 * The report of a POST, read before anything is stored: a multipart file, a JSON body holding
 * `report` (a document or its text), a scanner's JSON posted as the body itself, or
 * OpenFactstore's claimed counts.
 */
async function submissionOf(
  req: Request,
  ctx: RouteContext,
): Promise<ScanSubmission> {
  if (isMultipart(req)) {
    const { fields, files } = await readMultipart(
      req,
      ctx.settings.evidenceMaxBytes,
    );
    if (files.length !== 1)
      throw new InputError(
        `Expected exactly one report file in the multipart body, got ${files.length}`,
      );
    const [file] = files;
    const parsed = parseInput(scanFields, fields, 'body');
    const report = (() => {
      try {
        return readScanReport(
          parseJsonReport(reportText(file.content)),
          parsed.format,
        );
      } catch (error) {
        return refuseUnreadableReport(file.field)(error);
      }
    })();
    return { report, fields: parsed, file };
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (body.report !== undefined) {
    const fields = parseInput(
      scanFields,
      { ...body, report: undefined },
      'body',
    );
    const doc =
      typeof body.report === 'string'
        ? body.report
        : JSON.stringify(body.report);
    try {
      const report = readScanReport(parseJsonReport(doc), fields.format);
      return { report, fields, file: jsonFile(doc) };
    } catch (error) {
      return refuseUnreadableReport('body.report')(error);
    }
  }
  // Any of OpenFactstore's keys makes it a claim, so a missing or mistyped `tool` is named.
  if (CLAIM_KEYS.some(key => key in body)) {
    const claim = parseInput(claimedScan, body, 'body');
    const counts = {
      critical: claim.criticalVulnerabilities,
      high: claim.highVulnerabilities,
      medium: claim.mediumVulnerabilities,
      low: claim.lowVulnerabilities,
      unknown: claim.informational,
    };
    return {
      report: {
        format: 'claimed',
        scanner: {
          name: claim.tool,
          version: claim.toolVersion,
          uri: `factstore:claimed/${claim.tool}`,
        },
        target: claim.target,
        findings: [],
        counts,
      },
      fields: claim,
    };
  }
  try {
    const doc = JSON.stringify(body);
    return { report: readScanReport(body), fields: {}, file: jsonFile(doc) };
  } catch (error) {
    return refuseUnreadableReport('body')(error);
  }
}

/** A scan as the API answers it: OpenFactstore's fields, the counts, and the thresholds it breaks. */
async function scanView(
  store: FactStore,
  scan: SecurityScan,
  withStatement: boolean,
) {
  const trail = (await store.trails.get(scan.trailId))!;
  const breaches = limitBreaches(
    scan.counts,
    await thresholdsOf(store, trail.flowId),
  );
  return {
    id: scan.id,
    trailId: scan.trailId,
    attestationId: scan.attestationId ?? null,
    name: scan.name,
    format: scan.format,
    tool: scan.tool,
    toolVersion: scan.toolVersion ?? null,
    scanType: scan.scanType ?? null,
    target: scan.target ?? null,
    reportUrl: scan.reportUrl ?? null,
    artifactSha256Digest: scan.artifactSha256
      ? formatDigest(scan.artifactSha256)
      : null,
    criticalVulnerabilities: scan.counts.critical,
    highVulnerabilities: scan.counts.high,
    mediumVulnerabilities: scan.counts.medium,
    lowVulnerabilities: scan.counts.low,
    informational: scan.counts.unknown,
    counts: scan.counts,
    thresholdBreached: breaches.length > 0,
    breachDetails: breaches,
    evidenceSha256: scan.evidenceSha256 ?? null,
    scannedBy: scan.scannedBy,
    createdAt: scan.createdAt,
    ...(withStatement ? { statement: scan.statement } : {}),
  };
}

/** Security scans: scanner reports parsed into findings and counts (seed 002). */
export function securityScanRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  router.post('/api/v1/trails/:trailId/security-scans', async (req, res) => {
    const trailId = idParam(req, 'trailId');
    await callerOf(ctx, req);
    const submission = await submissionOf(req, ctx);
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'SECURITY_SCAN_RECORDED' },
      async (tx, caller) => {
        if (!(await tx.trails.get(trailId)))
          throw new NotFoundError(`No trail with id ${trailId}`);
        const { file, fields, report } = submission;
        if (file)
          await tx.evidence.put(file.sha256, file.content, file.mimeType);
        const scan = await recordScan(tx, report, {
          trailId,
          artifactSha256: fields.artifactSha256,
          name: fields.name,
          scanType: fields.scanType,
          reportUrl: fields.reportUrl,
          evidenceSha256: file?.sha256,
          actor: caller.actor,
        });
        return {
          result: await scanView(tx, scan, true),
          entityType: 'security-scan',
          entityId: scan.id,
          trailId,
          details: { format: scan.format, counts: scan.counts },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/trails/:trailId/security-scans', async (req, res) => {
    await callerOf(ctx, req);
    const trailId = idParam(req, 'trailId');
    if (!(await store.trails.get(trailId)))
      throw new NotFoundError(`No trail with id ${trailId}`);
    const scans = await store.scans.listByTrail(trailId, parsePage(req.query));
    res.json(await Promise.all(scans.map(s => scanView(store, s, false))));
  });

  router.get('/api/v1/security-scans/summary', async (req, res) => {
    await callerOf(ctx, req);
    res.json(await store.scans.summary());
  });

  router.get('/api/v1/security-scans/:id', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const scan = await store.scans.get(id);
    if (!scan) throw new NotFoundError(`No security scan with id ${id}`);
    res.json(await scanView(store, scan, true));
  });
}
