import {
  kubernetesClient,
  type KubernetesCluster,
} from '@fawkes/kubernetes-clusters';
import type {
  KubeConfig,
  KubernetesObject,
  V1SecretList,
} from '@kubernetes/client-node';
import type { JsonObject } from '../manifest/json';

export type PatchContentType =
  | 'application/strategic-merge-patch+json'
  | 'application/merge-patch+json'
  | 'application/apply-patch+yaml'
  | 'application/json-patch+json';

const perCluster = new WeakMap<KubernetesCluster, RawObjectApi>();

/** A page of a metadata-only list. */
export interface MetadataPage {
  items: Array<{
    metadata?: {
      name?: string;
      namespace?: string;
      labels?: Record<string, string>;
      resourceVersion?: string;
    };
  }>;
  metadata?: { continue?: string; resourceVersion?: string };
}

export interface RawObjectApi {
  readJson(spec: KubernetesObject): Promise<JsonObject>;
  listMetadata(
    path: string,
    query: { labelSelector: string; limit: number; continue?: string },
  ): Promise<MetadataPage>;
  patchJson(
    spec: KubernetesObject,
    body: JsonObject | JsonObject[],
    contentType: PatchContentType,
    fieldManager: string,
  ): Promise<void>;
}

// The interface and its factory share the name, as a class would.
// eslint-disable-next-line @typescript-eslint/no-redeclare
export const RawObjectApi = {
  /** One per cluster, made once: it keeps its API discovery, which a new one fetches again. */
  of(cluster: KubernetesCluster): RawObjectApi {
    let api = perCluster.get(cluster);
    if (!api) {
      const made = cluster.kubeConfig.makeApiClient(rawObjectApiClass());
      made.useContextNamespace(cluster.kubeConfig);
      api = made;
      perCluster.set(cluster, api);
    }
    return api;
  },
};

/** The class is made when first needed: it extends the client library, loaded on first use. */
let madeClass: ReturnType<typeof defineRawObjectApi> | undefined;
function rawObjectApiClass() {
  madeClass ??= defineRawObjectApi();
  return madeClass;
}

/**
 * `KubernetesObjectApi` for objects as plain JSON. Its own `patch` passes the body through the
 * typed model of the kind, which drops the strategic-merge directives (`$setElementOrder/…`,
 * `$patch`, `$retainKeys`); and its `read` answers typed models (dates as `Date`, absent fields
 * as `undefined`) that a three-way diff cannot compare with a manifest.
 */
function defineRawObjectApi() {
  const { HttpMethod, KubernetesObjectApi } = kubernetesClient();
  return class RawObjectApiClient
    extends KubernetesObjectApi
    implements RawObjectApi
  {
    /** Objects without a namespace go to the kubeconfig context's, as kubectl does. */
    useContextNamespace(kubeConfig: KubeConfig): void {
      this.setDefaultNamespace(kubeConfig);
    }

    /** The live object as the API server sent it (JSON), or an ApiException (404 when absent). */
    async readJson(spec: KubernetesObject): Promise<JsonObject> {
      const context = this.configuration.baseServer.makeRequestContext(
        await this.specUriPath(spec, 'read'),
        HttpMethod.GET,
      );
      context.setHeaderParam('Accept', 'application/json');
      return JSON.parse(
        JSON.stringify(await this.requestPromise(context, 'KubernetesObject')),
      );
    }

    /**
     * One page of a list with only each object's metadata (`as=PartialObjectMetadataList`): the
     * labels of Helm's storage objects without their release data. `path` is the collection's,
     * e.g. `/api/v1/namespaces/shop/secrets`.
     */
    async listMetadata(
      path: string,
      query: { labelSelector: string; limit: number; continue?: string },
    ): Promise<MetadataPage> {
      const context = this.configuration.baseServer.makeRequestContext(
        path,
        HttpMethod.GET,
      );
      context.setHeaderParam(
        'Accept',
        'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json',
      );
      context.setQueryParam('labelSelector', query.labelSelector);
      context.setQueryParam('limit', String(query.limit));
      if (query.continue) context.setQueryParam('continue', query.continue);
      // Read through a list model whose metadata keeps `continue` (as `_continue`); the items'
      // metadata is all a metadata list holds, and all that is read of it.
      const page = (await this.requestPromise(
        context,
        'V1SecretList',
      )) as unknown as V1SecretList;
      return {
        items: page.items ?? [],
        metadata: {
          continue: page.metadata?._continue,
          resourceVersion: page.metadata?.resourceVersion,
        },
      };
    }

    /**
     * Sends `body` as written, with the given patch content type. A server-side apply (JSON is
     * YAML) does not force conflicts: another manager's field stops it, as Helm 4's default.
     */
    async patchJson(
      spec: KubernetesObject,
      body: JsonObject | JsonObject[],
      contentType: PatchContentType,
      fieldManager: string,
    ): Promise<void> {
      const context = this.configuration.baseServer.makeRequestContext(
        await this.specUriPath(spec, 'patch'),
        HttpMethod.PATCH,
      );
      context.setHeaderParam('Accept', 'application/json');
      context.setHeaderParam('Content-Type', contentType);
      context.setQueryParam('fieldManager', fieldManager);
      if (contentType === 'application/apply-patch+yaml')
        context.setQueryParam('force', 'false');
      context.setBody(JSON.stringify(body));
      await this.requestPromise(context, 'KubernetesObject');
    }
  };
}
