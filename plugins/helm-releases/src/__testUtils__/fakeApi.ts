import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  Context,
  HelmReleasesClient,
  Release,
  ReleaseDiff,
} from '@fawkes/plugin-helm-releases-common';
import {
  HELM_NAMESPACE_ANNOTATION,
  HELM_RELEASE_ANNOTATION,
} from '../annotations';

export const context = (name = 'local'): Context => ({
  name,
  server: `https://${name}.example.com`,
  cluster: name,
  user: 'serviceAccount',
  selected: name === 'local',
  title: `${name} cluster`,
});

export function release(version: number, status = 'deployed'): Release {
  return {
    name: 'hello',
    namespace: 'demo',
    version,
    info: {
      status,
      description: version === 1 ? 'Install complete' : 'Upgrade complete',
      last_deployed: `2026-11-0${version}T10:00:00Z`,
    },
    chart: {
      metadata: {
        name: 'hello',
        version: `0.${version}.0`,
        appVersion: `1.${version}`,
      },
    },
    config: { replicas: version },
  };
}

export const diff = (from = 1, to = 2): ReleaseDiff => ({
  name: 'hello',
  namespace: 'demo',
  from,
  to,
  resources: [
    {
      change: 'changed',
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'demo',
      name: 'hello',
      diff: `--- Deployment/hello@${from}\n+++ Deployment/hello@${to}\n@@ -1,2 +1,2 @@\n kind: Deployment\n-replicas: ${from}\n+replicas: ${to}\n`,
    },
  ],
  values: {
    changed: true,
    diff: `@@ -1 +1 @@\n-replicas: ${from}\n+replicas: ${to}\n`,
  },
  notes: { changed: false, diff: '' },
});

/** A failed backend answer, as the generated client throws it. */
export async function responseError(status: number, message: string) {
  const body = {
    error: { name: 'Error', message },
    request: { method: 'GET', url: '/api/releases' },
    response: { statusCode: status },
  };
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: 'Error',
    url: 'http://backend/api/helm-releases/api/releases',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () => JSON.stringify(body),
  } as any);
}

/** The client's methods the components call, as jest mocks: release hello at revisions 1 and 2. */
export function fakeHelmApi(
  history: Release[] = [release(1, 'superseded'), release(2)],
) {
  return {
    listContexts: jest.fn(async () => [context()]),
    listReleases: jest.fn(async (_init?: any) => history.slice(-1)),
    getReleaseHistory: jest.fn(async () => history),
    diffRelease: jest.fn(async (init: any) =>
      diff(init.params.query.from, init.params.query.to),
    ),
    rollbackRelease: jest.fn(async () => release(3)),
    upgradeRelease: jest.fn(async () => ({
      release: release(3),
      diff: diff(2, 3),
      dryRun: true,
    })),
  } satisfies Partial<Record<keyof HelmReleasesClient, unknown>>;
}

export const annotated: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payment-service',
    annotations: {
      [HELM_RELEASE_ANNOTATION]: 'hello',
      [HELM_NAMESPACE_ANNOTATION]: 'demo',
    },
  },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
};
