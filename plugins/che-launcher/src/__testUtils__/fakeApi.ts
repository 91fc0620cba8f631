import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { CHE_DEVFILE_URL_ANNOTATION } from '../annotations';
import type {
  CheLauncherClient,
  Workspace,
} from '@fawkes/plugin-che-launcher-common';

export function workspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    workspaceId: 'uid-1',
    name: 'payment-service-abcde',
    namespace: 'guest-che',
    status: 'Running',
    ideUrl: 'https://che.example.com/guest-che/payment-service-abcde/',
    devfile: { name: 'payment-service', version: '1.0.0' },
    createdAt: '2026-12-01T10:00:00Z',
    lastUsed: '2026-12-01T10:00:00Z',
    entityRef: 'component:default/payment-service',
    ...overrides,
  };
}

/** A backend answer that failed the way the real client reports it. */
export async function responseError(status: number, message: string) {
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: 'Error',
    url: 'http://backend/api/che-launcher/workspaces',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () =>
      JSON.stringify({
        error: { name: 'NotAllowedError', message },
        request: { method: 'GET', url: '/workspaces' },
        response: { statusCode: status },
      }),
  } as any);
}

/** The client's methods the components call, as jest mocks. */
export function fakeCheApi(workspaces: Workspace[] = []) {
  return {
    listWorkspaces: jest.fn(async () => ({
      workspaces,
      total: workspaces.length,
    })),
    createWorkspace: jest.fn(async () => workspace({ status: 'Starting' })),
    startWorkspace: jest.fn(async () => workspace({ status: 'Starting' })),
    stopWorkspace: jest.fn(async () => workspace({ status: 'Stopping' })),
    deleteWorkspace: jest.fn(async () => undefined),
  } satisfies Partial<CheLauncherClient>;
}

/** A component with a devfile annotation. */
export const annotated: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payment-service',
    annotations: {
      [CHE_DEVFILE_URL_ANNOTATION]: 'https://git.example.com/devfile.yaml',
    },
  },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
};
