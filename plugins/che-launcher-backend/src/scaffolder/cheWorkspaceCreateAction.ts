import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';

export interface CheWorkspaceCreateActionOptions {
  discovery: DiscoveryService;
  auth: AuthService;
  /** How often to look at a starting workspace. */
  pollIntervalMs?: number;
}

/**
 * `che:workspace:create`: opens a Che workspace for the user who runs the template, through the
 * che-launcher API on their behalf, so the same validation, SSRF guard, limits and permissions
 * apply as to any other caller. Waits until the workspace runs to hand out its IDE URL.
 */
export function createCheWorkspaceCreateAction(
  options: CheWorkspaceCreateActionOptions,
) {
  const { discovery, auth, pollIntervalMs = 2000 } = options;
  return createTemplateAction({
    id: 'che:workspace:create',
    description:
      'Creates an Eclipse Che workspace (a DevWorkspace) from a devfile URL or a catalog entity, for the user running the template',
    supportsDryRun: true,
    schema: {
      input: {
        devfileUrl: z =>
          z.string().describe('https URL of a devfile 2.x').optional(),
        entityRef: z =>
          z
            .string()
            .describe(
              'Catalog entity whose eclipse.org/che-devfile-url or eclipse.org/che-devfile annotation names the devfile',
            )
            .optional(),
        name: z =>
          z
            .string()
            .describe(
              'Workspace name (DNS-1123); default: from the devfile with a suffix',
            )
            .optional(),
        namespace: z =>
          z
            .string()
            .describe(
              "The user's workspaces namespace; default: from cheLauncher.namespace.template",
            )
            .optional(),
        editor: z =>
          z
            .string()
            .describe('Che editor id, e.g. che-incubator/che-code/latest')
            .optional(),
        waitForRunning: z =>
          z
            .boolean()
            .describe(
              'Wait until the workspace runs, to output its IDE URL (default true)',
            )
            .optional(),
        timeoutSeconds: z =>
          z
            .number()
            .int()
            .min(1)
            .max(3600)
            .describe('How long to wait for it to run (default 300)')
            .optional(),
      },
      output: {
        workspaceId: z => z.string().describe('The DevWorkspace uid'),
        workspaceName: z => z.string().describe('The DevWorkspace name'),
        namespace: z => z.string(),
        ideUrl: z =>
          z
            .string()
            .describe('The IDE URL (status.mainUrl); empty when not waited for')
            .optional(),
      },
    },
    async handler(ctx) {
      const {
        waitForRunning = true,
        timeoutSeconds = 300,
        ...body
      } = ctx.input;
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would create a Che workspace from ${body.devfileUrl ?? body.entityRef}`,
        );
        ctx.output('workspaceId', 'dry-run');
        ctx.output('workspaceName', body.name ?? 'dry-run');
        ctx.output('namespace', body.namespace ?? 'dry-run');
        return;
      }
      const baseUrl = await discovery.getBaseUrl('che-launcher');
      const call = async (method: string, path: string, payload?: object) => {
        const { token } = await auth.getPluginRequestToken({
          onBehalfOf: await ctx.getInitiatorCredentials(),
          targetPluginId: 'che-launcher',
        });
        const response = await fetch(`${baseUrl}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
          },
          body: payload ? JSON.stringify(payload) : undefined,
          signal: ctx.signal,
        });
        // Node's fetch Response and the type ResponseError expects differ only in typings.
        if (!response.ok) {
          const error = await ResponseError.fromResponse(
            response as unknown as Parameters<
              typeof ResponseError.fromResponse
            >[0],
          );
          throw new Error(
            `che-launcher answered ${method} ${path} with ${response.status}: ${error.body.error.message}`,
          );
        }
        return response.json();
      };

      let workspace = await call('POST', '/workspaces', body);
      ctx.logger.info(
        `Created Che workspace ${workspace.namespace}/${workspace.name} (${workspace.workspaceId})`,
      );
      ctx.output('workspaceId', workspace.workspaceId);
      ctx.output('workspaceName', workspace.name);
      ctx.output('namespace', workspace.namespace);
      if (!waitForRunning) return;

      const deadline = Date.now() + timeoutSeconds * 1000;
      while (workspace.status !== 'Running') {
        if (workspace.status === 'Failed' || workspace.status === 'Error') {
          throw new Error(
            `Che workspace ${workspace.name} failed to start (${workspace.status})`,
          );
        }
        if (Date.now() > deadline) {
          throw new Error(
            `Che workspace ${workspace.name} was not running after ${timeoutSeconds}s (status ${workspace.status})`,
          );
        }
        await new Promise(resolve => setTimeout(resolve, pollIntervalMs));
        workspace = await call(
          'GET',
          `/workspaces/${encodeURIComponent(workspace.workspaceId)}`,
        );
      }
      ctx.logger.info(
        `Che workspace ${workspace.name} is running at ${workspace.ideUrl}`,
      );
      if (workspace.ideUrl) ctx.output('ideUrl', workspace.ideUrl);
    },
  });
}
