import express from 'express';
import Router from 'express-promise-router';
import { listPluginRoutes, samplePath } from './routeInventory';

describe('listPluginRoutes', () => {
  const app = express();
  const plugin = Router();
  plugin.get('/health', (_req, res) => res.end());
  plugin.post('/items/:id/start', (_req, res) => res.end());
  const nested = Router();
  nested.delete('/flows/:flowId', (_req, res) => res.end());
  plugin.use('/api/v1', nested);
  plugin.get('/.backstage/auth/v1/jwks.json', (_req, res) => res.end());
  const outer = Router();
  outer.use('/api/demo', plugin);
  app.use(outer);

  it('lists routes below the plugin base, nested routers included, framework routes left out', () => {
    expect(listPluginRoutes(app, 'demo')).toEqual([
      { method: 'GET', path: '/health' },
      { method: 'POST', path: '/items/:id/start' },
      { method: 'DELETE', path: '/api/v1/flows/:flowId' },
    ]);
    expect(listPluginRoutes(app, 'other')).toEqual([]);
  });

  it('refuses routers mounted at patterns it cannot list', () => {
    const bad = express();
    const r = Router();
    r.get('/x', (_req, res) => res.end());
    const wrapper = Router();
    wrapper.use('/things/:id', r);
    bad.use('/api/demo', wrapper);
    expect(() => listPluginRoutes(bad, 'demo')).toThrow(/mounted at a pattern/);
  });

  it('fills route parameters with sample values', () => {
    expect(samplePath('/workspaces/:id/start')).toBe(
      '/workspaces/sample-id/start',
    );
  });
});
