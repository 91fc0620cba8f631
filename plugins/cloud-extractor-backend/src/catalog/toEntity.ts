import type { Entity } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import type { CloudResource } from '@fawkes/plugin-cloud-extractor-node';
import { ownerRef, type EntityShapeOptions } from './entityShape';

// Also importable from here, where it was first defined (the benchmark imports it so).
export { DEFAULT_ENTITY_SHAPE } from './entityShape';

/** The annotation that carries each provider's canonical id. */
const ID_ANNOTATIONS: Record<string, { id: string; scope: string }> = {
  aws: { id: 'amazonaws.com/arn', scope: 'amazonaws.com/account-id' },
  azure: {
    id: 'management.azure.com/resourceId',
    scope: 'management.azure.com/subscriptionId',
  },
  gcp: {
    id: 'cloud.google.com/resource-name',
    scope: 'cloud.google.com/project',
  },
};

const MAX_NAME = 63;
const HASH_LENGTH = 10;

/** Letters, digits and single separators, as the catalog's name and label rules ask. */
function sanitize(value: string, maxLength: number): string {
  return value
    .replace(/[^A-Za-z0-9\-_.]+/g, '-')
    .replace(/[-_.]{2,}/g, '-')
    .slice(0, maxLength)
    .replace(/^[-_.]+|[-_.]+$/g, '');
}

/** The id the name's hash is taken of. Azure resource ids are case-insensitive, so their case is not part of it. */
function canonicalId(resource: CloudResource): string {
  return resource.provider === 'azure'
    ? resource.id.toLowerCase()
    : resource.id;
}

/**
 * A readable name plus a hash of the canonical id: two accounts with a bucket or instance of the
 * same name still give two entities.
 */
export function entityName(resource: CloudResource): string {
  const hash = createHash('sha256')
    .update(`${resource.provider}:${canonicalId(resource)}`)
    .digest('hex')
    .slice(0, HASH_LENGTH);
  const room = MAX_NAME - HASH_LENGTH - 1;
  const base =
    sanitize(resource.name.toLowerCase(), room) ||
    sanitize(resource.type.toLowerCase(), room) ||
    'resource';
  return `${base}-${hash}`;
}

/** The first of the candidates that is not blank; the catalog refuses an empty title. */
function titleOf(resource: CloudResource): string | undefined {
  const candidates = [
    resource.tags.Name,
    resource.tags.name,
    resource.displayName,
    resource.name,
  ];
  return candidates.map(c => c?.trim()).find(c => !!c);
}

/** Tags as labels: keys and values reduced to what labels allow; the ones left empty are dropped. */
function labels(tags: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) {
    const labelKey = sanitize(key, MAX_NAME);
    if (!labelKey) continue;
    result[labelKey] = sanitize(value, MAX_NAME);
  }
  return result;
}

/** The catalog entity of one cloud resource. */
export function toEntity(
  resource: CloudResource,
  locationKey: string,
  options: EntityShapeOptions,
): Entity {
  if (!resource.type.trim())
    throw new Error('the resource has no type (spec.type must not be empty)');
  const ids = ID_ANNOTATIONS[resource.provider] ?? {
    id: `cloud-extractor.fawkes.dev/resource-id`,
    scope: `cloud-extractor.fawkes.dev/scope`,
  };
  const annotations: Record<string, string> = {
    // The provider name reads as a location ref: type `cloud-extractor`, target `<provider>:<scope>`.
    'backstage.io/managed-by-location': locationKey,
    'backstage.io/managed-by-origin-location': locationKey,
    [ids.id]: resource.id,
    [ids.scope]: resource.scope,
    'cloud-extractor.fawkes.dev/provider': resource.provider,
    'cloud-extractor.fawkes.dev/service': resource.service,
    'cloud-extractor.fawkes.dev/region': resource.region,
  };
  if (resource.consoleUrl)
    annotations['backstage.io/view-url'] = resource.consoleUrl;
  const title = titleOf(resource);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: entityName(resource),
      namespace: 'default',
      ...(title ? { title } : {}),
      labels: labels(resource.tags),
      annotations,
    },
    spec: {
      type: resource.type,
      owner: ownerRef(resource.tags[options.ownerTag]) ?? options.defaultOwner,
    },
  };
}
