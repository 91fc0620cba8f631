import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { inMemoryDatabaseServiceFactory } from '@fawkes/test-kit';
import { cloudExtractorPlugin } from '../plugin';
import { readEntityShape } from './entityShape';

const shape = (catalog: object) =>
  readEntityShape(new ConfigReader({ cloudExtractor: { catalog } }));

describe('readEntityShape', () => {
  it('reads the owner tag and default owner, with their defaults', () => {
    expect(shape({})).toEqual({
      ownerTag: 'owner',
      defaultOwner: 'group:default/cloud-platform',
    });
    expect(shape({ ownerTag: 'team', defaultOwner: 'platform' })).toEqual({
      ownerTag: 'team',
      defaultOwner: 'group:platform',
    });
    expect(shape({ defaultOwner: 'user:default/jane' }).defaultOwner).toBe(
      'user:default/jane',
    );
  });

  it('refuses a default owner the catalog could not resolve, naming the key', () => {
    for (const defaultOwner of [
      'cloud platform',
      'group:cloud-',
      'component:shop',
      'group:Ops_EU/team',
      ' ',
    ]) {
      expect(() => shape({ defaultOwner })).toThrow(
        /^cloudExtractor\.catalog\.defaultOwner must be a Group or User entity reference/,
      );
    }
    expect(() => shape({ ownerTag: ' ' })).toThrow(
      'cloudExtractor.catalog.ownerTag must not be blank',
    );
  });

  it('stops the backend at start instead of giving every untagged resource an owner that does not resolve', async () => {
    const start = startTestBackend({
      features: [
        cloudExtractorPlugin,
        inMemoryDatabaseServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            cloudExtractor: { catalog: { defaultOwner: 'cloud platform' } },
          },
        }),
      ],
    });
    await expect(start).rejects.toThrow(
      /cloudExtractor\.catalog\.defaultOwner must be a Group or User entity reference.*'cloud platform'/,
    );
  });
});
