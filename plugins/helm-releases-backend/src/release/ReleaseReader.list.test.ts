import { mockServices } from '@backstage/backend-test-utils';
import { makeRelease } from '../__testUtils__/helmRecords';
import type {
  RecordLabels,
  ReleaseStorage,
  StoredRecord,
} from '../storage/ReleaseStorage';
import type { Release } from './release';
import { ReleaseReader } from './ReleaseReader';

/** Storage whose every fetch and decode is counted: what a list costs. */
class CountingStorage implements ReleaseStorage {
  readonly driver = 'secret' as const;
  reads = 0;
  decodes: Array<{ name: string; version: number; manifest: boolean }> = [];
  constructor(private readonly releases: Release[]) {}

  private record(release: Release): StoredRecord {
    return {
      objectName: `sh.helm.release.v1.${release.name}.v${release.version}`,
      namespace: release.namespace,
      releaseName: release.name,
      version: release.version,
      status: String(release.info.status),
      decode: options => {
        this.decodes.push({
          name: release.name,
          version: release.version,
          manifest: options?.manifest !== false,
        });
        if (release.name.startsWith('broken')) throw new Error('not gzip');
        return release;
      },
    };
  }

  async *scan(): AsyncIterable<StoredRecord> {
    throw new Error('a list must not fetch every record');
  }

  async *scanLabels(filter: {
    namespace?: string;
  }): AsyncIterable<RecordLabels> {
    for (const release of this.releases) {
      if (filter.namespace && release.namespace !== filter.namespace) continue;
      const { decode: _decode, ...labels } = this.record(release);
      yield labels;
    }
  }

  latestLabels(filter: { namespace?: string }) {
    return this.scanLabels(filter);
  }

  async read(labels: RecordLabels) {
    this.reads++;
    const release = this.releases.find(
      r =>
        r.namespace === labels.namespace &&
        `sh.helm.release.v1.${r.name}.v${r.version}` === labels.objectName,
    );
    return release && this.record(release);
  }

  async create() {}
  async update() {}
  async remove() {}
}

/** 50 releases of 4 revisions in two namespaces; the names' order is not the storage order. */
function manyReleases(): Release[] {
  const releases: Release[] = [];
  for (let i = 49; i >= 0; i--) {
    const name = `app-${String(i).padStart(2, '0')}`;
    const latest = i % 5 ? 'deployed' : 'failed';
    for (let v = 1; v <= 4; v++) {
      const status = v === 4 ? latest : 'superseded';
      releases.push(
        makeRelease(name, v, {
          namespace: i % 2 ? 'odd' : 'even',
          status,
          info: {
            status,
            // The newest deployments are the lowest numbers.
            last_deployed: new Date(
              Date.UTC(2026, 0, 1, 0, 100 - i),
            ).toISOString(),
          },
        }),
      );
    }
  }
  return releases;
}

const query = {
  byDate: false,
  limit: 256,
  skip: 0,
  summary: false,
};

describe('the release list costs what it returns', () => {
  const logger = mockServices.logger.mock();

  it('finds each latest revision from the labels, and decodes only the page', async () => {
    const storage = new CountingStorage(manyReleases());
    const reader = new ReleaseReader(storage, logger);
    const { value, undecodable } = await reader.list({
      ...query,
      limit: 3,
      skip: 10,
    });
    expect(value.map(r => [r.name, r.version])).toEqual([
      ['app-10', 4],
      ['app-11', 4],
      ['app-12', 4],
    ]);
    expect(undecodable).toBe(0);
    expect(storage.reads).toBe(3);
    expect(storage.decodes).toEqual([
      { name: 'app-10', version: 4, manifest: true },
      { name: 'app-11', version: 4, manifest: true },
      { name: 'app-12', version: 4, manifest: true },
    ]);
  });

  it('filters statuses by the status label, without decoding what it leaves out', async () => {
    const storage = new CountingStorage(manyReleases());
    const reader = new ReleaseReader(storage, logger);
    const { value } = await reader.list({
      ...query,
      statuses: ['failed'],
      namespace: 'even',
      summary: true,
    });
    expect(value.map(r => r.name)).toEqual([
      'app-00',
      'app-10',
      'app-20',
      'app-30',
      'app-40',
    ]);
    expect(value[0]).not.toHaveProperty('manifest');
    expect(storage.decodes).toHaveLength(5);
    expect(storage.decodes.every(d => !d.manifest)).toBe(true);
  });

  it('sorts byDate from each latest record decoded without its manifest, then decodes the page', async () => {
    const storage = new CountingStorage(manyReleases());
    const reader = new ReleaseReader(storage, logger);
    const { value } = await reader.list({ ...query, byDate: true, limit: 2 });
    // Oldest first, as helm list --date.
    expect(value.map(r => r.name)).toEqual(['app-49', 'app-48']);
    expect(storage.decodes.filter(d => !d.manifest)).toHaveLength(50);
    expect(storage.decodes.filter(d => d.manifest)).toHaveLength(2);
  });

  it('counts a page record that cannot be decoded and leaves it out', async () => {
    const releases = manyReleases();
    releases.push(makeRelease('broken-a', 1, { namespace: 'odd' }));
    const storage = new CountingStorage(releases);
    const reader = new ReleaseReader(storage, logger);
    const listing = await reader.listing({ ...query, skip: 49, limit: 2 });
    const names = [];
    for await (const release of listing.releases) names.push(release.name);
    expect(names).toEqual(['app-49']);
    expect(listing.undecodable()).toBe(1);
    const first = await reader.list({ ...query, skip: 48, limit: 2 });
    expect(first.value.map(r => r.name)).toEqual(['app-48', 'app-49']);
  });

  it('only reads releases the caller may see', async () => {
    const storage = new CountingStorage(manyReleases());
    const reader = new ReleaseReader(storage, logger);
    const { value } = await reader.list({
      ...query,
      visible: r => r.namespace === 'odd',
      limit: 2,
    });
    expect(value.map(r => `${r.namespace}/${r.name}`)).toEqual([
      'odd/app-01',
      'odd/app-03',
    ]);
    expect(storage.reads).toBe(2);
  });
});
