/*
 * Fuzzed requests to every backend plugin: the routes come from each plugin's OpenAPI spec
 * (src/schema/openapi.yaml) where it has one and from the curl examples of its README, so a new
 * plugin or route is covered without a change here. Each request mutates one: random ids in path
 * segments, random query parameters, random or malformed JSON bodies, and now and then no
 * credentials.
 */
import autocannon from 'autocannon';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '..', '..');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

interface Route {
  method: string;
  path: string;
}

/** Every route of every plugins/*-backend, as full paths under /api/<pluginId>. */
export function discoverRoutes(): Route[] {
  const routes: Route[] = [];
  for (const dir of readdirSync(join(ROOT, 'plugins'))) {
    const pkgFile = join(ROOT, 'plugins', dir, 'package.json');
    if (!dir.endsWith('-backend') || !existsSync(pkgFile)) continue;
    const pluginId = JSON.parse(readFileSync(pkgFile, 'utf8')).backstage
      ?.pluginId;
    if (!pluginId) continue;
    const base = `/api/${pluginId}`;
    routes.push({ method: 'GET', path: `${base}/health` });
    const spec = join(ROOT, 'plugins', dir, 'src/schema/openapi.yaml');
    if (existsSync(spec)) {
      const { paths = {} } = parse(readFileSync(spec, 'utf8'));
      for (const [path, item] of Object.entries<Record<string, unknown>>(paths))
        for (const method of Object.keys(item).filter(m => METHODS.includes(m)))
          routes.push({ method: method.toUpperCase(), path: `${base}${path}` });
    }
    const readme = join(ROOT, 'plugins', dir, 'README.md');
    if (existsSync(readme)) {
      for (const line of readFileSync(readme, 'utf8').split('\n')) {
        // Either the full URL or, as most READMEs write it, `$B` for the plugin's base URL.
        const url =
          /https?:\/\/localhost:\d+(\/api\/[^\s'"?\\]+)/.exec(line) ??
          /\$\{?B\}?(\/[^\s'"?\\]*)/.exec(line);
        if (!url || !line.includes('curl')) continue;
        const path =
          url[1].startsWith('/api/') && url[0].startsWith('http')
            ? url[1]
            : `${base}${url[1]}`;
        const method =
          /-X\s*(GET|POST|PUT|PATCH|DELETE)\b/.exec(line)?.[1] ??
          (/\s(-d|--data\S*|-F|--form)\s/.test(line) ? 'POST' : 'GET');
        routes.push({ method, path });
      }
    }
  }
  return routes;
}

const pick = <T>(items: T[]): T =>
  items[Math.floor(Math.random() * items.length)];
const token = () =>
  Math.random()
    .toString(36)
    .slice(2, 2 + Math.ceil(Math.random() * 12));
const KEYS = [
  'name',
  'id',
  'flowId',
  'trailId',
  'service',
  'project',
  'environment',
  'namespace',
  'revision',
  'limit',
  'offset',
  'status',
  'type',
  'user',
  'devfile',
  'url',
  'provider',
  'account',
  'region',
  'commit',
  'sha',
  'from',
  'to',
  'events',
];

function value(depth = 0): unknown {
  switch (Math.floor(Math.random() * (depth > 2 ? 5 : 7))) {
    case 0:
      return token();
    case 1:
      return Math.floor(Math.random() * 2_000_000) - 1_000_000;
    case 2:
      return pick([true, false, null]);
    case 3:
      return pick([
        '',
        ' ',
        '../../etc/passwd',
        'ü'.repeat(50),
        '1970-01-01T00:00:00Z',
        'x'.repeat(2000),
      ]);
    case 4:
      return new Date(Date.now() - Math.random() * 1e10).toISOString();
    case 5:
      return Array.from({ length: Math.floor(Math.random() * 4) }, () =>
        value(depth + 1),
      );
    default:
      return object(depth + 1);
  }
}
function object(depth = 0): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (let i = Math.floor(Math.random() * 6); i > 0; i--)
    result[pick(KEYS)] = value(depth);
  return result;
}

function fuzzedPath(path: string): string {
  const segments = path
    .replace(/\{[^}]+\}/g, () => token())
    .split('/')
    .map((s, i) =>
      i > 2 && Math.random() < 0.3
        ? pick([token(), '0', '-1', '%2e%2e', 'x'.repeat(300)])
        : s,
    );
  const query =
    Math.random() < 0.5
      ? `?${Array.from(
          { length: 1 + Math.floor(Math.random() * 3) },
          () => `${pick(KEYS)}=${encodeURIComponent(String(value(3)))}`,
        ).join('&')}`
      : '';
  return `${segments.join('/')}${query}`;
}

export type FuzzFigures = {
  requests: number;
  requestsPerSecond: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
  errors: number;
  /** Each 5xx answer by status and the route template it was fuzzed from, most frequent first. */
  serverErrors: { status: number; route: string; count: number }[];
};

/** Sends `amount` fuzzed requests over 8 connections and counts the answers by class. */
export async function runFuzz(
  baseUrl: string,
  staticToken: string,
  amount: number,
): Promise<FuzzFigures> {
  const routes = discoverRoutes();
  const serverErrors = new Map<string, number>();
  const result = await autocannon({
    url: baseUrl,
    connections: 8,
    amount,
    timeout: 60,
    requests: [
      {
        setupRequest: (request, context) => {
          const route = pick(routes);
          (context as { route?: string }).route =
            `${route.method} ${route.path}`;
          const headers: Record<string, string> = {
            'content-type': 'application/json',
          };
          if (Math.random() < 0.9)
            headers.authorization = `Bearer ${staticToken}`;
          const body = ['GET', 'DELETE'].includes(route.method)
            ? undefined
            : Math.random() < 0.1
              ? '{"unterminated": '
              : JSON.stringify(object());
          return {
            ...request,
            method: route.method as 'GET',
            path: fuzzedPath(route.path),
            headers,
            body,
          };
        },
        onResponse: (status, _body, context) => {
          if (status < 500) return;
          const key = `${status} ${(context as { route?: string }).route}`;
          serverErrors.set(key, (serverErrors.get(key) ?? 0) + 1);
        },
      },
    ],
  });
  const byClass = (digit: string) =>
    Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => code.startsWith(digit))
      .reduce((sum, [, stats]) => sum + (stats as { count: number }).count, 0);
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    '2xx': byClass('2'),
    '4xx': byClass('4'),
    '5xx': byClass('5'),
    errors: result.errors + result.timeouts,
    serverErrors: [...serverErrors]
      .map(([key, count]) => {
        const [status, ...route] = key.split(' ');
        return { status: Number(status), route: route.join(' '), count };
      })
      .sort((a, b) => b.count - a.count),
  };
}
