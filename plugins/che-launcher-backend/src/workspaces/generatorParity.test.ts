import 'reflect-metadata';
import { ConfigReader } from '@backstage/config';
import { Main as DevWorkspaceGenerator } from '@eclipse-che/che-devworkspace-generator/lib/main';
import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { DevfileValidator } from '../devfiles/DevfileValidator';
import { ANNOTATIONS } from './cheObjects';
import type { DevEnvironments } from './devEnvironments';
import { devWorkspaceFromDevfile } from './devWorkspaceFromDevfile';
import {
  cheCodeEditor,
  Editors,
  editorEnvironmentFromConfig,
  withEditorEnvironment,
} from './editors';

/**
 * What the plugin writes, compared field by field with what Che's DevWorkspace generator
 * (`@eclipse-che/che-devworkspace-generator`, as Che's dashboard calls it: default component
 * injected, the CheCluster's default image) produces for the same devfile and editor.
 *
 * Intended differences, each asserted below rather than ignored:
 * - `spec.started` is false: the workspace is created stopped and started once its editor
 *   template exists, the order Che's dashboard uses.
 * - `metadata.namespace` is the user's namespace on both objects (the generator leaves it to its caller).
 * - The DevWorkspace carries the annotations Che's dashboard adds (editor id, last-updated, the
 *   devfile and its source) and the plugin's own (creator, devfile name and version); the
 *   generator's own annotations are all kept.
 * - Editor containers carry the dashboard's `CHE_*` and `OPENVSX_REGISTRY_URL` variables.
 * - The editor template is named after the workspace (unique), the generator's after the devfile;
 *   compared here with the workspace named as the devfile, they must agree.
 * - The CheCluster's storage type and operator config attributes (compared here without them).
 */
const validator = new DevfileValidator();
const DEV_IMAGE = 'quay.io/devfile/universal-developer-image:ubi9-latest';
const che: DevEnvironments = {
  defaultComponents: [],
  defaultContainerImage: DEV_IMAGE,
};
const urls = {
  dashboardUrl: 'https://che.example.com/dashboard/',
  pluginRegistryUrl: 'https://che.example.com/plugin-registry/v3',
  pluginRegistryInternalUrl: 'http://plugin-registry.eclipse-che.svc:8080/v3',
  openVsxRegistryUrl: 'https://open-vsx.org',
};
const environment = editorEnvironmentFromConfig(
  new ConfigReader({ cheLauncher: urls }),
);
const editors = Editors.fromConfig(new ConfigReader({ cheLauncher: urls }));

/** Every leaf of a JSON value by its path, so a difference names the field. */
function fields(value: unknown, path = '$'): Record<string, unknown> {
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return { [path]: Array.isArray(value) ? [] : {} };
    return Object.assign(
      {},
      ...entries.map(([key, child]) => fields(child, `${path}.${key}`)),
    );
  }
  return { [path]: value };
}

async function generated(devfileContent: string) {
  const { template, name } = cheCodeEditor();
  const context = await new DevWorkspaceGenerator().generateDevfileContext(
    {
      devfileContent,
      editorContent: toYaml({
        schemaVersion: '2.2.2',
        metadata: { name },
        ...template,
      }),
      projects: [],
      injectDefaultComponent: 'true',
      defaultComponentImage: DEV_IMAGE,
    },
    {} as never, // no URL is fetched
  );
  return {
    devWorkspace: JSON.parse(JSON.stringify(context.devWorkspace)),
    editorTemplate: JSON.parse(
      JSON.stringify(context.devWorkspaceTemplates[0]),
    ),
  };
}

function written(devfileContent: string) {
  const devfile = validator.parse(devfileContent, 'devfile');
  return devWorkspaceFromDevfile({
    devfile,
    devfileContent,
    name: String(devfile.metadata!.name),
    namespace: 'jane-che',
    editor: editors.get(),
    devEnvironments: che,
    devfileUrl: 'https://example.com/devfile.yaml',
    userRef: 'user:default/jane',
    now: new Date('2026-12-01T10:00:00.000Z'),
  });
}

async function expectParity(devfileContent: string) {
  const gen = await generated(devfileContent);
  const ours = written(devfileContent);

  const {
    namespace,
    annotations = {},
    ...dwMetadata
  } = ours.devWorkspace.metadata;
  expect(namespace).toBe('jane-che');
  expect(annotations).toMatchObject(
    gen.devWorkspace.metadata.annotations ?? {},
  );
  expect(annotations[ANNOTATIONS.cheEditor]).toBe(
    'che-incubator/che-code/latest',
  );
  expect(gen.devWorkspace.spec.started).toBe(true);
  expect(ours.devWorkspace.spec.started).toBe(false);
  expect(
    fields({
      ...ours.devWorkspace,
      metadata: dwMetadata,
      spec: { ...ours.devWorkspace.spec, started: true },
    }),
  ).toEqual(
    fields({
      ...gen.devWorkspace,
      metadata: { ...gen.devWorkspace.metadata, annotations: undefined },
    }),
  );

  const { namespace: templateNamespace, ...templateMetadata } =
    ours.editorTemplate.metadata;
  expect(templateNamespace).toBe('jane-che');
  expect(
    fields({ ...ours.editorTemplate, metadata: templateMetadata }),
  ).toEqual(
    fields({
      ...gen.editorTemplate,
      spec: withEditorEnvironment(gen.editorTemplate.spec, environment),
    }),
  );
  return { gen, ours };
}

describe('parity with the DevWorkspace generator', () => {
  beforeAll(() => {
    // The generator reports each step on the console.
    jest.spyOn(console, 'log').mockImplementation(() => {});
    jest.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(() => jest.restoreAllMocks());

  describeWithFixtures()('the shared devfiles', () => {
    const dir = dirname(
      fixturePath('devfiles', 'registry-go-2.6.0.devfile.yaml'),
    );
    const files = readdirSync(dir).filter(f => f.endsWith('.devfile.yaml'));

    it('finds them', () => expect(files.length).toBeGreaterThanOrEqual(4));

    it.each(files)('%s', async file => {
      const content = readFileSync(`${dir}/${file}`, 'utf8');
      const { ours } = await expectParity(content);
      // The registry stacks mount their sources: no dev container is added.
      expect(ours.devWorkspace.spec.template.components).toHaveLength(
        validator.parse(content, file).components!.length,
      );
    });
  });

  it('adds the dev container when no container mounts the sources', async () => {
    const { ours } = await expectParity(
      toYaml({
        schemaVersion: '2.2.2',
        metadata: { name: 'tools-only' },
        components: [
          {
            name: 'db',
            container: { image: 'quay.io/acme/db:1', mountSources: false },
          },
          { name: 'data', volume: { size: '1Gi' } },
        ],
      }),
    );
    expect(ours.devWorkspace.spec.template.components.at(-1)).toEqual({
      name: 'dev',
      container: { image: DEV_IMAGE },
    });
  });

  it('adds no dev container to a devfile with a parent, or one whose container mounts the sources', async () => {
    const child = await expectParity(
      'schemaVersion: 2.2.0\nmetadata:\n  name: child\nparent:\n  id: nodejs\n  registryUrl: https://registry.devfile.io\n',
    );
    expect(child.ours.devWorkspace.spec.template.components).toBeUndefined();
    const mounted = await expectParity(
      'schemaVersion: 2.2.0\nmetadata:\n  name: mounted\ncomponents:\n  - name: tools\n    container:\n      image: quay.io/acme/tools:1\n',
    );
    expect(
      mounted.ours.devWorkspace.spec.template.components.map(
        (c: { name: string }) => c.name,
      ),
    ).toEqual(['tools']);
  });

  it('adds the dev container to a devfile without components', async () => {
    const { ours } = await expectParity(
      'schemaVersion: 2.2.0\nmetadata:\n  name: bare\n',
    );
    expect(ours.devWorkspace.spec.template.components).toEqual([
      { name: 'dev', container: { image: DEV_IMAGE } },
    ]);
  });

  it('treats starter projects, metadata attributes and lifted annotations the same', async () => {
    const { ours } = await expectParity(
      toYaml({
        schemaVersion: '2.3.0',
        metadata: {
          name: 'starter',
          attributes: {
            'dw.metadata.annotations': { 'example.com/team': 'payments' },
            a: { b: 1 },
          },
        },
        attributes: { a: { c: 2 } },
        starterProjects: [
          { name: 'hello', git: { remotes: { origin: 'https://x/y.git' } } },
        ],
        components: [{ name: 'tools', container: { image: 'quay.io/a/b:1' } }],
      }),
    );
    expect(ours.devWorkspace.metadata.annotations).toMatchObject({
      'example.com/team': 'payments',
    });
    expect(ours.devWorkspace.spec.template.attributes).toEqual({
      a: { b: 1, c: 2 },
      'controller.devfile.io/use-starter-project': 'hello',
    });
  });

  it('gives every editor container the dashboard variables, replacing same-named ones', () => {
    const spec = editors.get().template as {
      components: Array<{ container?: { env?: unknown[] } }>;
    };
    const containers = spec.components.filter(c => c.container);
    expect(containers.length).toBe(2);
    for (const { container } of containers) {
      expect(container!.env).toEqual([
        { name: 'CHE_DASHBOARD_URL', value: urls.dashboardUrl },
        { name: 'CHE_PLUGIN_REGISTRY_URL', value: urls.pluginRegistryUrl },
        {
          name: 'CHE_PLUGIN_REGISTRY_INTERNAL_URL',
          value: urls.pluginRegistryInternalUrl,
        },
        { name: 'OPENVSX_REGISTRY_URL', value: urls.openVsxRegistryUrl },
      ]);
    }
    const replaced = withEditorEnvironment(
      {
        components: [
          {
            name: 'e',
            container: {
              image: 'i',
              env: [
                { name: 'KEEP', value: '1' },
                { name: 'OPENVSX_REGISTRY_URL', value: 'old' },
              ],
            },
          },
        ],
      },
      { openVsxRegistryUrl: 'new' },
    ) as { components: Array<{ container: { env: unknown[] } }> };
    expect(replaced.components[0].container.env).toEqual([
      { name: 'KEEP', value: '1' },
      { name: 'OPENVSX_REGISTRY_URL', value: 'new' },
    ]);
  });

  it('pins Che Code to a released tag, configurable, never latest', () => {
    const image = (config: object) =>
      (
        Editors.fromConfig(new ConfigReader({ cheLauncher: config })).get()
          .template as { components: Array<{ container?: { image: string } }> }
      ).components[0].container!.image;
    expect(image({})).toMatch(
      /^quay\.io\/che-incubator\/che-code:7\.\d+\.\d+$/,
    );
    expect(
      image({
        cheCode: { image: 'registry.acme/che-code', version: '7.121.0' },
      }),
    ).toBe('registry.acme/che-code:7.121.0');
    expect(image({ cheCode: { version: `sha256:${'a'.repeat(64)}` } })).toBe(
      `quay.io/che-incubator/che-code@sha256:${'a'.repeat(64)}`,
    );
    expect(() => image({ cheCode: { version: 'latest' } })).toThrow(
      /must be a released tag .* not latest/,
    );
  });
});
