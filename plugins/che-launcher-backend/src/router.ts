import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import type {
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  authorizeOrThrow,
  deferSpecViolations,
  healthHandler,
  jsonBody,
  methodNotAllowed,
  parseInput,
  runRoute,
  type RouteCall,
} from '@fawkes/backend-http';
import type express from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { GoldenPathDevfile } from './devfiles/goldenPathDevfiles';
import {
  createProgressMeta,
  createRequestMeta,
  deletedWorkspaceMeta,
  ownerMeta,
  workspaceMeta,
} from './http/auditMeta';
import {
  cheWorkspaceCreatePermission,
  cheWorkspaceDeletePermission,
  cheWorkspaceReadPermission,
  cheWorkspaceUpdatePermission,
} from '@fawkes/plugin-che-launcher-common';
import type {
  UserNamespaces,
  WorkspaceOwner,
} from './workspaces/UserNamespaces';
import type { CreateProgress, Workspaces } from './workspaces/Workspaces';
import { WORKSPACE_PHASES, workspacePhase } from './workspaces/workspaceView';
import type { WorkspacePermissions } from './permissions/WorkspacePermissions';
import { createOpenApiRouter, spec } from './schema/openapi.generated';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  db: Knex;
  devfiles: GoldenPathDevfile[];
  /** The workspace domain, or why it is unavailable (no usable cluster): then 503. */
  workspaceService:
    | { workspaces: Workspaces; namespaces: UserNamespaces; cluster: string }
    | string;
  /** Start, stop and delete: resource permissions a policy may grant under conditions. */
  workspacePermissions: WorkspacePermissions;
}

/** A user entity ref in the form credentials carry: full and lower-case (`user:Jane` is `user:default/jane`). */
const userRef = z
  .string()
  .refine(value => {
    try {
      return parseEntityRef(value).kind.toLowerCase() === 'user';
    } catch {
      return false;
    }
  }, 'must be a user entity ref such as user:default/jane')
  .transform(value => stringifyEntityRef(parseEntityRef(value)))
  .optional();

const entityRef = z
  .string()
  .min(1)
  .max(255)
  .refine(value => {
    try {
      parseEntityRef(value);
      return true;
    } catch {
      return false;
    }
  }, 'must be an entity ref such as component:default/payments');

const createBody = z
  .object({
    devfileUrl: z.string().min(1).max(2048).optional(),
    entityRef: entityRef.optional(),
    namespace: z.string().min(1).max(63).optional(),
    name: z.string().min(1).max(63).optional(),
    editor: z.string().min(1).max(255).optional(),
    user: userRef,
  })
  .refine(
    body => body.devfileUrl !== undefined || body.entityRef !== undefined,
    {
      message: 'devfileUrl or entityRef is required',
      path: ['devfileUrl'],
    },
  );

const onBehalfQuery = z.object({ user: userRef });

const listQuery = z.object({
  status: z
    .string()
    .transform((value, ctx) => {
      const phase = workspacePhase(value);
      if (phase) return phase;
      ctx.addIssue({
        code: 'custom',
        message: `must be one of ${WORKSPACE_PHASES.join(', ')} (in any letter case): got ${value.slice(0, 32)}`,
      });
      return z.NEVER;
    })
    .optional(),
  entityRef: entityRef
    .transform(value => stringifyEntityRef(parseEntityRef(value)))
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  user: userRef,
});

const idParams = z.object({ id: z.string().min(1).max(253) });

/** HTTP only: the spec validates, each route parses what it means, calls the domain, answers. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    auditor,
    permissions,
    db,
    devfiles,
    workspaceService,
    workspacePermissions,
  } = options;
  const services = { httpAuth, auditor, permissions };
  const service = () => {
    if (typeof workspaceService === 'string')
      throw new ServiceUnavailableError(workspaceService);
    return workspaceService;
  };
  const router = await createOpenApiRouter({
    middleware: [jsonBody({ limit: '64kb' })],
  });
  router.use(deferSpecViolations());

  /**
   * Who the workspaces belong to: the calling user, or for a service the user it names in
   * `user` (a user may not name anyone else), added to the audit meta. Then the permission check
   * of a basic permission (a resource permission is checked once the workspace is known).
   */
  async function ownerOf(
    { credentials, note }: RouteCall,
    namedUser: string | undefined,
    permission: BasicPermission | undefined,
  ): Promise<WorkspaceOwner> {
    let ref: string;
    if (credentials.principal.type === 'user') {
      if (
        namedUser !== undefined &&
        namedUser !== credentials.principal.userEntityRef
      ) {
        throw new InputError(
          `user may only be given by service callers: you are ${credentials.principal.userEntityRef}`,
        );
      }
      ref = credentials.principal.userEntityRef;
    } else {
      if (!namedUser)
        throw new InputError(
          'user is required when a service calls: name the Backstage user, e.g. user:default/jane',
        );
      ref = namedUser;
    }
    note({ owner: ref });
    if (permission)
      await authorizeOrThrow(permissions, credentials, permission);
    const owner = await service().namespaces.ownerOf(ref);
    note(ownerMeta(owner));
    return owner;
  }

  router.get(
    '/health',
    healthHandler({
      version,
      check: async () => {
        await db.raw('select 1');
      },
    }),
  );

  // GET /devfiles is the same configuration for everyone and is not audited.
  router.get('/devfiles', async (req, res) => {
    res.json(
      await runRoute(services, req, {}, async () => ({
        devfiles,
        total: devfiles.length,
      })),
    );
  });

  // Every change is a `medium` audit event. Reads of workspaces are `low` ones, as catalog-backend
  // audits its reads: they show a user's workspaces, and a service may read them for a user.
  const change = (eventId: string) => ({
    eventId,
    severityLevel: 'medium' as const,
  });
  const read = (queryType: string) => ({
    eventId: 'workspace-fetch',
    severityLevel: 'low' as const,
    meta: { queryType },
  });

  router.post('/workspaces', async (req, res) => {
    const workspace = await runRoute(
      services,
      req,
      { audit: change('workspace-create'), resultMeta: workspaceMeta },
      async call => {
        const body = parseInput(createBody, req.body ?? {}, 'body');
        call.note(createRequestMeta(body));
        const owner = await ownerOf(
          call,
          body.user,
          cheWorkspaceCreatePermission,
        );
        const progress: CreateProgress = {};
        try {
          return await service().workspaces.create(
            owner,
            { ...body, credentials: call.credentials },
            progress,
          );
        } finally {
          call.note(createProgressMeta(progress));
        }
      },
    );
    res.status(201).json(workspace);
  });

  router.get('/workspaces', async (req, res) => {
    const list = await runRoute(
      services,
      req,
      {
        audit: read('list'),
        resultMeta: ({ total }: { total: number }) => ({ total }),
      },
      async call => {
        const query = parseInput(listQuery, req.query, 'query');
        call.note({ status: query.status, entityRef: query.entityRef });
        const owner = await ownerOf(
          call,
          query.user,
          cheWorkspaceReadPermission,
        );
        return service().workspaces.list(owner, query);
      },
    );
    res.json(list);
  });

  /**
   * A route about one workspace: `:id` and `?user` parsed, the owner found and authorized; a
   * resource permission with the conditions the policy may set on the owner's namespace.
   */
  const onWorkspace = async (
    req: express.Request,
    call: RouteCall,
    permission: BasicPermission | ResourcePermission<'che-workspace'>,
  ) => {
    const { id } = parseInput(idParams, req.params, 'params');
    call.note({ workspace: id });
    const { user } = parseInput(onBehalfQuery, req.query, 'query');
    if (permission.type === 'basic')
      return { id, owner: await ownerOf(call, user, permission) };
    const owner = await ownerOf(call, user, undefined);
    await workspacePermissions.authorize(call.credentials, permission, {
      cluster: service().cluster,
      namespace: owner.namespace,
      workspaceId: id,
    });
    return { id, owner };
  };

  router.get('/workspaces/:id', async (req, res) => {
    const workspace = await runRoute(
      services,
      req,
      { audit: read('by-id'), resultMeta: workspaceMeta },
      async call => {
        const { id, owner } = await onWorkspace(
          req,
          call,
          cheWorkspaceReadPermission,
        );
        return service().workspaces.get(owner, id);
      },
    );
    res.json(workspace);
  });

  for (const action of ['start', 'stop'] as const) {
    router.post(`/workspaces/:id/${action}`, async (req, res) => {
      const workspace = await runRoute(
        services,
        req,
        { audit: change(`workspace-${action}`), resultMeta: workspaceMeta },
        async call => {
          const { id, owner } = await onWorkspace(
            req,
            call,
            cheWorkspaceUpdatePermission,
          );
          return service().workspaces[action](owner, id);
        },
      );
      res.json(workspace);
    });
  }

  router.delete('/workspaces/:id', async (req, res) => {
    await runRoute(
      services,
      req,
      { audit: change('workspace-delete'), resultMeta: deletedWorkspaceMeta },
      async call => {
        const { id, owner } = await onWorkspace(
          req,
          call,
          cheWorkspaceDeletePermission,
        );
        return service().workspaces.delete(owner, id);
      },
    );
    res.status(204).end();
  });

  // After every route: a spec path requested with a method it does not have.
  router.use(methodNotAllowed(spec, httpAuth));
  return router;
}
