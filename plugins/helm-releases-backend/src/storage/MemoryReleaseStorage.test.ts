import { makeRelease } from '../__testUtils__/helmRecords';
import { MemoryReleaseStorage } from './MemoryReleaseStorage';

const all = async (storage: MemoryReleaseStorage, filter = {}) => {
  const out = [];
  for await (const record of storage.scan(filter)) out.push(record);
  return out;
};

describe('MemoryReleaseStorage', () => {
  it('stores revisions with Helm labels, filters by namespace and name, and decodes them', async () => {
    const storage = new MemoryReleaseStorage();
    await storage.create(
      makeRelease('web', 1, { namespace: 'a', labels: { team: 'x' } }),
      'a',
    );
    await storage.create(makeRelease('api', 1, { namespace: 'b' }), 'b');
    expect(
      (await all(storage)).map(r => [
        r.namespace,
        r.releaseName,
        r.version,
        r.status,
      ]),
    ).toEqual([
      ['a', 'web', 1, 'deployed'],
      ['b', 'api', 1, 'deployed'],
    ]);
    const [web] = await all(storage, { namespace: 'a', name: 'web' });
    expect(web.objectName).toBe('sh.helm.release.v1.web.v1');
    expect(web.decode()).toMatchObject({
      name: 'web',
      version: 1,
      labels: { team: 'x' },
    });
    expect(await all(storage, { name: 'nope' })).toEqual([]);
  });

  it('never overwrites on create, and follows the status on update', async () => {
    const storage = new MemoryReleaseStorage();
    const release = makeRelease('web', 1);
    await storage.create(release, 'default');
    await expect(storage.create(release, 'default')).rejects.toThrow(
      'already exists',
    );
    await storage.update(
      { ...release, info: { ...release.info, status: 'superseded' } },
      'default',
    );
    const [record] = await all(storage);
    expect(record.status).toBe('superseded');
    expect(record.decode().info.status).toBe('superseded');
    await storage.remove('default', 'web', 1);
    expect(await all(storage)).toEqual([]);
  });
});
