import { candidateGroups, specParts, type OpenApiDocument } from './specParts';

const ref = (type: string, name: string) => ({
  $ref: `#/components/${type}/${name}`,
});
const json = (schema: unknown) => ({
  content: { 'application/json': { schema } },
});

const spec: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 'parts', version: '1' },
  servers: [{ url: '/' }],
  paths: {
    '/health': { get: { responses: { '200': { description: 'ok' } } } },
    '/api/v1/flows': {
      get: { responses: { '200': ref('responses', 'Flows') } },
    },
    '/api/v1/flows/{id}': {
      parameters: [ref('parameters', 'Id')],
      get: { responses: { '200': json(ref('schemas', 'Flow')) } },
    },
    '/api/v1/trails/{id}': {
      get: { responses: { '200': json(ref('schemas', 'Trail')) } },
    },
    '/api/v1/{kind}/search': {
      get: { responses: { '200': { description: 'found' } } },
    },
    '/names': {
      get: { responses: { '200': json(ref('schemas', 'Slashed')) } },
    },
    '/{tenant}/status': {
      get: { responses: { '200': { description: 'ok' } } },
    },
  },
  components: {
    schemas: {
      Flow: { type: 'object', properties: { owner: ref('schemas', 'Owner') } },
      Owner: { type: 'string' },
      Trail: { type: 'object' },
      'a/b': { type: 'string' },
      Slashed: { type: 'array', items: ref('schemas', 'a~1b') },
    },
    responses: {
      Flows: {
        description: 'flows',
        ...json({ type: 'array', items: ref('schemas', 'Flow') }),
      },
    },
    parameters: {
      Id: {
        name: 'id',
        in: 'path',
        required: true,
        schema: { type: 'string' },
      },
    },
    securitySchemes: { JWT: { type: 'http', scheme: 'bearer' } },
  },
};

const partFor = (url: string, document = spec) =>
  specParts(document).partFor(url);
const pathsFor = (url: string) => Object.keys(partFor(url)!.spec().paths);

describe('candidateGroups', () => {
  it.each([
    ['/webhooks/argocd', ['', 'webhooks', 'webhooks/argocd']],
    ['/Webhooks/ArgoCD?x=/y/z', ['', 'webhooks', 'webhooks/argocd']],
    ['/api/v1/trails/t-1/attestations', ['', 'api', 'api/v1', 'api/v1/trails']],
    ['/', ['']],
  ])('%s → %j', (url, groups) => {
    expect(candidateGroups(url)).toEqual(groups);
  });
});

describe('specParts', () => {
  it('gives a request the paths it can match: same literal segments, or a parameter there', () => {
    expect(pathsFor('/api/v1/flows/f-1')).toEqual([
      '/{tenant}/status',
      '/api/v1/{kind}/search',
      '/api/v1/flows',
      '/api/v1/flows/{id}',
    ]);
    expect(pathsFor('/api/v1/trails/t-1')).toEqual([
      '/{tenant}/status',
      '/api/v1/{kind}/search',
      '/api/v1/trails/{id}',
    ]);
    expect(pathsFor('/HEALTH')).toEqual(['/{tenant}/status', '/health']);
  });

  it('keeps what the paths refer to, through other components, and every security scheme', () => {
    const part = partFor('/api/v1/flows')!.spec();
    expect(Object.keys(part.components!.schemas!).sort()).toEqual([
      'Flow',
      'Owner',
    ]);
    expect(Object.keys(part.components!.responses!)).toEqual(['Flows']);
    expect(Object.keys(part.components!.parameters!)).toEqual(['Id']);
    expect(part.components!.securitySchemes).toBe(
      spec.components!.securitySchemes,
    );
    expect(part.info).toBe(spec.info);
  });

  it('follows escaped JSON pointers (~1 is /)', () => {
    const part = partFor('/names')!.spec();
    expect(Object.keys(part.components!.schemas!).sort()).toEqual([
      'Slashed',
      'a/b',
    ]);
  });

  it('names the same part for every request that gets it', () => {
    expect(partFor('/api/v1/flows/f-1')!.key).toBe(
      partFor('/api/v1/flows')!.key,
    );
    expect(partFor('/api/v1/flows')!.key).not.toBe(
      partFor('/api/v1/trails/x')!.key,
    );
  });

  it('has no part where only the whole spec can answer', () => {
    const noTemplates: OpenApiDocument = {
      ...spec,
      paths: { '/health': spec.paths['/health'] },
    };
    expect(partFor('/openapi.json', noTemplates)).toBeUndefined();
    expect(partFor('/unknown/path', noTemplates)).toBeUndefined();
    expect(
      partFor('/health', { ...noTemplates, servers: [{ url: '/api/v1' }] }),
    ).toBeUndefined();
    expect(
      partFor('/health', {
        ...noTemplates,
        servers: [{ url: 'https://h.example/' }],
      }),
    ).toBeDefined();
  });
});
