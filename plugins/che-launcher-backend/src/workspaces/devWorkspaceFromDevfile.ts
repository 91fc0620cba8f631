import { stringify as toYaml } from 'yaml';
import type { Devfile } from '../devfiles/DevfileValidator';
import {
  ANNOTATIONS,
  CHE_DEVWORKSPACE_CONFIG_NAME,
  DEVWORKSPACE_API_VERSION,
  DEVWORKSPACE_CONFIG_ATTRIBUTE,
  DEVWORKSPACE_METADATA_ANNOTATION_ATTRIBUTE,
  type DevWorkspace,
  type DevWorkspaceTemplate,
  STORAGE_TYPE_ATTRIBUTE,
  USE_STARTER_PROJECT_ATTRIBUTE,
} from './cheObjects';
import { CHE_DEV_ENVIRONMENTS, type DevEnvironments } from './devEnvironments';
import type { EditorDefinition } from './editors';

/**
 * The largest devfile kept whole in the `che.eclipse.org/devfile` annotation: all annotations of
 * an object share 256 KiB, so a larger devfile is left out rather than failing the create.
 */
const MAX_DEVFILE_ANNOTATION_BYTES = 128 * 1024;
/** The generator's name for the dev container it adds. */
const DEFAULT_DEV_CONTAINER_NAME = 'dev';

export interface ConversionInput {
  devfile: Devfile;
  /** The devfile as fetched, kept in the `che.eclipse.org/devfile` annotation. */
  devfileContent?: string;
  name: string;
  namespace: string;
  editor: EditorDefinition;
  /** Default: a CheCluster's defaults. */
  devEnvironments?: DevEnvironments;
  devfileUrl?: string;
  entityRef?: string;
  userRef: string;
  now: Date;
}

export interface ConvertedWorkspace {
  devWorkspace: DevWorkspace;
  /** The editor template; its ownerReference is added once the workspace has a uid. */
  editorTemplate: DevWorkspaceTemplate;
}

/**
 * The DevWorkspace and editor DevWorkspaceTemplate Che creates for a devfile: the devfile minus
 * schemaVersion and metadata as `spec.template` (metadata.attributes merged into attributes,
 * the `dw.metadata.annotations` attribute lifted onto the workspace, the first starter project
 * selected), `routingClass: che`, and the editor contributed by a template named
 * `<editor>-<workspace>`. As Che's dashboard, it adds the default components to a devfile with
 * none, and the storage type and Che's operator config from the CheCluster's settings. The
 * workspace is created stopped and started once the template exists.
 */
export function devWorkspaceFromDevfile(
  input: ConversionInput,
): ConvertedWorkspace {
  const {
    devfile,
    name,
    namespace,
    editor,
    devEnvironments = CHE_DEV_ENVIRONMENTS,
    now,
  } = input;
  const template: Record<string, any> = structuredClone(devfile);
  delete template.schemaVersion;
  delete template.metadata;
  // The editor merges into the first container; without one the operator fails the workspace.
  if (
    !devfile.parent &&
    !(Array.isArray(devfile.components) && devfile.components.length > 0)
  ) {
    template.components = structuredClone(devEnvironments.defaultComponents);
  }
  // The generator's rule (DevContainerComponentFinder, injectDefaultComponent=true): without a
  // parent and without a container that mounts the sources, a `dev` container is appended.
  if (!devfile.parent && !mountsSources(template.components)) {
    template.components = [
      ...(Array.isArray(template.components) ? template.components : []),
      {
        name: DEFAULT_DEV_CONTAINER_NAME,
        container: { image: devEnvironments.defaultContainerImage },
      },
    ];
  }

  const metadataAttributes = devfile.metadata?.attributes;
  if (metadataAttributes && typeof metadataAttributes === 'object') {
    template.attributes = deepMerge(
      template.attributes ?? {},
      structuredClone(metadataAttributes),
    );
  }
  const devfileAnnotations = liftAnnotations(template);
  if (
    Array.isArray(template.starterProjects) &&
    template.starterProjects.length > 0
  ) {
    setAttribute(
      template,
      USE_STARTER_PROJECT_ATTRIBUTE,
      template.starterProjects[0].name,
    );
  }
  // A parent may set the storage type itself, and the devfile may not set it again.
  if (
    devEnvironments.pvcStrategy &&
    !devfile.parent &&
    template.attributes?.[STORAGE_TYPE_ATTRIBUTE] === undefined
  ) {
    setAttribute(template, STORAGE_TYPE_ATTRIBUTE, devEnvironments.pvcStrategy);
  }
  const cheConfig = cheDevWorkspaceConfig(devEnvironments);
  if (
    cheConfig &&
    template.attributes?.[DEVWORKSPACE_CONFIG_ATTRIBUTE] === undefined
  ) {
    setAttribute(template, DEVWORKSPACE_CONFIG_ATTRIBUTE, cheConfig);
  }

  const templateName = `${editor.name}-${name}`;
  const annotations: Record<string, string> = {
    ...devfileAnnotations,
    [ANNOTATIONS.cheEditor]: editor.id,
    [ANNOTATIONS.lastUpdated]: now.toISOString(),
    [ANNOTATIONS.createdBy]: input.userRef,
  };
  if (input.devfileUrl)
    annotations[ANNOTATIONS.devfileSource] = toYaml({
      url: { location: input.devfileUrl },
    });
  if (
    input.devfileContent !== undefined &&
    Buffer.byteLength(input.devfileContent) <= MAX_DEVFILE_ANNOTATION_BYTES
  ) {
    annotations[ANNOTATIONS.devfile] = input.devfileContent;
  }
  if (input.entityRef) annotations[ANNOTATIONS.entityRef] = input.entityRef;
  if (typeof devfile.metadata?.name === 'string')
    annotations[ANNOTATIONS.devfileName] = devfile.metadata.name;
  if (devfile.metadata?.version !== undefined)
    annotations[ANNOTATIONS.devfileVersion] = String(devfile.metadata.version);

  return {
    devWorkspace: {
      apiVersion: DEVWORKSPACE_API_VERSION,
      kind: 'DevWorkspace',
      metadata: { name, namespace, annotations },
      spec: {
        started: false,
        routingClass: 'che',
        template,
        contributions: [{ name: 'editor', kubernetes: { name: templateName } }],
      },
    },
    editorTemplate: {
      apiVersion: DEVWORKSPACE_API_VERSION,
      kind: 'DevWorkspaceTemplate',
      metadata: { name: templateName, namespace },
      spec: structuredClone(editor.template),
    },
  };
}

/** Che's operator config reference (`{name, namespace}`), when Che's namespace is known. */
export function cheDevWorkspaceConfig(
  devEnvironments: DevEnvironments,
): { name: string; namespace: string } | undefined {
  return devEnvironments.cheNamespace
    ? {
        name: CHE_DEVWORKSPACE_CONFIG_NAME,
        namespace: devEnvironments.cheNamespace,
      }
    : undefined;
}

/** Whether a container component mounts the project sources (`mountSources` defaults to true). */
function mountsSources(components: unknown): boolean {
  return (
    Array.isArray(components) &&
    components.some(c => c?.container && c.container.mountSources !== false)
  );
}

function setAttribute(
  template: Record<string, any>,
  key: string,
  value: unknown,
): void {
  template.attributes = { ...(template.attributes ?? {}), [key]: value };
}

/** Takes the generator's `dw.metadata.annotations` attribute off the template, as string annotations. */
function liftAnnotations(
  template: Record<string, any>,
): Record<string, string> {
  const value =
    template.attributes?.[DEVWORKSPACE_METADATA_ANNOTATION_ATTRIBUTE];
  if (value === undefined) return {};
  delete template.attributes[DEVWORKSPACE_METADATA_ANNOTATION_ATTRIBUTE];
  if (Object.keys(template.attributes).length === 0) delete template.attributes;
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      typeof v === 'string' ? v : JSON.stringify(v),
    ]),
  );
}

/**
 * Merges devfile data key by key. Keys are the devfile's own (`__proto__` included): read only
 * as own properties and written as data properties, so no key reaches a shared prototype.
 */
function deepMerge(
  target: Record<string, any>,
  source: Record<string, any>,
): Record<string, any> {
  for (const [key, value] of Object.entries(source)) {
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    const merged =
      isPlainObject(existing) && isPlainObject(value)
        ? deepMerge(existing, value)
        : value;
    Object.defineProperty(target, key, {
      value: merged,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return target;
}

function isPlainObject(value: unknown): value is Record<string, any> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
