import type { Config } from '@backstage/config';
import { InputError, NotFoundError } from '@backstage/errors';
import { BadGatewayError } from '@fawkes/backend-http';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/** A chart repository from `helmReleases.chartRepositories`. */
export interface ChartRepository {
  name: string;
  /** `https://…` (a Helm repository with index.yaml) or `oci://host/path` (an OCI registry). */
  url: string;
  username?: string;
  password?: string;
  /** OCI over plain HTTP, as `helm --plain-http` (a registry inside the cluster network). */
  plainHttp: boolean;
}

/** The media type of a Helm chart's layer in an OCI manifest (Helm's pkg/registry). */
const CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

export function readChartRepositories(config: Config): ChartRepository[] {
  const entries =
    config.getOptionalConfigArray('helmReleases.chartRepositories') ?? [];
  const repositories = entries.map(entry => {
    const url = entry.getString('url').replace(/\/+$/, '');
    if (!/^(https?|oci):\/\/[^/]+/.test(url))
      throw new Error(
        `helmReleases.chartRepositories: url of "${entry.getString('name')}" must start with https://, http:// or oci://, got ${url}`,
      );
    return {
      name: entry.getString('name'),
      url,
      username: entry.getOptionalString('username'),
      password: entry.getOptionalString('password'),
      plainHttp: entry.getOptionalBoolean('plainHttp') ?? false,
    };
  });
  const names = repositories.map(r => r.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice)
    throw new Error(
      `helmReleases.chartRepositories: the name "${twice}" is used twice`,
    );
  return repositories;
}

const sha256 = (bytes: Buffer) =>
  createHash('sha256').update(bytes).digest('hex');

/**
 * Fetches a packaged chart (.tgz) of one version from a configured repository: from a Helm
 * repository through its index.yaml, from an OCI registry through the distribution API (manifest,
 * then the chart layer's blob). The bytes are checked against the digest the index or manifest
 * gives. Credentials stay here: helm gets a local file.
 */
export class ChartRepositories {
  constructor(private readonly repositories: ChartRepository[]) {}

  /** The configured repository of this name; a 400 naming the ones there are otherwise. */
  configured(repositoryName: string): ChartRepository {
    const repository = this.repositories.find(r => r.name === repositoryName);
    if (!repository) {
      const known = this.repositories.map(r => r.name);
      throw new InputError(
        `chart.repository "${repositoryName}" is not configured: ${known.length ? `use one of ${known.join(', ')}` : 'helmReleases.chartRepositories is empty'}`,
      );
    }
    return repository;
  }

  async fetch(
    repositoryName: string,
    chart: string,
    version: string,
  ): Promise<Buffer> {
    const repository = this.configured(repositoryName);
    return repository.url.startsWith('oci://')
      ? this.fromRegistry(repository, chart, version)
      : this.fromIndex(repository, chart, version);
  }

  private async fromIndex(
    repository: ChartRepository,
    chart: string,
    version: string,
  ): Promise<Buffer> {
    const indexUrl = `${repository.url}/index.yaml`;
    const index = parse(
      (await this.get(repository, indexUrl)).body.toString('utf8'),
    ) as { entries?: Record<string, Array<Record<string, any>>> };
    const versions = index?.entries?.[chart];
    if (!Array.isArray(versions) || versions.length === 0)
      throw new NotFoundError(
        `chart "${chart}" is not in repository "${repository.name}"`,
      );
    const entry = versions.find(v => v?.version === version);
    if (!entry || !Array.isArray(entry.urls) || !entry.urls[0])
      throw new NotFoundError(
        `chart "${chart}" has no version ${version} in repository "${repository.name}" (versions: ${versions
          .map(v => v?.version)
          .slice(0, 20)
          .join(', ')})`,
      );
    const archiveUrl = new URL(String(entry.urls[0]), `${repository.url}/`);
    const { body } = await this.get(repository, archiveUrl.toString());
    if (typeof entry.digest === 'string' && entry.digest !== sha256(body))
      throw new BadGatewayError(
        `chart "${chart}" ${version} from repository "${repository.name}" does not match the digest its index.yaml gives`,
      );
    return body;
  }

  private async fromRegistry(
    repository: ChartRepository,
    chart: string,
    version: string,
  ): Promise<Buffer> {
    const [host, ...path] = repository.url.slice('oci://'.length).split('/');
    const base = `${repository.plainHttp ? 'http' : 'https'}://${host}/v2/${[...path, chart].join('/')}`;
    // OCI tags cannot hold `+`; Helm pushes semver build metadata with `_` instead.
    const tag = version.replaceAll('+', '_');
    const manifest = await this.get(repository, `${base}/manifests/${tag}`, {
      Accept: OCI_MANIFEST,
    });
    if (manifest.status === 404)
      throw new NotFoundError(
        `chart "${chart}" has no version ${version} in repository "${repository.name}"`,
      );
    let layers: Array<{ mediaType?: string; digest?: string }> = [];
    try {
      layers = JSON.parse(manifest.body.toString('utf8')).layers ?? [];
    } catch {
      // An answer that is not a manifest is reported below.
    }
    const layer = layers.find(l => l.mediaType === CHART_LAYER);
    if (!layer?.digest?.startsWith('sha256:'))
      throw new BadGatewayError(
        `${repository.name}: ${chart}:${tag} is not a Helm chart (its manifest has no ${CHART_LAYER} layer)`,
      );
    const { body } = await this.get(
      repository,
      `${base}/blobs/${layer.digest}`,
    );
    if (`sha256:${sha256(body)}` !== layer.digest)
      throw new BadGatewayError(
        `chart "${chart}" ${version} from repository "${repository.name}" does not match its manifest's digest`,
      );
    return body;
  }

  /**
   * GET with the repository's credentials: basic auth, or for a registry that asks for a bearer
   * token (`WWW-Authenticate: Bearer realm=…`), a token from its realm, as Docker's token flow.
   * A 404 of a manifest is returned for the caller to name; any other failure is a 502.
   */
  private async get(
    repository: ChartRepository,
    url: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Buffer }> {
    const basic =
      repository.username !== undefined
        ? `Basic ${Buffer.from(`${repository.username}:${repository.password ?? ''}`).toString('base64')}`
        : undefined;
    let res = await this.send(repository, url, {
      ...headers,
      ...(basic ? { Authorization: basic } : {}),
    });
    const challenge = res.headers.get('www-authenticate') ?? '';
    if (res.status === 401 && /^Bearer /i.test(challenge)) {
      const token = await this.token(repository, challenge, basic);
      res = await this.send(repository, url, {
        ...headers,
        Authorization: `Bearer ${token}`,
      });
    }
    if (res.status === 404 && url.includes('/manifests/'))
      return { status: 404, body: Buffer.alloc(0) };
    if (!res.ok)
      throw new BadGatewayError(
        `chart repository "${repository.name}" answered ${res.status} for ${new URL(url).pathname}`,
      );
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  }

  private async token(
    repository: ChartRepository,
    challenge: string,
    basic: string | undefined,
  ): Promise<string> {
    const params = Object.fromEntries(
      [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], m[2]]),
    );
    if (!params.realm)
      throw new BadGatewayError(
        `chart repository "${repository.name}" asked for a bearer token without a realm`,
      );
    const tokenUrl = new URL(params.realm);
    for (const key of ['service', 'scope'])
      if (params[key]) tokenUrl.searchParams.set(key, params[key]);
    const res = await this.send(
      repository,
      tokenUrl.toString(),
      basic ? { Authorization: basic } : {},
    );
    if (!res.ok)
      throw new BadGatewayError(
        `chart repository "${repository.name}" refused a token (${res.status}): check its username and password`,
      );
    const body = (await res.json()) as {
      token?: string;
      access_token?: string;
    };
    const token = body.token ?? body.access_token;
    if (!token)
      throw new BadGatewayError(
        `chart repository "${repository.name}" answered its token request without a token`,
      );
    return token;
  }

  private async send(
    repository: ChartRepository,
    url: string,
    headers: Record<string, string>,
  ): Promise<Response> {
    try {
      return await fetch(url, { headers, redirect: 'follow' });
    } catch (error) {
      throw new BadGatewayError(
        `chart repository "${repository.name}" could not be reached at ${new URL(url).host}: ${(error as Error).message}`,
      );
    }
  }
}
