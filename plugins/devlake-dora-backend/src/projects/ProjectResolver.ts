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

/**
 * The annotations (those the GitHub, Argo CD and Jenkins Backstage plugins read) naming where a
 * component's events come from under other names, and the project key each source's events carry:
 * GitHub's is the repository's name, Argo CD's the application, Jenkins' the job.
 */
const SOURCE_ANNOTATIONS: Array<[string, (value: string) => string]> = [
  ['github.com/project-slug', slug => slug.split('/').pop() ?? slug],
  ['argocd/app-name', app => app],
  // `instance:job` names a job of one of several Jenkins instances.
  ['jenkins.io/job-full-name', job => job.split(':').pop() ?? job],
];

const projectKey = (entity: Entity) =>
  entity.metadata.annotations?.[PROJECT_ANNOTATION] ?? entity.metadata.name;

/** Every key a component's events may carry: its project, then its sources' names. */
function keysOf(entity: Entity): string[] {
  const annotations = entity.metadata.annotations ?? {};
  const keys = [projectKey(entity)];
  for (const [annotation, keyOf] of SOURCE_ANNOTATIONS) {
    for (const value of (annotations[annotation] ?? '').split(',')) {
      const key = value.trim() && keyOf(value.trim());
      if (key) keys.push(key);
    }
  }
  return [...new Set(keys)];
}

/** The project keys to read, and the project each key's facts count for. */
export interface ProjectScope {
  keys: string[];
  /** A source's key → the component's project key, so commits meet their deployments. */
  aliases: Map<string, string>;
}

function scopeOf(entities: Entity[]): ProjectScope {
  const aliases = new Map<string, string>();
  for (const entity of entities) {
    const project = projectKey(entity);
    for (const key of keysOf(entity))
      if (!aliases.has(key)) aliases.set(key, project);
  }
  return { keys: [...aliases.keys()], aliases };
}

/**
 * Turns a `project` or `team` parameter into the project keys events are stored under: a
 * Component is a project (its annotation, else its name); a team is the components its Group owns,
 * read from the catalog's `ownedBy` relations, so any way `spec.owner` is written (`team-a`,
 * `default/team-a`, `group:default/team-a`, relative to the component's namespace) resolves as the
 * catalog resolved it.
 */
export class ProjectResolver {
  constructor(private readonly catalog: CatalogService) {}

  /** The project keys to read; undefined: every project. */
  async resolve(
    query: { project?: string; team?: string },
    credentials: BackstageCredentials,
  ): Promise<string[] | undefined> {
    return (await this.scope(query, credentials))?.keys;
  }

  /**
   * The keys and their aliases: a Component's project and the names its annotations give its
   * repository, Argo CD application and Jenkins job; a team's are its Components'. Undefined:
   * every project.
   */
  async scope(
    query: { project?: string; team?: string },
    credentials: BackstageCredentials,
  ): Promise<ProjectScope | undefined> {
    if (query.project) {
      const { items } = await this.components(
        this.componentFilter(query.project),
        credentials,
      );
      // A project that is not (yet) in the catalog is still the key its events were sent with.
      return items.length > 0
        ? scopeOf(items)
        : { keys: [query.project], aliases: new Map() };
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
      return scopeOf(items);
    }
    return undefined;
  }

  /**
   * A project named as a component: its name (in any namespace), or an entity reference
   * (`component:default/payments`, `default/payments`) as a portal passes one. A key with a `/`
   * that names no component is still looked up as the key its events carry (see `scope`).
   */
  private componentFilter(project: string): Record<string, string> {
    if (!project.includes(':') && !project.includes('/'))
      return { 'metadata.name': project };
    try {
      const ref = parseEntityRef(project, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      });
      if (ref.kind.toLowerCase() === 'component')
        return {
          'metadata.namespace': ref.namespace,
          'metadata.name': ref.name,
        };
    } catch {
      // Not a reference: a key with odd characters, looked up by name.
    }
    return { 'metadata.name': project };
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
