import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { DevfileValidator } from '../devfiles/DevfileValidator';
import {
  ANNOTATIONS,
  DEVWORKSPACE_CONFIG_ATTRIBUTE,
  STORAGE_TYPE_ATTRIBUTE,
  USE_STARTER_PROJECT_ATTRIBUTE,
} from './cheObjects';
import { CHE_DEFAULT_COMPONENTS } from './devEnvironments';
import { devWorkspaceFromDevfile } from './devWorkspaceFromDevfile';
import { cheCodeEditor } from './editors';

const validator = new DevfileValidator();
const now = new Date('2026-11-22T10:00:00.000Z');
const convert = (
  content: string,
  name = 'ws-abcde',
  extra: Partial<Parameters<typeof devWorkspaceFromDevfile>[0]> = {},
) =>
  devWorkspaceFromDevfile({
    devfile: validator.parse(content, 'https://example.com/devfile.yaml'),
    name,
    namespace: 'jane-che',
    editor: cheCodeEditor(),
    devfileUrl: 'https://example.com/devfile.yaml',
    userRef: 'user:default/jane',
    now,
    ...extra,
  });

/** The keys of an object, recursively, with the type of each leaf: a structural outline. */
function outline(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return [`${path}[]`, ...value.flatMap(item => outline(item, `${path}[]`))];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      outline(child, `${path}.${key}`),
    );
  }
  return [`${path}:${typeof value}`];
}

describeWithFixtures()('devfile conversion against the shared fixtures', () => {
  const dir = dirname(
    fixturePath('devfiles', 'registry-go-2.6.0.devfile.yaml'),
  );
  const devfiles = readdirSync(dir).filter(f => f.endsWith('.devfile.yaml'));
  const samples = readdirSync(dir)
    .filter(f => f.endsWith('.devworkspace.yaml'))
    .map(
      f =>
        [
          f,
          parseYaml(readFileSync(fixturePath('devfiles', f), 'utf8')),
        ] as const,
    );

  it('finds the fixtures', () => {
    expect(devfiles.length).toBeGreaterThanOrEqual(4);
    expect(samples.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(devfiles)('%s', file => {
    const content = readFileSync(fixturePath('devfiles', file), 'utf8');
    const source = parseYaml(content);
    const { devWorkspace, editorTemplate } = convert(content);

    it('has the shape of the operator samples', () => {
      const [, sample] = samples.find(([f]) =>
        f.startsWith('dwo-sample-code'),
      )!;
      expect(devWorkspace.apiVersion).toBe(sample.apiVersion);
      expect(devWorkspace.kind).toBe(sample.kind);
      // Every spec field ours has, the samples have, with the same JSON type.
      for (const [key, value] of Object.entries(devWorkspace.spec)) {
        const inSample = samples.find(([, s]) => key in s.spec)?.[1].spec[key];
        expect({
          key,
          type: Array.isArray(value) ? 'array' : typeof value,
        }).toEqual({
          key,
          type: Array.isArray(inSample) ? 'array' : typeof inSample,
        });
      }
      // Both samples' templates hold the same kinds of top-level devfile sections ours does.
      const sampleSections = new Set(
        samples.flatMap(([, s]) => Object.keys(s.spec.template)),
      );
      expect([
        'components',
        'commands',
        'projects',
        'starterProjects',
        'attributes',
        'events',
        'variables',
        'parent',
        'dependentProjects',
      ]).toEqual(expect.arrayContaining([...sampleSections]));
    });

    it('keeps the devfile minus schemaVersion and metadata as the template', () => {
      const { schemaVersion, metadata, ...rest } = source;
      expect(schemaVersion).toBeDefined();
      const expected = {
        ...rest,
        attributes: {
          ...(rest.attributes ?? {}),
          [STORAGE_TYPE_ATTRIBUTE]: 'per-user',
        },
      };
      if (rest.starterProjects?.length)
        expected.attributes[USE_STARTER_PROJECT_ATTRIBUTE] =
          rest.starterProjects[0].name;
      expect(devWorkspace.spec.template).toEqual(expected);
      // The template is itself valid devfile content of the same schema version.
      expect(() =>
        validator.parse(
          toYaml({ schemaVersion, ...devWorkspace.spec.template }),
          'template',
        ),
      ).not.toThrow();
    });

    it('starts stopped with Che routing, the editor contribution and Che annotations', () => {
      expect(devWorkspace.metadata).toMatchObject({
        name: 'ws-abcde',
        namespace: 'jane-che',
      });
      expect(devWorkspace.spec).toMatchObject({
        started: false,
        routingClass: 'che',
      });
      expect(devWorkspace.spec.contributions).toEqual([
        { name: 'editor', kubernetes: { name: 'che-code-ws-abcde' } },
      ]);
      expect(editorTemplate.metadata.name).toBe('che-code-ws-abcde');
      expect(outline(editorTemplate.spec)).toContain(
        '.components[].container.endpoints[].attributes.type:string',
      );
      expect(devWorkspace.metadata.annotations).toMatchObject({
        [ANNOTATIONS.cheEditor]: 'che-incubator/che-code/latest',
        [ANNOTATIONS.lastUpdated]: '2026-11-22T10:00:00.000Z',
        [ANNOTATIONS.devfileName]: source.metadata.name,
        [ANNOTATIONS.devfileVersion]: String(source.metadata.version),
      });
      expect(
        parseYaml(
          devWorkspace.metadata.annotations![ANNOTATIONS.devfileSource],
        ),
      ).toEqual({
        url: { location: 'https://example.com/devfile.yaml' },
      });
    });
  });

  describe.each(samples.map(([f]) => f))('round trip of %s', file => {
    const sample = samples.find(([f]) => f === file)![1];
    it('converts the devfile made of its template back to the same template', () => {
      const devfile = toYaml({
        schemaVersion: '2.2.2',
        metadata: { name: sample.metadata.name },
        ...sample.spec.template,
      });
      // The operator's samples carry none of Che's settings: converted without them, they come back as they are.
      const { devWorkspace } = convert(devfile, sample.metadata.name, {
        devEnvironments: {
          defaultComponents: [],
          defaultContainerImage: 'unused',
        },
      });
      // Except the generator's dev container, for a template none of whose containers mounts the sources.
      const mounted = sample.spec.template.components.some(
        (c: any) => c.container && c.container.mountSources !== false,
      );
      const expected = mounted
        ? sample.spec.template
        : {
            ...sample.spec.template,
            components: [
              ...sample.spec.template.components,
              { name: 'dev', container: { image: 'unused' } },
            ],
          };
      expect(file.includes('web-terminal')).toBe(!mounted);
      expect(devWorkspace.spec.template).toEqual(expected);
      expect(devWorkspace.metadata.name).toBe(sample.metadata.name);
      expect(outline(devWorkspace.spec.template)).toEqual(outline(expected));
    });
  });
});

describe('devfile conversion details', () => {
  it('merges metadata.attributes and lifts dw.metadata.annotations onto the workspace, as the generator does', () => {
    const { devWorkspace } = convert(
      toYaml({
        schemaVersion: '2.3.0',
        metadata: {
          name: 'x',
          attributes: {
            'dw.metadata.annotations': { 'example.com/team': 'payments' },
            a: { b: 1 },
          },
        },
        attributes: { a: { c: 2 } },
        components: [
          {
            name: 'dev',
            container: {
              image: 'quay.io/devfile/universal-developer-image:latest',
            },
          },
        ],
      }),
    );
    expect(devWorkspace.spec.template.attributes).toEqual({
      a: { b: 1, c: 2 },
      [STORAGE_TYPE_ATTRIBUTE]: 'per-user',
    });
    expect(devWorkspace.metadata.annotations).toMatchObject({
      'example.com/team': 'payments',
    });
  });

  it('adds what Che adds from the CheCluster: default components, storage type, operator config', () => {
    const bare = 'schemaVersion: 2.2.0\nmetadata:\n  name: bare\n';
    const che = {
      cheNamespace: 'eclipse-che',
      pvcStrategy: 'per-workspace',
      defaultComponents: CHE_DEFAULT_COMPONENTS,
      defaultContainerImage:
        'quay.io/devfile/universal-developer-image:ubi9-latest',
    };
    const { devWorkspace } = convert(bare, 'w', { devEnvironments: che });
    expect(devWorkspace.spec.template).toEqual({
      components: CHE_DEFAULT_COMPONENTS,
      attributes: {
        [STORAGE_TYPE_ATTRIBUTE]: 'per-workspace',
        [DEVWORKSPACE_CONFIG_ATTRIBUTE]: {
          name: 'devworkspace-config',
          namespace: 'eclipse-che',
        },
      },
    });
    // The devfile's own storage type stays; a parent brings its own components and storage type.
    const own = convert(
      `${bare}attributes:\n  ${STORAGE_TYPE_ATTRIBUTE}: ephemeral\n`,
      'w',
      { devEnvironments: che },
    ).devWorkspace;
    expect(own.spec.template.attributes![STORAGE_TYPE_ATTRIBUTE]).toBe(
      'ephemeral',
    );
    const child = convert(
      `${bare}parent:\n  id: nodejs\n  registryUrl: https://registry.devfile.io\n`,
      'w',
      { devEnvironments: che },
    ).devWorkspace;
    expect(child.spec.template.components).toBeUndefined();
    expect(child.spec.template.attributes).toEqual({
      [DEVWORKSPACE_CONFIG_ATTRIBUTE]: {
        name: 'devworkspace-config',
        namespace: 'eclipse-che',
      },
    });
  });

  it('keeps the devfile in che.eclipse.org/devfile unless it would crowd the annotations', () => {
    const content = 'schemaVersion: 2.2.0\n# kept as written\n';
    expect(
      convert(content, 'w', { devfileContent: content }).devWorkspace.metadata
        .annotations![ANNOTATIONS.devfile],
    ).toBe(content);
    const large = `${content}#${'x'.repeat(128 * 1024)}\n`;
    expect(
      convert(large, 'w', { devfileContent: large }).devWorkspace.metadata
        .annotations![ANNOTATIONS.devfile],
    ).toBeUndefined();
  });

  it('records the entity ref and creator', () => {
    const { devWorkspace } = convert('schemaVersion: 2.1.0\n', 'w', {
      entityRef: 'component:default/payments',
    });
    expect(devWorkspace.metadata.annotations).toMatchObject({
      [ANNOTATIONS.entityRef]: 'component:default/payments',
      [ANNOTATIONS.createdBy]: 'user:default/jane',
    });
    expect(
      devWorkspace.metadata.annotations![ANNOTATIONS.devfileName],
    ).toBeUndefined();
  });
});

describe('DevfileValidator', () => {
  it('accepts every supported version and a later patch of a known minor', () => {
    for (const version of [
      '2.0.0',
      '2.1.0',
      '2.2.0',
      '2.2.1',
      '2.2.2',
      '2.3.0',
      '2.2.5',
    ]) {
      expect(
        validator.parse(`schemaVersion: ${version}\n`, 'u').schemaVersion,
      ).toBe(version);
    }
  });

  it('refuses devfile 1.x saying so', () => {
    expect(() =>
      validator.parse('apiVersion: 1.0.0\nmetadata:\n  name: old\n', 'u'),
    ).toThrow(/devfile 1\.0\.0: devfile 1\.x is not supported/);
    expect(() => validator.parse('schemaVersion: 1.0.0\n', 'u')).toThrow(
      /1\.x is not supported/,
    );
  });

  it('names the schema path of what is invalid', () => {
    expect(() =>
      validator.parse(
        'schemaVersion: 2.2.2\ncomponents:\n  - name: dev\n    container: {}\n',
        'u',
      ),
    ).toThrow(
      /invalid against the devfile 2\.2\.2 schema: \/components\/0.*schema #\//,
    );
  });

  it('refuses what is not a devfile', () => {
    expect(() => validator.parse('a: [1', 'u')).toThrow(/not valid YAML/);
    expect(() => validator.parse('- 1\n', 'u')).toThrow(
      /must be a YAML mapping/,
    );
    expect(() => validator.parse('metadata: {}\n', 'u')).toThrow(
      /has no schemaVersion/,
    );
    expect(() => validator.parse('schemaVersion: 3.0.0\n', 'u')).toThrow(
      /supported versions are 2\.0\.0/,
    );
  });

  it('refuses a DevWorkspace resource given as a devfile, saying what it is', () => {
    // As the shared fixtures' operator samples begin.
    const resource = (kind: string) =>
      `kind: ${kind}\napiVersion: workspace.devfile.io/v1alpha2\nmetadata:\n  name: code-latest\nspec:\n  started: true\n`;
    for (const kind of ['DevWorkspace', 'DevWorkspaceTemplate'])
      expect(() => validator.parse(resource(kind), 'u')).toThrow(
        `devfile at u is a ${kind} resource (apiVersion workspace.devfile.io/v1alpha2), not a devfile: give the URL of a devfile (schemaVersion 2.0.0 to 2.3.0), from which the workspace's DevWorkspace is made`,
      );
  });
});
