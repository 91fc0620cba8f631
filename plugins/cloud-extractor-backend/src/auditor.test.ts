import { mockServices } from '@backstage/backend-test-utils';
import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { cloudExtractorPlugin } from './plugin';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { awsTestConfig } from './testUtils/awsTestConfig';

/* Every write goes to Backstage's auditor: success with what was written, failure with the error. */
describe('cloud-extractor and the Backstage auditor', () => {
  const success = jest.fn(async () => {});
  const fail = jest.fn(async (_options: { error: Error }) => {});
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async () => ({ success, fail })),
  });
  let backend: PluginBackend;

  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [
        cloudExtractorPlugin,
        cloudExtractorModuleAws,
        auditor.factory,
      ],
      config: awsTestConfig(),
      permission: 'deny',
    });
  });
  afterAll(() => backend.stop());
  beforeEach(() => jest.clearAllMocks());

  it('records a refused schedule creation as a failed event', async () => {
    const res = await backend.http
      .post('/api/cloud-extractor/schedules/')
      .set(authHeaders.user())
      .send({ name: 'n', cron_expression: '@daily' });
    expect(res.status).toBe(403);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'schedule-create',
        meta: { name: 'n' },
      }),
    );
    expect(fail).toHaveBeenCalledWith(
      expect.objectContaining({
        error: expect.objectContaining({ name: 'NotAllowedError' }),
      }),
    );
    expect(success).not.toHaveBeenCalled();
  });

  it('records a trigger without the body fields it ignored', async () => {
    const res = await backend.http
      .post('/api/cloud-extractor/extraction/trigger')
      .set(authHeaders.user())
      .send({ services: ['ec2'], priority: 'high' });
    expect(res.status).toBe(403);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'job-trigger',
        meta: {
          request: {
            provider: null,
            services: ['ec2'],
            regions: null,
            filters: {},
            batch_size: 100,
          },
        },
      }),
    );
  });

  it('does not audit input that never reached a write', async () => {
    const res = await backend.http
      .post('/api/cloud-extractor/schedules/')
      .set(authHeaders.user())
      .send({ name: 'n', cron_expression: 'nope' });
    expect(res.status).toBe(400);
    expect(auditor.createEvent).not.toHaveBeenCalled();
  });
});
