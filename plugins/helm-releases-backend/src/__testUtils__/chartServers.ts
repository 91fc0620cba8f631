import { createHash } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { stringify } from 'yaml';

const sha256 = (bytes: Buffer) =>
  createHash('sha256').update(bytes).digest('hex');

/** A packaged chart: its name, version and .tgz bytes (from `helm package`). */
export interface PackagedChart {
  name: string;
  version: string;
  archive: Buffer;
}

abstract class LocalServer {
  private server?: Server;
  /** Every request path, to see what was asked for. */
  readonly requests: string[] = [];

  protected abstract handle(req: IncomingMessage, res: ServerResponse): void;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests.push(req.url ?? '');
      this.handle(req, res);
    });
    await new Promise<void>(resolve =>
      this.server!.listen(0, '127.0.0.1', resolve),
    );
  }

  get host(): string {
    return `127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise(resolve => this.server?.close(resolve));
  }
}

/** A Helm chart repository as `helm repo index` lays it out: index.yaml and the archives beside it. */
export class HelmRepositoryServer extends LocalServer {
  constructor(private readonly charts: PackagedChart[]) {
    super();
  }

  get url(): string {
    return `http://${this.host}/charts`;
  }

  protected handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.url === '/charts/index.yaml') {
      const entries: Record<string, unknown[]> = {};
      for (const chart of this.charts)
        (entries[chart.name] ??= []).push({
          apiVersion: 'v2',
          name: chart.name,
          version: chart.version,
          digest: sha256(chart.archive),
          // Relative, as `helm repo index` writes them.
          urls: [`${chart.name}-${chart.version}.tgz`],
          created: '2026-12-01T00:00:00Z',
        });
      res.setHeader('Content-Type', 'text/yaml');
      res.end(
        stringify({
          apiVersion: 'v1',
          entries,
          generated: '2026-12-01T00:00:00Z',
        }),
      );
      return;
    }
    const chart = this.charts.find(
      c => req.url === `/charts/${c.name}-${c.version}.tgz`,
    );
    if (!chart) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', 'application/gzip');
    res.end(chart.archive);
  }
}

/**
 * An OCI registry serving charts as `helm push` stores them (distribution API v2: an image
 * manifest whose layer is the chart archive), behind Docker's bearer token flow: a request
 * without a token gets 401 with `WWW-Authenticate: Bearer realm=…`, the realm gives a token for
 * the right basic credentials.
 */
export class OciRegistryServer extends LocalServer {
  private readonly token = 'registry-token';
  private readonly blobs = new Map<string, Buffer>();
  private readonly manifests = new Map<string, Buffer>();

  constructor(
    private readonly repository: string,
    charts: PackagedChart[],
    private readonly credentials = { username: 'ci', password: 's3cret' },
  ) {
    super();
    for (const chart of charts) {
      const config = Buffer.from(
        JSON.stringify({ name: chart.name, version: chart.version }),
      );
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: {
            mediaType: 'application/vnd.cncf.helm.config.v1+json',
            digest: `sha256:${sha256(config)}`,
            size: config.length,
          },
          layers: [
            {
              mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
              digest: `sha256:${sha256(chart.archive)}`,
              size: chart.archive.length,
            },
          ],
        }),
      );
      this.blobs.set(`sha256:${sha256(config)}`, config);
      this.blobs.set(`sha256:${sha256(chart.archive)}`, chart.archive);
      this.manifests.set(`${chart.name}:${chart.version}`, manifest);
    }
  }

  /** `oci://host/<repository>`, the URL a chart repository config names. */
  get url(): string {
    return `oci://${this.host}/${this.repository}`;
  }

  protected handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', `http://${this.host}`);
    if (url.pathname === '/token') {
      const basic = `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
      if (req.headers.authorization !== basic) {
        res.statusCode = 401;
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ token: this.token }));
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      res.statusCode = 401;
      res.setHeader(
        'WWW-Authenticate',
        `Bearer realm="http://${this.host}/token",service="${this.host}",scope="repository:${this.repository}:pull"`,
      );
      res.end();
      return;
    }
    const prefix = `/v2/${this.repository}/`;
    const rest = url.pathname.startsWith(prefix)
      ? url.pathname.slice(prefix.length)
      : '';
    const manifest = /^([^/]+)\/manifests\/(.+)$/.exec(rest);
    if (manifest) {
      const body = this.manifests.get(`${manifest[1]}:${manifest[2]}`);
      if (!body) {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN' }] }));
        return;
      }
      res.setHeader(
        'Content-Type',
        'application/vnd.oci.image.manifest.v1+json',
      );
      res.end(body);
      return;
    }
    const blob = /^[^/]+\/blobs\/(sha256:[0-9a-f]+)$/.exec(rest);
    const bytes = blob && this.blobs.get(blob[1]);
    if (!bytes) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/octet-stream');
    res.end(bytes);
  }
}
