import {
  CHE_WORKSPACE_RESOURCE_TYPE,
  type CheWorkspaceResource,
} from '@fawkes/plugin-che-launcher-common';
import {
  createConditionExports,
  createPermissionResourceRef,
  makeCreatePermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';

/** What a rule's conditions become as a filter. */
export type CheWorkspaceQuery = {
  key: 'cluster' | 'namespace';
  values: string[];
};

export const cheWorkspacePermissionResourceRef = createPermissionResourceRef<
  CheWorkspaceResource,
  CheWorkspaceQuery
>().with({
  pluginId: 'che-launcher',
  resourceType: CHE_WORKSPACE_RESOURCE_TYPE,
});

const createRule = makeCreatePermissionRule<
  CheWorkspaceResource,
  CheWorkspaceQuery,
  typeof CHE_WORKSPACE_RESOURCE_TYPE
>();

/** `dev-*` as a whole-name pattern: `*` is any run of characters, everything else is literal. */
function namePattern(pattern: string): RegExp {
  const literal = pattern
    .split('*')
    .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`);
}

const isInCluster = createRule({
  name: 'IS_IN_CLUSTER',
  description: 'Allow workspaces on one of these configured clusters',
  resourceType: CHE_WORKSPACE_RESOURCE_TYPE,
  paramsSchema: z.object({
    clusters: z.array(z.string()).describe('Cluster names, as configured'),
  }),
  apply: (workspace, { clusters }) => clusters.includes(workspace.cluster),
  toQuery: ({ clusters }) => ({ key: 'cluster', values: clusters }),
});

const isInNamespace = createRule({
  name: 'IS_IN_NAMESPACE',
  description:
    'Allow workspaces in namespaces matching one of these names, where * matches any run of characters (dev-*)',
  resourceType: CHE_WORKSPACE_RESOURCE_TYPE,
  paramsSchema: z.object({
    namespaces: z
      .array(z.string())
      .describe('Namespace names or patterns such as dev-*'),
  }),
  apply: (workspace, { namespaces }) =>
    namespaces.some(pattern => namePattern(pattern).test(workspace.namespace)),
  toQuery: ({ namespaces }) => ({ key: 'namespace', values: namespaces }),
});

/** The rules a permission policy can put in conditions on the workspace permissions. */
export const cheWorkspacePermissionRules = { isInCluster, isInNamespace };

/**
 * For a permission policy: `createCheWorkspaceConditionalDecision(permission,
 * cheWorkspaceConditions.isInNamespace({ namespaces: ['dev-*'] }))`.
 */
export const {
  conditions: cheWorkspaceConditions,
  createConditionalDecision: createCheWorkspaceConditionalDecision,
} = createConditionExports({
  resourceRef: cheWorkspacePermissionResourceRef,
  rules: cheWorkspacePermissionRules,
});
