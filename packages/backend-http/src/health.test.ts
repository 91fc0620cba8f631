import express from 'express';
import request from 'supertest';
import { healthHandler } from './health';

describe('healthHandler', () => {
  const app = (check: () => Promise<void>) =>
    express().get('/health', healthHandler({ version: '1.2.3', check }));

  it('reports healthy with a timestamp and the version', async () => {
    const res = await request(app(async () => {})).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'healthy',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      version: '1.2.3',
    });
  });

  it('answers 503 without details when the check fails', async () => {
    const res = await request(
      app(async () => {
        throw new Error('password=secret');
      }),
    ).get('/health');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('unhealthy');
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });
});
