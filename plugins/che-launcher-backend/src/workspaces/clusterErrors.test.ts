import { NotFoundError } from '@backstage/errors';
import { ApiException } from '@kubernetes/client-node';
import {
  clusterError,
  isMissingObject,
  workspaceApiError,
} from './clusterErrors';

/** A failed call as @kubernetes/client-node throws it: the response body is the Status as JSON text. */
const failed = (code: number, body: unknown) =>
  new ApiException(
    code,
    `HTTP-Code: ${code}`,
    typeof body === 'string' ? body : JSON.stringify(body),
    {},
  );
const status = (code: number, reason: string, details: object) => ({
  kind: 'Status',
  status: 'Failure',
  code,
  reason,
  details,
  message: `${reason} message`,
});

describe('cluster errors of che-launcher', () => {
  const namedMissing = failed(
    404,
    status(404, 'NotFound', {
      name: 'my-workspace',
      group: 'workspace.devfile.io',
      kind: 'devworkspaces',
    }),
  );
  // What an API server answers for a path it does not serve: no object named, or no Status at all.
  const unserved = [
    failed(404, status(404, 'NotFound', {})),
    failed(404, '404 page not found\n'),
  ];

  it('tells a named object that is missing (404 not found) from a resource type the cluster does not serve (502)', () => {
    expect(isMissingObject(namedMissing)).toBe(true);
    expect(
      isMissingObject(
        new ApiException(
          404,
          'HTTP-Code: 404',
          JSON.parse(namedMissing.body),
          {},
        ),
      ),
    ).toBe(true);
    const missing = workspaceApiError(namedMissing, 'local');
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.message).toBe(
      'Kubernetes cluster "local": NotFound message',
    );
    for (const error of unserved) {
      expect(isMissingObject(error)).toBe(false);
      expect(workspaceApiError(error, 'local')).toMatchObject({
        statusCode: 502,
        message: expect.stringMatching(
          /^Kubernetes cluster "local" does not serve workspace\.devfile\.io\/v1alpha2 DevWorkspaces/,
        ),
      });
    }
  });

  it('is no missing object for other failures, and answers a refused service account with 502', () => {
    const forbidden = failed(
      403,
      status(403, 'Forbidden', { name: 'my-workspace' }),
    );
    expect(isMissingObject(forbidden)).toBe(false);
    expect(isMissingObject(new Error('socket hang up'))).toBe(false);
    expect(clusterError(forbidden, 'local')).toMatchObject({
      statusCode: 502,
      message: expect.stringContaining(
        "refused che-launcher's service account",
      ),
    });
  });
});
