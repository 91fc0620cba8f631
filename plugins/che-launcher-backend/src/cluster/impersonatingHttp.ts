import { kubernetesClient } from '@fawkes/kubernetes-clusters';
import type * as k8s from '@kubernetes/client-node';
import fetch, { Headers } from 'node-fetch';

/** Who the cluster sees acting: `Impersonate-User` and one `Impersonate-Group` line per group. */
export interface ClusterIdentity {
  user: string;
  groups: string[];
}

/**
 * The client's own HTTP library (node-fetch) with impersonation headers added. The generated
 * client keeps one value per header name, while the API server reads every `Impersonate-Group`
 * line as one group (a comma-joined value would be one group named "a, b"), so the lines are
 * appended here, where repeated headers can be sent.
 */
export function impersonatingHttpLibrary(
  identity: ClusterIdentity,
): k8s.HttpLibrary {
  const { ResponseContext, wrapHttpLibrary } = kubernetesClient();
  return wrapHttpLibrary({
    async send(request: k8s.RequestContext): Promise<k8s.ResponseContext> {
      const headers = new Headers(request.getHeaders());
      headers.set('Impersonate-User', identity.user);
      headers.delete('Impersonate-Group');
      for (const group of identity.groups)
        headers.append('Impersonate-Group', group);
      const response = await fetch(request.getUrl(), {
        method: request.getHttpMethod().toString(),
        body: request.getBody() as any,
        headers,
        signal: request.getSignal() as any,
        agent: request.getAgent(),
      });
      const answered: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        answered[name] = value;
      });
      return new ResponseContext(response.status, answered, {
        text: () => response.text(),
        binary: () => response.buffer(),
      });
    },
  });
}
