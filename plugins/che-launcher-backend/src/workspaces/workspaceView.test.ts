import type { DevWorkspace } from './cheObjects';
import { byNewestFirst, cachedWorkspaceView } from './workspaceView';

const dw = (
  name: string,
  created: string,
  phase = 'Running',
): DevWorkspace => ({
  apiVersion: 'workspace.devfile.io/v1alpha2',
  kind: 'DevWorkspace',
  metadata: {
    name,
    namespace: 'jane-che',
    uid: name,
    creationTimestamp: created,
  },
  spec: { started: true, template: {} },
  status: { phase },
});

describe('list views', () => {
  it('computes a view once per object, and anew for the object that replaces it', () => {
    const first = dw('a', '2026-12-01T10:00:00Z');
    expect(cachedWorkspaceView(first)).toBe(cachedWorkspaceView(first));
    const changed = { ...first, status: { phase: 'Stopped' } };
    expect(cachedWorkspaceView(changed).status).toBe('Stopped');
    expect(cachedWorkspaceView(first).status).toBe('Running');
  });

  it('orders newest first, then by name', () => {
    const views = [
      dw('b-1', '2026-12-01T10:00:00Z'),
      dw('a-2', '2026-12-02T10:00:00Z'),
      dw('b', '2026-12-01T10:00:00Z'),
      dw('a', '2026-12-01T10:00:00.500Z'),
    ].map(cachedWorkspaceView);
    expect(views.sort(byNewestFirst).map(v => v.name)).toEqual([
      'a-2',
      'a',
      'b',
      'b-1',
    ]);
  });
});
