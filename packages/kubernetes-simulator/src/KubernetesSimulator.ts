import { randomBytes } from 'node:crypto';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { AccessControl, AnonymousAccess, SimulatorToken } from './access';
import {
  DevWorkspaceController,
  DevWorkspaceControllerOptions,
} from './controllers/DevWorkspaceController';
import { WorkloadController } from './controllers/WorkloadController';
import { Fault, FaultInjector, faultReason } from './faults';
import { parseFieldSelector, parseLabelSelector } from './labelSelector';
import { ChangeEvent, ObjectStore } from './ObjectStore';
import { openApiV3 } from './openApi';
import { parsePatchBody, patchTypeOf } from './patches';
import { decodeProtobufObject, isProtobuf } from './protobuf';
import {
  apiVersionOf,
  groupDocument,
  qualifiedResource,
  ResourceType,
  ResourceTypeRegistry,
} from './resourceTypes';
import {
  type AuditRecord,
  authorizeImpersonated,
  type ImpersonationRule,
  impersonatedIdentity,
} from './impersonation';
import { KubeStatusError, statusErrors } from './status';
import { WatchStream } from './WatchStream';

export interface KubernetesSimulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  host?: string;
  /** Accepted bearer tokens. Default: one token with full access, see `adminToken`. */
  tokens?: SimulatorToken[];
  /**
   * Accept requests without credentials, with these rights (kube-apiserver's --anonymous-auth).
   * For local use with kubectl, which sends no bearer token over plain HTTP. Off by default.
   */
  anonymous?: AnonymousAccess;
  devWorkspace?: Partial<DevWorkspaceControllerOptions>;
  /** How long a Job runs before it completes. */
  jobDelayMs?: number;
  /** How many changes are kept for watches that resume from a resourceVersion. */
  eventHistory?: number;
  /** Largest request body accepted, as the real server's limit. */
  maxBodyBytes?: number;
  /**
   * Serve https with this key and certificate (PEM), as a real API server does. Clients built on
   * client-go (kubectl, helm) send no bearer token over plain http, so they need this.
   */
  tls?: { key: string; cert: string };
  /**
   * What users and groups named in `Impersonate-User` / `Impersonate-Group` may do. Omitted or
   * empty: everything (the impersonating token still needs the `impersonate` verb).
   */
  impersonationRules?: ImpersonationRule[];
  /** How many requests the audit log keeps (newest last). Default 10,000. */
  auditLogSize?: number;
}

const DEFAULT_NAMESPACES = [
  'default',
  'kube-system',
  'kube-public',
  'kube-node-lease',
];

/** What `/version` reports. */
export const SIMULATED_VERSION = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.0',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2024-08-13T00:00:00Z',
  goVersion: 'go1.22.5',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/**
 * An in-memory Kubernetes API server over HTTP. It speaks the wire protocol of the real one for
 * the calls the plugins make (discovery, CRUD, the three patch types and apply, lists with
 * selectors and paging, watches, Status errors), so `@kubernetes/client-node` talks to it as to
 * any cluster.
 */
export class KubernetesSimulator {
  readonly types = new ResourceTypeRegistry();
  readonly store: ObjectStore;
  readonly faults = new FaultInjector();
  /** The token with full access when no tokens were configured. */
  readonly adminToken: string;
  /** Every API request after authentication, with who acted (and who impersonated), newest last. */
  readonly auditLog: AuditRecord[] = [];
  private readonly access: AccessControl;
  private readonly devWorkspaces: DevWorkspaceController;
  private readonly workloads: WorkloadController;
  private readonly server: http.Server | https.Server;
  private readonly watches = new Set<WatchStream>();
  private readonly maxBodyBytes: number;
  private unsubscribe?: () => void;
  private listening?: AddressInfo;

  constructor(private readonly options: KubernetesSimulatorOptions = {}) {
    this.store = new ObjectStore(this.types, {
      eventHistory: options.eventHistory ?? 10_000,
    });
    this.adminToken =
      options.tokens?.[0]?.token ??
      `simulator-${randomBytes(12).toString('hex')}`;
    this.access = new AccessControl(
      options.tokens ?? [{ token: this.adminToken, user: 'system:admin' }],
      options.anonymous,
    );
    this.maxBodyBytes = options.maxBodyBytes ?? 3 * 1024 * 1024;
    this.devWorkspaces = new DevWorkspaceController(
      this.store,
      this.types.find('workspace.devfile.io/v1alpha2', 'devworkspaces')!,
      {
        startDelayMs: 50,
        stopDelayMs: 50,
        routingBaseUrl: 'https://workspaces.simulator.local',
        ...options.devWorkspace,
      },
    );
    this.workloads = new WorkloadController(this.store, {
      jobDelayMs: options.jobDelayMs ?? 20,
    });
    const nsType = this.types.find('v1', 'namespaces')!;
    for (const name of DEFAULT_NAMESPACES)
      this.store.create(nsType, undefined, { metadata: { name } });
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch(error => this.fail(res, error));
    };
    this.server = options.tls
      ? https.createServer(options.tls, handler)
      : http.createServer(handler);
    this.server.keepAliveTimeout = 5_000;
  }

  /** Starts listening; resolves with the base URL. */
  async start(): Promise<string> {
    // Controllers react after the write that triggered them has been answered, as real ones do.
    this.unsubscribe = this.store.onChange(event => {
      setImmediate(() => {
        this.devWorkspaces.handle(event);
        this.workloads.handle(event);
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(
        this.options.port ?? 0,
        this.options.host ?? '127.0.0.1',
        () => {
          this.server.off('error', reject);
          resolve();
        },
      );
    });
    this.listening = this.server.address() as AddressInfo;
    return this.url;
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.devWorkspaces.stop();
    this.workloads.stop();
    for (const watch of this.watches) watch.close();
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }

  get url(): string {
    if (!this.listening)
      throw new Error('The Kubernetes simulator is not started');
    return `${this.options.tls ? 'https' : 'http'}://${this.listening.address}:${this.listening.port}`;
  }

  /** How a client trusts this server: its certificate as the CA when serving https, else no checks (plain http). */
  private get trust() {
    return this.options.tls
      ? { caData: Buffer.from(this.options.tls.cert).toString('base64') }
      : { skipTLSVerify: true };
  }

  /** Options for `KubeConfig.loadFromOptions` of @kubernetes/client-node. */
  kubeConfigOptions(token = this.adminToken) {
    return {
      clusters: [{ name: 'simulator', server: this.url, ...this.trust }],
      users: [{ name: 'simulator', token }],
      contexts: [
        { name: 'simulator', cluster: 'simulator', user: 'simulator' },
      ],
      currentContext: 'simulator',
    };
  }

  /** A cluster entry in the Backstage Kubernetes plugin's config format (`kubernetes.clusterLocatorMethods`). */
  clusterConfig(name = 'simulator', token = this.adminToken) {
    return {
      name,
      url: this.url,
      authProvider: 'serviceAccount',
      serviceAccountToken: token,
      ...this.trust,
    };
  }

  injectFault(fault: Fault): () => void {
    return this.faults.add(fault);
  }

  /**
   * Stores objects as `kubectl apply` would, creating missing namespaces, as objects that already
   * existed: a creationTimestamp given is kept (a cluster's objects were created before it was
   * watched). Returns how many were stored.
   */
  seed(objects: any[]): number {
    let stored = 0;
    const nsType = this.types.find('v1', 'namespaces')!;
    for (const object of objects) {
      if (!object?.apiVersion || !object?.kind) continue;
      const type = this.types.findByKind(object.apiVersion, object.kind);
      if (!type)
        throw new Error(
          `The simulator does not serve ${object.apiVersion} ${object.kind}`,
        );
      const namespace = type.namespaced
        ? (object.metadata?.namespace ?? 'default')
        : undefined;
      if (namespace && !this.store.find(nsType, undefined, namespace)) {
        this.store.create(nsType, undefined, { metadata: { name: namespace } });
      }
      this.store.upsert(type, {
        ...object,
        metadata: { ...object.metadata, ...(namespace ? { namespace } : {}) },
      });
      stored++;
    }
    return stored;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const method = (req.method ?? 'GET').toUpperCase();
    const fault = this.faults.decide(method, url.pathname);
    if (fault.latencyMs > 0)
      await new Promise(r => setTimeout(r, fault.latencyMs));
    if (fault.drop) {
      req.socket.destroy();
      return;
    }
    if (fault.status) {
      res.setHeader('Retry-After', '1');
      throw new KubeStatusError(
        fault.status,
        faultReason(fault.status),
        `simulated fault: ${faultReason(fault.status)}`,
      );
    }
    if (['/healthz', '/livez', '/readyz'].includes(url.pathname)) {
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      return;
    }
    const token = this.access.authenticate(req.headers.authorization);
    if (url.pathname === '/version') {
      this.json(res, 200, SIMULATED_VERSION);
      return;
    }
    const discovery =
      this.discovery(url.pathname) ??
      openApiV3(this.types, url.pathname.replace(/\/$/, ''));
    if (discovery) {
      if (method !== 'GET') throw statusErrors.methodNotAllowed();
      this.json(res, 200, discovery);
      return;
    }

    const route = this.route(url.pathname, url.searchParams);
    if (!route) throw statusErrors.pathNotFound();
    const { type, namespace, name, subresource } = route;
    const target = {
      resource: qualifiedResource(type),
      group: type.group,
      plural: type.plural,
      name,
    };
    const verb = verbOf(method, name, route.watch);
    const access = {
      verb,
      ...target,
      namespace,
      namespaceObject:
        type.kind === 'Namespace' && type.group === '' ? name : undefined,
    };
    const impersonated = impersonatedIdentity(req, token);
    if (impersonated) {
      authorizeImpersonated(
        this.access,
        this.options.impersonationRules,
        impersonated,
        access,
      );
    } else {
      this.access.authorize(token, access);
    }
    this.audit({
      ...(impersonated ?? { user: token.user, groups: [] }),
      verb,
      resource: target.resource,
      namespace,
      name,
    });
    const q = url.searchParams;
    const dryRun = q.get('dryRun') === 'All';
    const fieldManager = q.get('fieldManager') ?? undefined;

    if (subresource && subresource !== 'status')
      throw statusErrors.pathNotFound();
    switch (verb) {
      case 'get': {
        const json = this.store.getJson(type, namespace, name!);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(json);
        return;
      }
      case 'list':
        this.list(res, type, namespace, q, req.headers.accept);
        return;
      case 'watch':
        this.watch(req, res, type, namespace, q, req.headers.accept);
        return;
      case 'create': {
        const created = this.store.create(
          type,
          namespace,
          await this.readObject(req),
          { dryRun, fieldManager },
        );
        this.json(res, 201, created);
        return;
      }
      case 'update': {
        const updated = this.store.replace(
          type,
          namespace,
          name!,
          await this.readObject(req),
          {
            dryRun,
            fieldManager,
            subresource: subresource as 'status' | undefined,
          },
        );
        this.json(res, 200, updated);
        return;
      }
      case 'patch': {
        const patchType = patchTypeOf(req.headers['content-type']);
        if (patchType === 'apply' && !fieldManager) {
          throw statusErrors.invalid(
            { ...target, kind: 'PatchOptions' },
            'fieldManager',
            'Required value: is required for apply patch',
          );
        }
        const patch = parsePatchBody(patchType, await this.readBody(req));
        const { object, created } = this.store.patch(
          type,
          namespace,
          name!,
          patchType,
          patch,
          {
            dryRun,
            fieldManager,
            force: q.get('force') === 'true',
            subresource: subresource as 'status' | undefined,
          },
        );
        this.json(res, created ? 201 : 200, object);
        return;
      }
      case 'delete': {
        const options = await this.readOptionalObject(req);
        const deleted = this.store.delete(type, namespace, name!, {
          dryRun:
            dryRun ||
            (Array.isArray(options?.dryRun) && options.dryRun.includes('All')),
          propagationPolicy:
            q.get('propagationPolicy') ?? options?.propagationPolicy,
        });
        this.json(res, 200, deleted);
        return;
      }
      case 'deletecollection': {
        const { items } = this.store.list(type, namespace, selectorsOf(q));
        const deleted = items.map(i =>
          this.store.delete(
            type,
            i.object.metadata.namespace,
            i.object.metadata.name,
            { dryRun },
          ),
        );
        this.json(res, 200, {
          kind: `${type.kind}List`,
          apiVersion: apiVersionOf(type),
          metadata: { resourceVersion: this.store.resourceVersion },
          items: deleted,
        });
        return;
      }
      default:
        throw statusErrors.methodNotAllowed();
    }
  }

  private audit(record: AuditRecord) {
    this.auditLog.push(record);
    const size = this.options.auditLogSize ?? 10_000;
    if (this.auditLog.length > size)
      this.auditLog.splice(0, this.auditLog.length - size);
  }

  private list(
    res: ServerResponse,
    type: ResourceType,
    namespace: string | undefined,
    q: URLSearchParams,
    accept?: string,
  ) {
    const limit = q.get('limit');
    const page = this.store.list(type, namespace, {
      ...selectorsOf(q),
      limit: limit ? Number(limit) : undefined,
      continueToken: q.get('continue') ?? undefined,
    });
    const metadata = {
      resourceVersion: page.resourceVersion,
      ...(page.continueToken ? { continue: page.continueToken } : {}),
      ...(page.remainingItemCount
        ? { remainingItemCount: page.remainingItemCount }
        : {}),
    };
    // `Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1`: only each
    // object's metadata, as the real server answers it (what `kubectl get --show-labels` uses).
    if (/;\s*as=PartialObjectMetadataList\b/.test(accept ?? '')) {
      res.writeHead(200, {
        'Content-Type':
          'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
      });
      res.write(
        `{"kind":"PartialObjectMetadataList","apiVersion":"meta.k8s.io/v1","metadata":${JSON.stringify(metadata)},"items":[`,
      );
      page.items.forEach((item, i) =>
        res.write(
          `${i === 0 ? '' : ','}{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":${JSON.stringify(item.object.metadata)}}`,
        ),
      );
      res.end(']}');
      return;
    }
    // Written item by item: a list of thousands of large objects never becomes one string.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write(
      `{"kind":"${type.kind}List","apiVersion":"${apiVersionOf(type)}","metadata":${JSON.stringify(metadata)},"items":[`,
    );
    page.items.forEach((item, i) =>
      res.write(i === 0 ? item.json() : `,${item.json()}`),
    );
    res.end(']}');
  }

  private watch(
    req: IncomingMessage,
    res: ServerResponse,
    type: ResourceType,
    namespace: string | undefined,
    q: URLSearchParams,
    accept?: string,
  ) {
    const selectors = selectorsOf(q);
    // `Accept: application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1`: each event's object
    // is its metadata only, as the real server sends it to metadata informers.
    const metadataOnly = /;\s*as=PartialObjectMetadata\b/.test(accept ?? '');
    const watch = new WatchStream(res, type, namespace, selectors, {
      metadataOnly,
    });
    const since = q.get('resourceVersion');
    // A streaming list (client-go's WatchList, on by default in client-go 1.35 and so helm 4):
    // the current objects as ADDED, then a bookmark saying they are all there.
    const initialEvents = q.get('sendInitialEvents') === 'true';
    if (
      initialEvents &&
      (q.get('resourceVersionMatch') !== 'NotOlderThan' ||
        q.get('allowWatchBookmarks') !== 'true')
    ) {
      throw statusErrors.invalid(
        {
          resource: qualifiedResource(type),
          group: type.group,
          plural: type.plural,
          kind: 'ListOptions',
        },
        'sendInitialEvents',
        'Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan and allowWatchBookmarks to true',
      );
    }
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Transfer-Encoding': 'chunked',
    });
    res.flushHeaders();
    if (initialEvents) {
      for (const item of this.store.list(type, namespace, selectors).items)
        watch.send('ADDED', item.object);
      watch.endInitialEvents(this.store.resourceVersion);
    } else if (!since || since === '0') {
      for (const item of this.store.list(type, namespace, selectors).items)
        watch.send('ADDED', item.object);
    } else {
      const replay = this.store.eventsSince(Number(since));
      if (!replay || Number.isNaN(Number(since))) {
        watch.error(
          statusErrors.gone(
            `too old resource version: ${since} (${this.store.resourceVersion})`,
          ),
        );
        return;
      }
      replay.forEach(e => watch.deliver(e));
    }
    this.watches.add(watch);
    const unsubscribe = this.store.onChange((e: ChangeEvent) =>
      watch.deliver(e),
    );
    const timeout = Number(q.get('timeoutSeconds') ?? 0);
    const timer =
      timeout > 0 ? setTimeout(() => watch.close(), timeout * 1000) : undefined;
    const cleanup = () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      this.watches.delete(watch);
    };
    req.on('close', cleanup);
    res.on('close', cleanup);
  }

  private discovery(path: string): unknown | undefined {
    const p = path.replace(/\/$/, '');
    if (p === '/api') {
      return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [
          {
            clientCIDR: '0.0.0.0/0',
            serverAddress: this.listening
              ? `${this.listening.address}:${this.listening.port}`
              : '',
          },
        ],
      };
    }
    if (p === '/apis')
      return {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: this.types.groups(),
      };
    if (p === '/api/v1') return this.types.resourceList('v1');
    const group = /^\/apis\/([^/]+)$/.exec(p);
    if (group) {
      const doc = this.types.groups().find(g => g.name === group[1]);
      return doc
        ? {
            kind: 'APIGroup',
            apiVersion: 'v1',
            ...groupDocument(
              doc.name,
              doc.versions.map(v => v.version),
            ),
          }
        : undefined;
    }
    const gv = /^\/apis\/([^/]+)\/([^/]+)$/.exec(p);
    if (gv) return this.types.resourceList(`${gv[1]}/${gv[2]}`);
    return undefined;
  }

  /** Maps a resource path to its type, namespace, name and subresource. */
  private route(path: string, query: URLSearchParams) {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    let apiVersion: string;
    let rest: string[];
    if (parts[0] === 'api' && parts[1]) {
      apiVersion = parts[1];
      rest = parts.slice(2);
    } else if (parts[0] === 'apis' && parts[1] && parts[2]) {
      apiVersion = `${parts[1]}/${parts[2]}`;
      rest = parts.slice(3);
    } else {
      return undefined;
    }
    let watch = query.get('watch') === 'true' || query.get('watch') === '1';
    if (rest[0] === 'watch') {
      watch = true;
      rest = rest.slice(1);
    }
    let namespace: string | undefined;
    if (
      rest[0] === 'namespaces' &&
      rest.length >= 3 &&
      !['status', 'finalize'].includes(rest[2])
    ) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
    const [plural, name, subresource, ...extra] = rest;
    if (!plural || extra.length > 0) return undefined;
    const type = this.types.find(apiVersion, plural);
    if (!type) return undefined;
    if (namespace !== undefined && !type.namespaced) return undefined;
    if (type.namespaced && namespace === undefined && name !== undefined)
      return undefined;
    return { type, namespace, name, subresource, watch };
  }

  private async readBytes(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > this.maxBodyBytes) {
        throw new KubeStatusError(
          413,
          'RequestEntityTooLarge',
          `Request entity too large: limit is ${this.maxBodyBytes}`,
        );
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  private async readBody(req: IncomingMessage): Promise<string> {
    return (await this.readBytes(req)).toString('utf8');
  }

  /** An object body: JSON, or protobuf as client-go's typed clients send built-in kinds. */
  private async readObject(req: IncomingMessage): Promise<any> {
    const body = await this.readBytes(req);
    if (isProtobuf(req.headers['content-type']))
      return decodeProtobufObject(body);
    try {
      return JSON.parse(body.toString('utf8'));
    } catch (e) {
      throw statusErrors.badRequest(
        `error decoding request body: ${(e as Error).message}`,
      );
    }
  }

  private async readOptionalObject(req: IncomingMessage): Promise<any> {
    const body = await this.readBytes(req);
    if (body.length === 0) return undefined;
    if (isProtobuf(req.headers['content-type']))
      return decodeProtobufObject(body);
    try {
      return JSON.parse(body.toString('utf8'));
    } catch {
      return undefined;
    }
  }

  private json(res: ServerResponse, status: number, body: unknown) {
    res
      .writeHead(status, { 'Content-Type': 'application/json' })
      .end(JSON.stringify(body));
  }

  private fail(res: ServerResponse, error: unknown) {
    const status =
      error instanceof KubeStatusError
        ? error
        : new KubeStatusError(
            500,
            'InternalError',
            `Internal error occurred: ${(error as Error)?.message ?? error}`,
          );
    if (res.headersSent) {
      res.destroy();
      return;
    }
    this.json(res, status.code, status.toStatus());
  }
}

function verbOf(
  method: string,
  name: string | undefined,
  watch: boolean,
): string {
  switch (method) {
    case 'GET':
      if (watch) return 'watch';
      return name ? 'get' : 'list';
    case 'POST':
      return name ? 'unsupported' : 'create';
    case 'PUT':
      return name ? 'update' : 'unsupported';
    case 'PATCH':
      return name ? 'patch' : 'unsupported';
    case 'DELETE':
      return name ? 'delete' : 'deletecollection';
    default:
      return 'unsupported';
  }
}

function selectorsOf(q: URLSearchParams) {
  return {
    labelSelector: parseLabelSelector(q.get('labelSelector') ?? undefined),
    fieldSelector: parseFieldSelector(q.get('fieldSelector') ?? undefined),
  };
}
