import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import {
  audited,
  authorizeOrThrow,
  parseInput,
  readCaller,
  type AuditNote,
  type CallerCredentials,
} from '@fawkes/backend-http';
import type { Request } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import type { GateWhenNoPolicy } from '../domain/evaluateGate';
import { isUniqueViolation } from '../database/rows';
import { isEvidenceEvent, type Ledger } from '../ledger/Ledger';
import type { PolicyEngine } from '../policy/PolicyEngine';
import type { NotificationDispatcher } from '../notifications/NotificationDispatcher';

export interface FactstoreSettings {
  /** Largest evidence file accepted, in bytes. */
  evidenceMaxBytes: number;
  /** `verifier.id` of the verification summaries the assert routes return. */
  verifierId: string;
  /** The gate's answer when no deployment policy applies (`factstore.gate.whenNoPolicy`). */
  gateWhenNoPolicy: GateWhenNoPolicy;
}

/** What every route module gets. */
export interface RouteContext {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  store: FactStore;
  settings: FactstoreSettings;
  /** The evidence ledger every evidence write is appended to. */
  ledger: Ledger;
  /** Runs CEL and Rego policies. */
  policyEngine: PolicyEngine;
  /** Notifies the rules a committed change triggers. */
  notifications?: NotificationDispatcher;
  /** The groups a user belongs to, for the notifications addressed to them. */
  userInfo?: UserInfoService;
}

export interface Caller {
  credentials: CallerCredentials;
  /** `user:default/jane`, or the service's subject such as `external:ci`. */
  actor: string;
}

/** Who may call: users and services, or users only (403 for a service). */
export type Principals = Array<'user' | 'service'>;

/**
 * Who is calling, read by backend-http's `readCaller` as in every plugin of the suite (never from
 * the body); `allow` narrows it to users only (403 for a service).
 */
export async function callerOf(
  ctx: RouteContext,
  req: Request,
  allow: Principals = ['user', 'service'],
): Promise<Caller> {
  const { credentials, actor } = await readCaller(ctx.httpAuth, req);
  const type = credentials.principal.type;
  if (!allow.includes(type)) {
    throw new NotAllowedError(
      `This request needs ${allow.map(t => `a ${t}'s`).join(' or ')} credentials, not a ${type}'s`,
    );
  }
  return { credentials, actor };
}

/** `X-Dry-Run: true` asks for validation and the answer without storing anything. */
export function isDryRun(req: Request): boolean {
  const value = req.header('x-dry-run');
  if (value === undefined) return false;
  const normalized = value.trim().toLowerCase();
  if (normalized === 'true') return true;
  if (normalized === 'false') return false;
  throw new InputError(
    `Invalid request headers: headers.x-dry-run: must be "true" or "false", got "${value}"`,
  );
}

/**
 * A change made in an outside system (Vault, Jira, Confluence) cannot be rolled back with the
 * database, so `X-Dry-Run: true` is refused for it rather than performed.
 */
export function refuseDryRun(req: Request, system: string) {
  if (isDryRun(req))
    throw new InputError(
      `Invalid request headers: headers.x-dry-run: this request changes ${system}, which cannot be rolled back; send it without X-Dry-Run`,
    );
}

/** The caller, once allowed the permission (403 otherwise): for work that must not start before. */
export async function authorizedCaller(
  ctx: RouteContext,
  req: Request,
  permission: BasicPermission,
): Promise<Caller> {
  const caller = await callerOf(ctx, req);
  await authorizeOrThrow(ctx.permissions, caller.credentials, permission);
  return caller;
}

/** What a mutation did, for the audit log. */
export interface MutationOutcome<T> {
  result: T;
  entityType: string;
  entityId: string;
  trailId?: string;
  details?: Record<string, unknown>;
}

export interface MutationSpec {
  /** Audit event type, e.g. FLOW_CREATED. */
  eventType: string;
  permission?: BasicPermission;
  /**
   * Who may make this change; users and services when absent. Backstage allows a service every
   * permission (unless its token has access restrictions), so a user's decision asks for a user.
   */
  principals?: Principals;
  /** Message of the 409 when a unique constraint refuses the write. */
  conflict?: string;
  /**
   * The work writes its own audit event atomically with its change (a single statement), so no
   * transaction is opened around it, except to roll back a dry run.
   */
  selfAudited?: boolean;
  /**
   * The work also appends its own ledger leaf in that statement (see `Ledger.leafOf`), so an
   * evidence write needs no transaction either.
   */
  selfLedgered?: boolean;
  /**
   * When a unique constraint refuses the write because another request got there first, the whole
   * transaction is run again, up to this many times: numbers handed out as max+1 (snapshot
   * indices) then take the next one, and a create-or-update finds the row and updates it.
   */
  retriesOnUniqueViolation?: number;
}

/**
 * Runs one mutation: credentials, permission, one transaction holding the change and its audit
 * event (rolled back for X-Dry-Run), then Backstage's auditor through backend-http's `audited`, as
 * every plugin of the suite reports its requests. Answers `dryRun` so the route can say so.
 */
export async function mutate<T>(
  ctx: RouteContext,
  req: Request,
  spec: MutationSpec,
  work: (tx: FactStore, caller: Caller) => Promise<MutationOutcome<T>>,
): Promise<{ result: T; dryRun: boolean; created?: boolean }> {
  const caller = await callerOf(ctx, req, spec.principals);
  const dryRun = isDryRun(req);
  const change = async (note: AuditNote) => {
    if (spec.permission)
      await authorizeOrThrow(
        ctx.permissions,
        caller.credentials,
        spec.permission,
      );
    try {
      const outcome = await commit(ctx, spec, caller, dryRun, work);
      note({ entityType: outcome.entityType, entityId: outcome.entityId });
      return { result: outcome.result, dryRun };
    } catch (error) {
      throw isUniqueViolation(error)
        ? new ConflictError(spec.conflict ?? 'The resource already exists')
        : error;
    }
  };
  // A dry run changes nothing, so it is no event of the auditor.
  if (dryRun) return change(() => {});
  return audited(
    ctx.auditor,
    req,
    {
      eventId: spec.eventType.toLowerCase().replace(/_/g, '-'),
      severityLevel: 'low',
      meta: { actor: caller.actor },
    },
    change,
  );
}

/**
 * The change and its audit row (and ledger leaf, for evidence) in one transaction, retried on a
 * unique violation as the spec allows; then the ledger and the notifications are told.
 */
async function commit<T>(
  ctx: RouteContext,
  spec: MutationSpec,
  caller: Caller,
  dryRun: boolean,
  work: (tx: FactStore, caller: Caller) => Promise<MutationOutcome<T>>,
): Promise<MutationOutcome<T>> {
  // Evidence writes add their ledger leaf in their own transaction.
  const ledgered = isEvidenceEvent(spec.eventType);
  const run = async (tx: FactStore) => {
    const done = await work(tx, caller);
    if (!spec.selfAudited) {
      await tx.audit.append({
        eventType: spec.eventType,
        entityType: done.entityType,
        entityId: done.entityId,
        trailId: done.trailId,
        actor: caller.actor,
        details: done.details ?? {},
      });
    }
    if (ledgered && !spec.selfLedgered)
      await ctx.ledger.append(tx.ledger, {
        eventType: spec.eventType,
        recordType: done.entityType,
        recordId: done.entityId,
        trailId: done.trailId,
        actor: caller.actor,
        details: done.details,
        content: done.result,
      });
    return done;
  };
  let outcome: MutationOutcome<T>;
  for (let attempt = 0; ; attempt++) {
    try {
      outcome =
        spec.selfAudited && !dryRun && (!ledgered || spec.selfLedgered)
          ? await run(ctx.store)
          : await ctx.store.transaction(dryRun, run);
      break;
    } catch (error) {
      if (
        !isUniqueViolation(error) ||
        attempt >= (spec.retriesOnUniqueViolation ?? 0)
      )
        throw error;
    }
  }
  if (ledgered && !dryRun) ctx.ledger.kick();
  if (!dryRun)
    ctx.notifications?.onChange({
      eventType: spec.eventType,
      entityType: outcome.entityType,
      entityId: outcome.entityId,
      trailId: outcome.trailId,
      actor: caller.actor,
      result: outcome.result,
      details: outcome.details,
    });
  return outcome;
}

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** `?limit` (1–1000, default 100) and `?offset` (default 0). */
export const parsePage = (query: unknown) =>
  parseInput(pageSchema, query, 'query');

/** A UUID path parameter, lower-cased as ids are stored (UUIDs are case-insensitive). */
export const uuidParam = (name: string) =>
  z.object({
    [name]: z
      .uuid({ message: 'must be a UUID' })
      .transform(s => s.toLowerCase()),
  });

// zod compiles each schema on first use: build one per parameter name, not one per request.
const idSchemas = new Map<string, ReturnType<typeof uuidParam>>();

/** Validates one UUID path parameter; a malformed id is a 400 naming it. */
export function idParam(req: Request, name: string): string {
  let schema = idSchemas.get(name);
  if (!schema) idSchemas.set(name, (schema = uuidParam(name)));
  return (parseInput(schema, req.params, 'params') as Record<string, string>)[
    name
  ];
}
