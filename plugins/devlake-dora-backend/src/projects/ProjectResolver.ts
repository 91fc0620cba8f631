import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef, type Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** The catalog annotation that names a component's DevLake project. */
export const PROJECT_ANNOTATION = 'devlake.apache.org/project-name';

const projectKey = (entity: Entity) => entity.metadata.annotations?.[PROJECT_ANNOTATION] ?? entity.metadata.name;

/**
 * Turns a `project` or `team` parameter into the project keys events are stored under: a
 * Component is a project (its annotation, else its name); a team is the components its Group owns.
 */
export class ProjectResolver {
  constructor(private readonly catalog: CatalogService) {}

  /** Undefined: every project. */
  async resolve(query: { project?: string; team?: string }, credentials: BackstageCredentials): Promise<string[] | undefined> {
    if (query.project) {
      const { items } = await this.catalog.getEntities(
        { filter: { kind: 'Component', 'metadata.name': query.project }, fields: ['metadata.name', 'metadata.annotations'] },
        { credentials },
      );
      // A project that is not (yet) in the catalog is still the key its events were sent with.
      return items.length > 0 ? [...new Set(items.map(projectKey))] : [query.project];
    }
    if (query.team) {
      const group = parseEntityRef(query.team, { defaultKind: 'group', defaultNamespace: 'default' });
      const owners = [`group:${group.namespace}/${group.name}`, group.name];
      if (group.namespace === 'default') owners.push(`group:${group.name}`);
      const { items } = await this.catalog.getEntities(
        { filter: { kind: 'Component', 'spec.owner': owners }, fields: ['metadata.name', 'metadata.annotations'] },
        { credentials },
      );
      if (items.length === 0) throw new NotFoundError(`team ${query.team} owns no Component in the catalog`);
      return [...new Set(items.map(projectKey))];
    }
    return undefined;
  }
}
