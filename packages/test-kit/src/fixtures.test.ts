import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, sharedFixturesDir } from './fixtures';

describe('sharedFixturesDir', () => {
  const original = process.env.FAWKES_SHARED_FIXTURES;
  afterEach(() => {
    if (original === undefined) delete process.env.FAWKES_SHARED_FIXTURES;
    else process.env.FAWKES_SHARED_FIXTURES = original;
  });

  it('points at the fixtures folder when it exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
    process.env.FAWKES_SHARED_FIXTURES = dir;
    expect(sharedFixturesDir()).toBe(dir);
    expect(fixturePath('helm', 'a.json')).toBe(join(dir, 'helm', 'a.json'));
  });

  it('is undefined when the folder is absent, and fixturePath says so', () => {
    process.env.FAWKES_SHARED_FIXTURES = join(
      tmpdir(),
      'no-such-fixtures-folder',
    );
    expect(sharedFixturesDir()).toBeUndefined();
    expect(() => fixturePath('helm')).toThrow('../shared/fixtures is absent');
  });
});
