import type { Entity } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import type { CloudResource } from '../providers/types';

/** How resources become entities; from `cloudExtractor.catalog`. */
export interface EntityShapeOptions {
  /** The tag whose value names the owner (e.g. `group:platform` or `platform`). */
  ownerTag: string;
  /** The owner when the tag is absent or not a valid entity reference. */
  defaultOwner: string;
}

export const DEFAULT_ENTITY_SHAPE: EntityShapeOptions = { ownerTag: 'owner', defaultOwner: 'group:default/cloud-platform' };

/** The annotation that carries each provider's canonical id. */
const ID_ANNOTATIONS: Record<string, { id: string; scope: string }> = {
  aws: { id: 'amazonaws.com/arn', scope: 'amazonaws.com/account-id' },
  azure: { id: 'management.azure.com/resourceId', scope: 'management.azure.com/subscriptionId' },
  gcp: { id: 'cloud.google.com/resource-name', scope: 'cloud.google.com/project' },
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

/**
 * A readable name plus a hash of the canonical id: two accounts with a bucket or instance of the
 * same name still give two entities.
 */
export function entityName(resource: CloudResource): string {
  const hash = createHash('sha256').update(`${resource.provider}:${resource.id}`).digest('hex').slice(0, HASH_LENGTH);
  const base = sanitize(resource.name.toLowerCase(), MAX_NAME - HASH_LENGTH - 1) || resource.type;
  return `${base}-${hash}`;
}

const ENTITY_REF = /^(?:([a-z][a-z0-9]*):)?(?:([a-z0-9A-Z][-_.a-z0-9A-Z]{0,61}[a-z0-9A-Z]?)\/)?([a-z0-9A-Z][-_.a-z0-9A-Z]{0,61}[a-z0-9A-Z]?)$/;

function owner(resource: CloudResource, options: EntityShapeOptions): string {
  const tagged = resource.tags[options.ownerTag]?.trim();
  if (tagged && ENTITY_REF.test(tagged)) return tagged.includes(':') ? tagged : `group:${tagged}`;
  return options.defaultOwner;
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
export function toEntity(resource: CloudResource, locationKey: string, options: EntityShapeOptions): Entity {
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
  if (resource.consoleUrl) annotations['backstage.io/view-url'] = resource.consoleUrl;
  const title = resource.tags.Name || resource.tags.name || resource.name;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: entityName(resource),
      namespace: 'default',
      title,
      labels: labels(resource.tags),
      annotations,
    },
    spec: { type: resource.type, owner: owner(resource, options) },
  };
}
