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

/** One of the three public `code-redirect-<n>` endpoints (ports 13131-13133) of Che's Che Code definition. */
const redirectEndpoint = (n: number) => ({
  name: `code-redirect-${n}`,
  targetPort: 13130 + n,
  exposure: 'public',
  protocol: 'https',
  attributes: { discoverable: false, urlRewriteSupported: false },
});

/**
 * Che Code (VS Code) as che-operator's editor definition (`che-code-latest.yaml`) has it: an init
 * container copies the editor into a shared volume, and a container contribution, merged into
 * the devfile's first container, carries the `type: main` endpoint that makes the operator set
 * `status.mainUrl`. The editor starts as a postStart command, so the dev container keeps the
 * command its devfile gives it.
 */
export const cheCodeEditor: EditorDefinition = {
  id: CHE_CODE_EDITOR_ID,
  name: 'che-code',
  template: {
    components: [
      {
        name: 'che-code-injector',
        container: {
          image: 'quay.io/che-incubator/che-code:latest',
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
          image: 'quay.io/devfile/universal-developer-image:latest',
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

/** The editors of `cheLauncher.editors` plus Che Code, and the default one. */
export class Editors {
  private readonly byId: Map<string, EditorDefinition>;

  static fromConfig(config: Config): Editors {
    const configured = (
      config.getOptionalConfigArray('cheLauncher.editors') ?? []
    ).map(editor => ({
      id: editor.getString('id'),
      name: editor.getString('name'),
      template: editor.getConfig('template').get() as Record<string, unknown>,
    }));
    return new Editors(
      [cheCodeEditor, ...configured],
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
