#!/usr/bin/env node
/*
 * Generates what each plugin's OpenAPI spec (plugins/<name>-backend/src/schema/openapi.yaml)
 * implies, so the spec is the one source of the contract:
 *   - plugins/<name>-backend/src/schema/openapi.generated.ts: the spec as an object and the
 *     validated, typed router factory built from it (@backstage/backend-openapi-utils);
 *   - plugins/<name>-common/src/schema/openapi.generated.ts: the request/response types of every
 *     route (openapi-typescript), which the router and the typed client both use;
 *   - plugins/<name>-common/src/schema/client.generated.ts: a client class with one method per
 *     operation (named by its operationId) over those types.
 *
 *   node scripts/openapi.mjs           write the generated files
 *   node scripts/openapi.mjs --check   fail when a generated file differs from its spec (CI)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const header =
  '// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.\n/* eslint-disable */\n';

function backendsWithSpecs() {
  const plugins = path.join(root, 'plugins');
  return fs
    .readdirSync(plugins)
    .filter(dir => dir.endsWith('-backend'))
    .map(dir => path.join(plugins, dir))
    .filter(dir => fs.existsSync(path.join(dir, 'src/schema/openapi.yaml')));
}

function readSpec(backendDir) {
  const file = path.join(backendDir, 'src/schema/openapi.yaml');
  const spec = YAML.parse(fs.readFileSync(file, 'utf8'));
  const pkg = JSON.parse(
    fs.readFileSync(path.join(backendDir, 'package.json'), 'utf8'),
  );
  const pluginId = pkg.backstage?.pluginId;
  if (!String(spec.openapi).startsWith('3.1.'))
    throw new Error(`${file}: openapi must be 3.1.x, got ${spec.openapi}`);
  // Backstage's convention: the title is the plugin id, which clients use for discovery.
  if (spec.info?.title !== pluginId)
    throw new Error(`${file}: info.title must be the plugin id ${pluginId}`);
  return { file, spec, pluginId, pkg };
}

function commonPackageOf(backendDir) {
  const dir = backendDir.replace(/-backend$/, '-common');
  if (!fs.existsSync(path.join(dir, 'package.json')))
    throw new Error(`${backendDir} has a spec but ${dir} does not exist`);
  const pkg = JSON.parse(
    fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
  );
  return { dir, name: pkg.name };
}

async function format(text, file) {
  const options = await prettier.resolveConfig(file);
  return prettier.format(text, { ...options, filepath: file });
}

async function routerModule({ spec }, commonName) {
  return `${header}
import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import {
  specRouter,
  specValidatorOptions,
  validatedOnFirstRequest,
  type EndpointMapOf,
} from '@fawkes/backend-http';
import type { paths } from '${commonName}';

/** The plugin's OpenAPI spec, served by the router at \`/openapi.json\`. */
export const spec = ${JSON.stringify(spec, null, 2)};

/** Every route of the spec as \`#<method>|<path>\`, with its path, query, body and answer types. */
export type EndpointMap = EndpointMapOf<paths>;

type RouterOptions = NonNullable<
  Parameters<typeof createValidatedOpenApiRouterFromGeneratedEndpointMap>[1]
>;

/**
 * An express router that validates each request against the spec before its handler runs; the
 * validator is built by the first request, not at start, one per group of the spec's paths
 * (see \`validatedOnFirstRequest\`). Its routes are typed by \`specRouter\` rather than Backstage's
 * \`TypedRouter\`, whose type check grows too fast with the number of routes.
 */
export const createOpenApiRouter = (options?: RouterOptions) =>
  specRouter<EndpointMap>(
    validatedOnFirstRequest(spec, part =>
      createValidatedOpenApiRouterFromGeneratedEndpointMap(
        part as Parameters<
          typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
        >[0],
        {
          ...options,
          validatorOptions: {
            ...specValidatorOptions(),
            ...options?.validatorOptions,
          },
        },
      ),
    ),
  );
`;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const capitalized = text => text[0].toUpperCase() + text.slice(1);

/** `#/components/parameters/x` and the like, resolved in the spec. */
function resolved(spec, node) {
  if (!node?.$ref) return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((at, key) => at?.[key], spec);
}

/** Whether a call must pass options: a path parameter, a required query parameter or body. */
function initRequired(spec, pathItem, operation) {
  const parameters = [
    ...(pathItem.parameters ?? []),
    ...(operation.parameters ?? []),
  ].map(p => resolved(spec, p));
  return (
    parameters.some(p => p.in === 'path' || p.required) ||
    resolved(spec, operation.requestBody)?.required === true
  );
}

/** A class with one method per operation, named by its operationId, as Backstage's generated clients. */
function clientModule({ spec, pluginId }) {
  const methods = [];
  const seen = new Set();
  for (const [route, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const id = operation.operationId;
      if (!id) throw new Error(`${method} ${route} has no operationId`);
      if (seen.has(id)) throw new Error(`operationId ${id} is used twice`);
      seen.add(id);
      const optional = initRequired(spec, pathItem, operation) ? '' : '?';
      const doc = (operation.summary ?? '').replace(/\*\//g, '*\\/');
      methods.push(`
  /** ${doc} (\`${method.toUpperCase()} ${route}\`) */
  async ${id}(init${optional}: Init<'${route}', '${method}'>): Promise<Answer<'${route}', '${method}'>> {
    const { data } = await this.client.${method.toUpperCase()}('${route}', init as never);
    return data as unknown as Answer<'${route}', '${method}'>;
  }`);
    }
  }
  return `${header}
import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import type { SuccessResponseJSON } from 'openapi-typescript-helpers';
import type { paths } from './openapi.generated';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The options of a call: \`params\` (path, query, header) and \`body\`. */
export type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<paths[P], M>;

/** What a call answers on success (nothing for a 204). */
export type Answer<P extends keyof paths, M extends Method> = [
  SuccessResponseJSON<paths[P][M] & Record<string | number, any>>,
] extends [never]
  ? void
  : SuccessResponseJSON<paths[P][M] & Record<string | number, any>>;

/**
 * One method per operation of the ${pluginId} API. A call that is not answered with a 2xx throws
 * the \`ResponseError\` of \`@backstage/errors\` (see \`createPluginClient\`).
 */
export class DefaultApiClient {
  constructor(private readonly client: Client<paths>) {}
${methods.join('\n')}
}
`;
}

async function typesModule({ spec }) {
  const ast = await openapiTS(spec, {
    alphabetize: false,
    exportType: true,
  });
  return `${header}\n${astToString(ast)}`;
}

let stale = 0;
async function emit(file, text) {
  const formatted = await format(text, file);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === formatted) return;
  const rel = path.relative(root, file);
  if (check) {
    stale++;
    console.error(`${rel} is out of date: run npm run openapi:generate`);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, formatted);
  console.log(`wrote ${rel}`);
}

for (const backendDir of backendsWithSpecs()) {
  const doc = readSpec(backendDir);
  const common = commonPackageOf(backendDir);
  await emit(
    path.join(backendDir, 'src/schema/openapi.generated.ts'),
    await routerModule(doc, common.name),
  );
  await emit(
    path.join(common.dir, 'src/schema/openapi.generated.ts'),
    await typesModule(doc),
  );
  await emit(
    path.join(common.dir, 'src/schema/client.generated.ts'),
    clientModule(doc),
  );
}
if (stale) process.exit(1);
