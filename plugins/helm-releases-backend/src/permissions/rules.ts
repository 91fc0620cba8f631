import {
  HELM_RELEASE_RESOURCE_TYPE,
  type HelmReleaseResource,
} from '@fawkes/plugin-helm-releases-common';
import {
  createConditionExports,
  createPermissionResourceRef,
  makeCreatePermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';

/** What a rule's conditions become for a filter over many releases (a list). */
export type HelmReleaseQuery = {
  key: 'cluster' | 'namespace';
  /** Names; in a namespace condition `*` matches any run of characters. */
  values: string[];
};

export const helmReleasePermissionResourceRef = createPermissionResourceRef<
  HelmReleaseResource,
  HelmReleaseQuery
>().with({
  pluginId: 'helm-releases',
  resourceType: HELM_RELEASE_RESOURCE_TYPE,
});

const createRule = makeCreatePermissionRule<
  HelmReleaseResource,
  HelmReleaseQuery,
  typeof HELM_RELEASE_RESOURCE_TYPE
>();

/** `dev-*` as a whole-name pattern: `*` is any run of characters, everything else is literal. */
export function namePattern(pattern: string): RegExp {
  const literal = pattern
    .split('*')
    .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`);
}

const isInCluster = createRule({
  name: 'IS_IN_CLUSTER',
  description: 'Allow releases on one of these configured clusters',
  resourceType: HELM_RELEASE_RESOURCE_TYPE,
  paramsSchema: z.object({
    clusters: z
      .array(z.string())
      .describe('Cluster names, as configured (the `context` of a request)'),
  }),
  apply: (release, { clusters }) => clusters.includes(release.cluster),
  toQuery: ({ clusters }) => ({ key: 'cluster', values: clusters }),
});

const isInNamespace = createRule({
  name: 'IS_IN_NAMESPACE',
  description:
    'Allow releases in namespaces matching one of these names, where * matches any run of characters (dev-*)',
  resourceType: HELM_RELEASE_RESOURCE_TYPE,
  paramsSchema: z.object({
    namespaces: z
      .array(z.string())
      .describe('Namespace names or patterns such as dev-*'),
  }),
  apply: (release, { namespaces }) =>
    namespaces.some(pattern => namePattern(pattern).test(release.namespace)),
  toQuery: ({ namespaces }) => ({ key: 'namespace', values: namespaces }),
});

/** The rules a permission policy can put in conditions on the plugin's permissions. */
export const helmReleasePermissionRules = { isInCluster, isInNamespace };

/**
 * For a permission policy: `createHelmReleaseConditionalDecision(permission,
 * helmReleaseConditions.isInNamespace({ namespaces: ['dev-*'] }))`.
 */
export const {
  conditions: helmReleaseConditions,
  createConditionalDecision: createHelmReleaseConditionalDecision,
} = createConditionExports({
  resourceRef: helmReleasePermissionResourceRef,
  rules: helmReleasePermissionRules,
});
