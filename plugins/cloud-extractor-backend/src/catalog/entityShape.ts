import { makeValidator, parseEntityRef } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';

/** How resources become entities; from `cloudExtractor.catalog`. */
export interface EntityShapeOptions {
  /** The tag whose value names the owner (e.g. `group:platform` or `platform`). */
  ownerTag: string;
  /** The owner when the tag is absent or not a valid entity reference. */
  defaultOwner: string;
}

export const DEFAULT_ENTITY_SHAPE: EntityShapeOptions = {
  ownerTag: 'owner',
  defaultOwner: 'group:default/cloud-platform',
};

/** Backstage's model: the owner of a Resource is a Group or a User. */
const OWNER_KINDS = new Set(['group', 'user']);
const validators = makeValidator();

/**
 * The owner reference a tag value names, as written (a bare name becomes `group:<name>`), or
 * undefined when the catalog could not resolve it: not `[kind:][namespace/]name`, a kind other
 * than Group or User, or a name or namespace outside the catalog's rules.
 */
export function ownerRef(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let ref: { kind: string; namespace: string; name: string };
  try {
    ref = parseEntityRef(text, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch {
    return undefined;
  }
  // Refs are compared lower-cased, so `Group:Platform/Team` resolves like `group:platform/team`.
  if (!OWNER_KINDS.has(ref.kind.toLowerCase())) return undefined;
  if (
    !validators.isValidNamespace(ref.namespace.toLowerCase()) ||
    !validators.isValidEntityName(ref.name)
  )
    return undefined;
  return text.includes(':') ? text : `group:${text}`;
}

/** Reads `cloudExtractor.catalog`; an unusable `defaultOwner` stops the backend at start. */
export function readEntityShape(config: Config): EntityShapeOptions {
  const ownerTag =
    config.getOptionalString('cloudExtractor.catalog.ownerTag') ??
    DEFAULT_ENTITY_SHAPE.ownerTag;
  const configured = config.getOptionalString(
    'cloudExtractor.catalog.defaultOwner',
  );
  const defaultOwner =
    configured === undefined
      ? DEFAULT_ENTITY_SHAPE.defaultOwner
      : ownerRef(configured);
  if (!defaultOwner) {
    throw new Error(
      `cloudExtractor.catalog.defaultOwner must be a Group or User entity reference such as group:default/cloud-platform; got '${configured}'`,
    );
  }
  if (!ownerTag.trim())
    throw new Error('cloudExtractor.catalog.ownerTag must not be blank');
  return { ownerTag, defaultOwner };
}
