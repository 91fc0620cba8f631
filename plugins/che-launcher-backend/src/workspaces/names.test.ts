import { DNS_1123_LABEL, userNamespaceName } from './names';

const name = (username: string, template = '<username>-che') =>
  userNamespaceName(template, { username, userid: `default-${username}` });

describe('userNamespaceName', () => {
  it("keeps Che's plain names for ordinary users", () => {
    expect(name('jane')).toBe('jane-che');
    expect(name('Jane.Doe')).toBe('jane-doe-che');
    expect(name('jane', '<userid>-devspaces')).toBe('default-jane-devspaces');
  });

  it('gives names without ASCII letters a stable hash, never the bare che', () => {
    const japanese = name('日本');
    const chinese = name('中文');
    expect(japanese).toMatch(/^[0-9a-f]{8}-che$/);
    expect(chinese).toMatch(/^[0-9a-f]{8}-che$/);
    expect(japanese).not.toBe(chinese);
    expect(name('日本')).toBe(japanese);
    expect(name('1234')).toMatch(/^1234-[0-9a-f]{8}-che$/);
    expect(name('1234')).not.toBe(name('12_34'));
  });

  it('shortens names over 59 characters with a hash, keeping -che within 63', () => {
    const long = 'a'.repeat(70);
    const other = `${'a'.repeat(69)}b`;
    for (const user of [long, other, 'b'.repeat(60)]) {
      const ns = name(user);
      expect(ns).toMatch(/-[0-9a-f]{8}-che$/);
      expect(ns.length).toBeLessThanOrEqual(63);
      expect(ns).toMatch(DNS_1123_LABEL);
    }
    expect(name(long)).not.toBe(name(other));
    expect(name('c'.repeat(59))).toBe(`${'c'.repeat(59)}-che`);
    // A longer suffix leaves a smaller share; it survives all the same.
    const devspaces = name(long, '<username>-devspaces');
    expect(devspaces).toMatch(/-[0-9a-f]{8}-devspaces$/);
    expect(devspaces.length).toBeLessThanOrEqual(63);
  });
});
