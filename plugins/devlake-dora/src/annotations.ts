import type { Entity } from '@backstage/catalog-model';

/** The DevLake project whose events are this component's. */
export const DEVLAKE_PROJECT_ANNOTATION = 'devlake.apache.org/project-name';

export function devlakeProjectOf(entity: Entity): string | undefined {
  return entity.metadata.annotations?.[DEVLAKE_PROJECT_ANNOTATION];
}
