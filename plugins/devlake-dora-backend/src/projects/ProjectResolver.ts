import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  RELATION_OWNED_BY,
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** The catalog annotation that names a component's DevLake project. */
export const PROJECT_ANNOTATION = 'devlake.apache.org/project-name';

const projectKey = (entity: Entity) =>
  entity.metadata.annotations?.[PROJECT_ANNOTATION] ?? entity.metadata.name;

/**
 * Turns a `project` or `team` parameter into the project keys events are stored under: a
 * Component is a project (its annotation, else its name); a team is the components its Group owns,
 * read from the catalog's `ownedBy` relations, so any way `spec.owner` is written (`team-a`,
 * `default/team-a`, `group:default/team-a`, relative to the component's namespace) resolves as the
 * catalog resolved it.
 */
export class ProjectResolver {
  constructor(private readonly catalog: CatalogService) {}

  /** Undefined: every project. */
  async resolve(
    query: { project?: string; team?: string },
    credentials: BackstageCredentials,
  ): Promise<string[] | undefined> {
    if (query.project) {
      const { items } = await this.components(
        { 'metadata.name': query.project },
        credentials,
      );
      // A project that is not (yet) in the catalog is still the key its events were sent with.
      return items.length > 0
        ? [...new Set(items.map(projectKey))]
        : [query.project];
    }
    if (query.team) {
      const group = stringifyEntityRef(this.groupRef(query.team));
      const { items } = await this.components(
        { [`relations.${RELATION_OWNED_BY}`]: group },
        credentials,
      );
      if (items.length === 0)
        throw new NotFoundError(
          `team ${query.team} owns no Component in the catalog`,
        );
      return [...new Set(items.map(projectKey))];
    }
    return undefined;
  }

  private groupRef(team: string) {
    try {
      return parseEntityRef(team, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      });
    } catch {
      throw new InputError(
        `query.team: must be a group name or entity reference such as group:default/team-a, got ${JSON.stringify(team)}`,
      );
    }
  }

  private async components(
    filter: Record<string, string | string[]>,
    credentials: BackstageCredentials,
  ) {
    try {
      return await this.catalog.getEntities(
        {
          filter: { kind: 'Component', ...filter },
          fields: ['metadata.name', 'metadata.annotations'],
        },
        { credentials },
      );
    } catch (error) {
      throw new ServiceUnavailableError(
        `the catalog could not resolve the project or team: ${(error as Error).message}`,
      );
    }
  }
}
