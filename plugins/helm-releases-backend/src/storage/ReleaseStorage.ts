import type { Release } from '../release/release';
import type { DecodeOptions } from '../release/releaseCodec';

export const STORAGE_DRIVERS = ['secret', 'configmap', 'memory'] as const;
export type StorageDriverName = (typeof STORAGE_DRIVERS)[number];

/** One storage object of a release revision, decoded only when asked. */
export interface StoredRecord {
  /** The storage object's own name, `sh.helm.release.v1.<name>.v<N>` when Helm wrote it. */
  objectName: string;
  namespace: string;
  /** From the object's labels; undefined when a label is missing or malformed. */
  releaseName?: string;
  version?: number;
  status?: string;
  decode(options?: DecodeOptions): Release;
}

/** What the labels of a storage object say, read without its data. */
export type RecordLabels = Omit<StoredRecord, 'decode'>;

export interface ScanFilter {
  /** Undefined: every namespace the cluster lets us read. */
  namespace?: string;
  /** Only this release's records. */
  name?: string;
}

/** Where Helm keeps release revisions: the Secret, ConfigMap or memory driver. */
export interface ReleaseStorage {
  readonly driver: StorageDriverName;
  /** Every record matching the filter, fetched page by page. */
  scan(filter: ScanFilter): AsyncIterable<StoredRecord>;
  /** The labels of every record matching the filter, without fetching any release data. */
  scanLabels(filter: ScanFilter): AsyncIterable<RecordLabels>;
  /**
   * At least each release's latest labelled record and every record without Helm's labels (a
   * list keeps the latest per release); without asking the cluster when an index is current.
   */
  latestLabels(filter: ScanFilter): AsyncIterable<RecordLabels>;
  /** One record, fetched again by its object name; undefined when it is gone meanwhile. */
  read(record: RecordLabels): Promise<StoredRecord | undefined>;
  /**
   * Creates the revision's record; never overwrites one (ConflictError when it exists). In
   * `namespace`, the one its history was read from (as Helm's driver writes into its own
   * namespace whatever the release's data says).
   */
  create(release: Release, namespace: string): Promise<void>;
  /** Rewrites an existing revision's record (status and labels follow the release), in `namespace` as create. */
  update(release: Release, namespace: string): Promise<void>;
  remove(namespace: string, name: string, version: number): Promise<void>;
}

export const HELM_OWNER = 'helm';
export const HELM_STORAGE_TYPE = 'sh.helm.release.v1';
export const HELM_SECRET_TYPE = 'helm.sh/release.v1';
const SYSTEM_LABELS = [
  'name',
  'owner',
  'status',
  'version',
  'createdAt',
  'modifiedAt',
];

/** `sh.helm.release.v1.<name>.v<version>`, Helm's storage key (pkg/storage makeKey). */
export const storageKey = (name: string, version: number) =>
  `${HELM_STORAGE_TYPE}.${name}.v${version}`;

const unixSeconds = (now: Date) => String(Math.floor(now.getTime() / 1000));

/**
 * The labels Helm puts on a storage object: the release's own labels, then the system labels
 * (driver/util.go, secrets.go newSecretsObject). `previous` keeps createdAt across an update.
 */
export function helmLabels(
  release: Release,
  now: Date,
  previous?: Record<string, string>,
): Record<string, string> {
  const custom = Object.fromEntries(
    Object.entries(release.labels ?? {}).filter(
      ([k]) => !SYSTEM_LABELS.includes(k),
    ),
  );
  const labels: Record<string, string> = {
    ...custom,
    name: release.name,
    owner: HELM_OWNER,
    status: String(release.info.status),
    version: String(release.version),
  };
  if (previous) {
    if (previous.createdAt) labels.createdAt = previous.createdAt;
    labels.modifiedAt = unixSeconds(now);
  } else {
    labels.createdAt = unixSeconds(now);
  }
  return labels;
}

/** The labels of a storage object that are the release's own, as Helm's drivers hand them back on read. */
export function customLabels(
  labels: Record<string, string> | undefined,
): Record<string, string> | undefined {
  const custom = Object.entries(labels ?? {}).filter(
    ([k]) => !SYSTEM_LABELS.includes(k),
  );
  return custom.length ? Object.fromEntries(custom) : undefined;
}

/** Reads name, version and status from a storage object's labels, as Helm's queries do. */
export function recordIdentity(labels: Record<string, string> | undefined) {
  const version = Number(labels?.version);
  return {
    releaseName: labels?.name,
    version: Number.isSafeInteger(version) && version > 0 ? version : undefined,
    status: labels?.status,
  };
}
