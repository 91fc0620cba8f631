import { createHash } from 'node:crypto';
import {
  apiVersionOf,
  type ResourceType,
  type ResourceTypeRegistry,
} from './resourceTypes';

/*
 * OpenAPI v3 as kube-apiserver publishes it at /openapi/v3: a root listing one document per group
 * version, and those documents. Clients read them to learn whether the server validates fields
 * itself: kubectl's and Helm's builders look for the `fieldValidation` query parameter on the
 * PATCH operation of each kind and, when it is there, leave validation to the server instead of
 * downloading the whole schema. Object schemas are not published (the simulator validates none).
 */

const PREFIX = '/openapi/v3';

/** The path of a group version's document under /openapi/v3: `api/v1` or `apis/<group>/<version>`. */
const documentPath = (type: Pick<ResourceType, 'group' | 'version'>) =>
  type.group ? `apis/${type.group}/${type.version}` : `api/${type.version}`;

/** The /openapi/v3 root, or a group version's document; undefined for any other path. */
export function openApiV3(
  types: ResourceTypeRegistry,
  path: string,
): unknown | undefined {
  if (path === PREFIX) {
    // As the real root, each entry carries its document's hash, so that clients can cache them.
    const paths: Record<string, { serverRelativeURL: string }> = {};
    for (const type of types.all()) {
      const hash = createHash('sha256')
        .update(JSON.stringify(groupVersionDocument(types, documentPath(type))))
        .digest('hex')
        .slice(0, 32);
      paths[documentPath(type)] = {
        serverRelativeURL: `${PREFIX}/${documentPath(type)}?hash=${hash}`,
      };
    }
    return { paths };
  }
  return path.startsWith(`${PREFIX}/`)
    ? groupVersionDocument(types, path.slice(PREFIX.length + 1))
    : undefined;
}

function groupVersionDocument(types: ResourceTypeRegistry, path: string) {
  const served = types.all().filter(type => documentPath(type) === path);
  if (served.length === 0) return undefined;
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: apiVersionOf(served[0]) },
    paths: Object.fromEntries(
      served.map(type => [objectPath(type), { patch: patchOperation(type) }]),
    ),
    components: { schemas: {} },
  };
}

function objectPath(type: ResourceType): string {
  const base = type.group
    ? `/apis/${type.group}/${type.version}`
    : `/api/${type.version}`;
  return `${base}${type.namespaced ? '/namespaces/{namespace}' : ''}/${type.plural}/{name}`;
}

function patchOperation(type: ResourceType) {
  return {
    operationId: `patch${type.namespaced ? 'Namespaced' : ''}${type.kind}`,
    'x-kubernetes-action': 'patch',
    'x-kubernetes-group-version-kind': {
      group: type.group,
      version: type.version,
      kind: type.kind,
    },
    parameters: ['dryRun', 'fieldManager', 'fieldValidation', 'force'].map(
      name => ({
        name,
        in: 'query',
        schema: { type: name === 'force' ? 'boolean' : 'string' },
      }),
    ),
    responses: { '200': { description: 'OK' } },
  };
}
