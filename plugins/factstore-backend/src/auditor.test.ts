import { mockServices } from '@backstage/backend-test-utils';
import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { factstorePlugin } from './plugin';

/* Every mutation also goes to Backstage's auditor: success with the entity, failure with the error; a dry run does not. */
describe('factstore and the Backstage auditor', () => {
  const success = jest.fn();
  const fail = jest.fn();
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async () => ({ success, fail })),
  });
  let backend: PluginBackend;

  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [factstorePlugin, auditor.factory],
    });
  });
  afterAll(() => backend.stop());
  beforeEach(() => jest.clearAllMocks());

  it('reports a created flow, a refused duplicate, and nothing for a dry run', async () => {
    const created = await backend.http
      .post('/api/factstore/api/v1/flows')
      .set(authHeaders.user())
      .send({ name: 'audited' });
    expect(created.status).toBe(201);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'flow-created',
        meta: { actor: 'user:default/jane' },
      }),
    );
    expect(success).toHaveBeenCalledWith({
      meta: { entityType: 'flow', entityId: created.body.id },
    });

    expect(
      (
        await backend.http
          .post('/api/factstore/api/v1/flows')
          .set(authHeaders.user())
          .send({ name: 'audited' })
      ).status,
    ).toBe(409);
    expect(fail).toHaveBeenCalledWith({
      error: expect.objectContaining({ name: 'ConflictError' }),
      meta: {},
    });

    jest.clearAllMocks();
    await backend.http
      .post('/api/factstore/api/v1/flows')
      .set({ ...authHeaders.user(), 'X-Dry-Run': 'true' })
      .send({ name: 'dry' });
    expect(auditor.createEvent).not.toHaveBeenCalled();
  });
});
