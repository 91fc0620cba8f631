import type { Entity } from '@backstage/catalog-model';

/** An https URL of the component's devfile. */
export const CHE_DEVFILE_URL_ANNOTATION = 'eclipse.org/che-devfile-url';
/** The name of one of the golden-path devfiles configured under `cheLauncher.devfiles`. */
export const CHE_DEVFILE_ANNOTATION = 'eclipse.org/che-devfile';

/** The devfile a workspace for this entity is created from, as the backend will resolve it. */
export function devfileOf(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  return (
    annotations[CHE_DEVFILE_URL_ANNOTATION] ??
    annotations[CHE_DEVFILE_ANNOTATION]
  );
}

/**
 * Workspaces created from an entity's card are named `<entity name>-<suffix>`, which is how the
 * card finds them again: the API's workspace answers do not carry the entity.
 */
export function workspacePrefixOf(entity: Entity): string {
  const base = entity.metadata.name
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `${base || 'workspace'}-`;
}
