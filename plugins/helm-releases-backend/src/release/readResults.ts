import type { Release } from './release';

/** A result and how many storage records could not be decoded on the way. */
export interface Counted<T> {
  value: T;
  undecodable: number;
}

/** A storage object of a release that could not be read, with its `version` label when it has one. */
export interface UnreadableRecord {
  objectName: string;
  version?: number;
}

/** Every readable revision of a release, oldest first, and the records that could not be read. */
export interface ReleaseHistory extends Counted<Release[]> {
  unreadable: UnreadableRecord[];
}
