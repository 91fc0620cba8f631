import { sideBySide } from './sideBySide';

describe('sideBySide', () => {
  it('pairs removed and added runs and keeps context on both sides', () => {
    const diff = [
      '===================================================================',
      '--- Deployment/hello@1',
      '+++ Deployment/hello@2',
      '@@ -1,4 +1,5 @@',
      ' kind: Deployment',
      '-replicas: 1',
      '-image: hello:1',
      '+replicas: 2',
      '+image: hello:2',
      '+paused: false',
      ' name: hello',
      '-- a list item starting with a dash',
      '',
    ].join('\n');
    const rows = sideBySide(diff);
    expect(rows[0]).toEqual({ hunk: '@@ -1,4 +1,5 @@' });
    expect(rows[1]).toEqual({
      left: { line: 1, text: 'kind: Deployment', kind: 'context' },
      right: { line: 1, text: 'kind: Deployment', kind: 'context' },
    });
    expect(rows[2].left).toEqual({
      line: 2,
      text: 'replicas: 1',
      kind: 'removed',
    });
    expect(rows[2].right).toEqual({
      line: 2,
      text: 'replicas: 2',
      kind: 'added',
    });
    expect(rows[4].left).toBeUndefined();
    expect(rows[4].right?.text).toBe('paused: false');
    expect(rows[5].left?.line).toBe(4);
    expect(rows[5].right?.line).toBe(5);
    // A line after the hunk's counted lines belongs to no hunk and is left out.
    expect(rows).toHaveLength(6);
  });

  it('reads a removed line that looks like a header inside a hunk', () => {
    const rows = sideBySide('@@ -1,2 +1 @@\n--- x\n keep\n');
    expect(rows[1].left).toEqual({ line: 1, text: '-- x', kind: 'removed' });
    expect(rows[2].right).toEqual({ line: 1, text: 'keep', kind: 'context' });
  });

  it('gives nothing for an empty diff', () => {
    expect(sideBySide('')).toEqual([]);
  });
});
