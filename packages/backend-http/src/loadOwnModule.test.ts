import { loadOwnModule } from './loadOwnModule';

const notFound = () => {
  throw Object.assign(new Error("Cannot find module './routes'"), {
    code: 'MODULE_NOT_FOUND',
  });
};

describe('loadOwnModule', () => {
  it('uses the required module when there is one, without importing', async () => {
    const imported = jest.fn(async () => ({ from: 'import' }));
    await expect(
      loadOwnModule(() => ({ from: 'require' }), imported),
    ).resolves.toEqual({ from: 'require' });
    expect(imported).not.toHaveBeenCalled();
  });

  it('imports the module when require finds none, as in a built package', async () => {
    await expect(
      loadOwnModule(notFound, async () => ({ from: 'import' })),
    ).resolves.toEqual({ from: 'import' });
  });

  it('throws what the module itself threw while loading, without importing', async () => {
    const imported = jest.fn(async () => ({ from: 'import' }));
    await expect(
      loadOwnModule(() => {
        throw new TypeError('broken at load');
      }, imported),
    ).rejects.toThrow('broken at load');
    expect(imported).not.toHaveBeenCalled();
  });
});
