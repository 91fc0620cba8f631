import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** An editor a workspace can be opened with: the DevWorkspaceTemplate spec Che contributes for it. */
export interface EditorDefinition {
  /** Che's editor id, e.g. `che-incubator/che-code/latest` (the `che.eclipse.org/che-editor` annotation). */
  id: string;
  /** Prefix of the DevWorkspaceTemplate name: `<name>-<workspace>`. */
  name: string;
  /** The DevWorkspaceTemplate spec: components, commands and events of the editor devfile. */
  template: Record<string, unknown>;
}

export const CHE_CODE_EDITOR_ID = 'che-incubator/che-code/latest';
/** Che Code's image repository and the released tag used unless `cheLauncher.cheCode` pins another. */
export const CHE_CODE_IMAGE = 'quay.io/che-incubator/che-code';
export const CHE_CODE_VERSION = '7.120.0';
/** A tag (never `latest`: a pinned editor must not change under running workspaces) or a digest. */
const PINNED_VERSION =
  /^(?!latest$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$|^sha256:[0-9a-f]{64}$/;

/**
 * The URLs Che's dashboard passes to every editor container as environment variables: the
 * editor reads its extensions from the registries and links back to the dashboard.
 */
export interface EditorEnvironment {
  dashboardUrl?: string;
  pluginRegistryUrl?: string;
  pluginRegistryInternalUrl?: string;
  openVsxRegistryUrl?: string;
}

const EDITOR_ENV_NAMES: Record<keyof EditorEnvironment, string> = {
  dashboardUrl: 'CHE_DASHBOARD_URL',
  pluginRegistryUrl: 'CHE_PLUGIN_REGISTRY_URL',
  pluginRegistryInternalUrl: 'CHE_PLUGIN_REGISTRY_INTERNAL_URL',
  openVsxRegistryUrl: 'OPENVSX_REGISTRY_URL',
};

/** One of the three public `code-redirect-<n>` endpoints (ports 13131-13133) of Che's Che Code definition. */
const redirectEndpoint = (n: number) => ({
  name: `code-redirect-${n}`,
  targetPort: 13130 + n,
  exposure: 'public',
  protocol: 'https',
  attributes: { discoverable: false, urlRewriteSupported: false },
});

/**
 * Che Code (VS Code) as che-operator's editor definition (`che-code-latest.yaml`) has it, its
 * image pinned to `<image>:<version>` (or `<image>@sha256:…`): an init
 * container copies the editor into a shared volume, and a container contribution, merged into
 * the devfile's first container, carries the `type: main` endpoint that makes the operator set
 * `status.mainUrl`. The editor starts as a postStart command, so the dev container keeps the
 * command its devfile gives it.
 */
export function cheCodeEditor({
  image = CHE_CODE_IMAGE,
  version = CHE_CODE_VERSION,
}: { image?: string; version?: string } = {}): EditorDefinition {
  if (!PINNED_VERSION.test(version)) {
    throw new Error(
      `cheLauncher.cheCode.version "${version}" must be a released tag such as ${CHE_CODE_VERSION} or a sha256 digest, not latest`,
    );
  }
  const reference = version.startsWith('sha256:')
    ? `${image}@${version}`
    : `${image}:${version}`;
  return {
    id: CHE_CODE_EDITOR_ID,
    name: 'che-code',
    template: {
      components: [
        {
          name: 'che-code-injector',
          container: {
            image: reference,
            command: ['/entrypoint-init-container.sh'],
            volumeMounts: [{ name: 'checode', path: '/checode' }],
            memoryLimit: '256Mi',
            memoryRequest: '32Mi',
            cpuLimit: '500m',
            cpuRequest: '30m',
          },
        },
        {
          name: 'che-code-runtime-description',
          attributes: {
            'app.kubernetes.io/component': 'che-code-runtime',
            'app.kubernetes.io/part-of': 'che-code.eclipse.org',
            'controller.devfile.io/container-contribution': true,
          },
          container: {
            // A container contribution: the operator merges its endpoints, mounts and resources into
            // the dev container and never runs this image.
            image: 'quay.io/devfile/universal-developer-image:ubi9-latest',
            volumeMounts: [{ name: 'checode', path: '/checode' }],
            memoryLimit: '1024Mi',
            memoryRequest: '256Mi',
            cpuLimit: '500m',
            cpuRequest: '30m',
            endpoints: [
              {
                name: 'che-code',
                attributes: {
                  type: 'main',
                  cookiesAuthEnabled: true,
                  discoverable: false,
                  urlRewriteSupported: true,
                },
                targetPort: 3100,
                exposure: 'public',
                secure: true,
                protocol: 'https',
              },
              ...[1, 2, 3].map(redirectEndpoint),
            ],
          },
        },
        { name: 'checode', volume: {} },
      ],
      commands: [
        {
          id: 'init-container-command',
          apply: { component: 'che-code-injector' },
        },
        {
          id: 'init-che-code-command',
          exec: {
            component: 'che-code-runtime-description',
            commandLine:
              'nohup /checode/entrypoint-volume.sh > /checode/entrypoint-logs.txt 2>&1 &',
          },
        },
      ],
      events: {
        preStart: ['init-container-command'],
        postStart: ['init-che-code-command'],
      },
    },
  };
}

/**
 * The template with Che's dashboard variables set on each of its containers, replacing any of
 * the same name, as the dashboard does before it creates the editor's DevWorkspaceTemplate.
 */
export function withEditorEnvironment(
  template: Record<string, unknown>,
  environment: EditorEnvironment,
): Record<string, unknown> {
  const env = Object.entries(EDITOR_ENV_NAMES).flatMap(([key, name]) => {
    const value = environment[key as keyof EditorEnvironment];
    return value === undefined ? [] : [{ name, value }];
  });
  const copy = structuredClone(template);
  if (env.length === 0 || !Array.isArray(copy.components)) return copy;
  const names = new Set(env.map(e => e.name));
  for (const component of copy.components as Array<Record<string, any>>) {
    const container = component?.container;
    if (!container || typeof container !== 'object') continue;
    const kept = Array.isArray(container.env)
      ? container.env.filter(
          (e: { name?: string }) => !names.has(e?.name ?? ''),
        )
      : [];
    container.env = [...kept, ...env];
  }
  return copy;
}

export function editorEnvironmentFromConfig(config: Config): EditorEnvironment {
  return {
    dashboardUrl: config.getOptionalString('cheLauncher.dashboardUrl'),
    pluginRegistryUrl: config.getOptionalString(
      'cheLauncher.pluginRegistryUrl',
    ),
    pluginRegistryInternalUrl: config.getOptionalString(
      'cheLauncher.pluginRegistryInternalUrl',
    ),
    openVsxRegistryUrl: config.getOptionalString(
      'cheLauncher.openVsxRegistryUrl',
    ),
  };
}

/** The editors of `cheLauncher.editors` plus Che Code, and the default one. */
export class Editors {
  private readonly byId: Map<string, EditorDefinition>;

  static fromConfig(config: Config): Editors {
    const environment = editorEnvironmentFromConfig(config);
    const configured = (
      config.getOptionalConfigArray('cheLauncher.editors') ?? []
    ).map(editor => ({
      id: editor.getString('id'),
      name: editor.getString('name'),
      template: editor.getConfig('template').get() as Record<string, unknown>,
    }));
    const cheCode = cheCodeEditor({
      image: config.getOptionalString('cheLauncher.cheCode.image'),
      version: config.getOptionalString('cheLauncher.cheCode.version'),
    });
    return new Editors(
      [cheCode, ...configured].map(editor => ({
        ...editor,
        template: withEditorEnvironment(editor.template, environment),
      })),
      config.getOptionalString('cheLauncher.defaultEditor') ??
        CHE_CODE_EDITOR_ID,
    );
  }

  constructor(
    editors: EditorDefinition[],
    private readonly defaultId: string,
  ) {
    this.byId = new Map(editors.map(e => [e.id, e]));
    if (!this.byId.has(defaultId)) {
      throw new Error(
        `cheLauncher.defaultEditor "${defaultId}" is not a known editor: ${this.ids().join(', ')}`,
      );
    }
  }

  /** The editor of that id, or the default; an unknown id is a 400 listing the known ones. */
  get(id?: string): EditorDefinition {
    const editor = this.byId.get(id ?? this.defaultId);
    if (!editor)
      throw new InputError(
        `editor "${id}" is not known: use one of ${this.ids().join(', ')}`,
      );
    return editor;
  }

  private ids(): string[] {
    return [...this.byId.keys()];
  }
}
