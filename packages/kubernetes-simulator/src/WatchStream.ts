import type { ServerResponse } from 'node:http';
import {
  FieldRequirement,
  LabelRequirement,
  matchesFields,
  matchesLabels,
} from './labelSelector';
import type { ChangeEvent, WatchEventType } from './ObjectStore';
import type { ResourceType } from './resourceTypes';
import type { KubeStatusError } from './status';

/**
 * One open watch: a chunked response of `{"type","object"}` lines. With selectors, an object
 * that starts matching arrives as ADDED and one that stops matching as DELETED, as the real
 * server reports them.
 */
export class WatchStream {
  constructor(
    private readonly res: ServerResponse,
    private readonly type: ResourceType,
    private readonly namespace: string | undefined,
    private readonly selectors: {
      labelSelector: LabelRequirement[];
      fieldSelector: FieldRequirement[];
    },
    private readonly options: { metadataOnly?: boolean } = {},
  ) {}

  deliver(event: ChangeEvent): void {
    if (
      event.resourceType.group !== this.type.group ||
      event.resourceType.plural !== this.type.plural
    )
      return;
    if (this.namespace !== undefined && event.namespace !== this.namespace)
      return;
    const now = event.type !== 'DELETED' && this.matches(event.object);
    const before = event.previous !== undefined && this.matches(event.previous);
    if (event.type === 'DELETED') {
      if (before) this.send('DELETED', event.object);
    } else if (now && !before) {
      this.send('ADDED', event.object);
    } else if (now && before) {
      this.send('MODIFIED', event.object);
    } else if (!now && before) {
      this.send('DELETED', event.object);
    }
  }

  /**
   * The end of a streaming list's initial events (`sendInitialEvents=true`): a BOOKMARK at the
   * current resourceVersion carrying the `k8s.io/initial-events-end` annotation clients wait for.
   */
  endInitialEvents(resourceVersion: string): void {
    if (this.res.writableEnded) return;
    const object = {
      kind: this.type.kind,
      apiVersion: this.type.group
        ? `${this.type.group}/${this.type.version}`
        : this.type.version,
      metadata: {
        resourceVersion,
        annotations: { 'k8s.io/initial-events-end': 'true' },
      },
    };
    this.res.write(`${JSON.stringify({ type: 'BOOKMARK', object })}\n`);
  }

  send(type: WatchEventType, object: any): void {
    if (this.res.writableEnded) return;
    const sent = this.options.metadataOnly
      ? {
          kind: 'PartialObjectMetadata',
          apiVersion: 'meta.k8s.io/v1',
          metadata: object?.metadata,
        }
      : object;
    this.res.write(`${JSON.stringify({ type, object: sent })}\n`);
  }

  error(status: KubeStatusError): void {
    if (!this.res.writableEnded)
      this.res.end(
        `${JSON.stringify({ type: 'ERROR', object: status.toStatus() })}\n`,
      );
  }

  close(): void {
    if (!this.res.writableEnded) this.res.end();
  }

  private matches(object: any): boolean {
    return (
      matchesLabels(this.selectors.labelSelector, object?.metadata?.labels) &&
      matchesFields(this.selectors.fieldSelector, object)
    );
  }
}
