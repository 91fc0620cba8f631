/**
 * One of a plugin's own modules, loaded when first needed instead of at start (a router with
 * routerOnFirstRequest, say), the same way from its TypeScript sources and from its built
 * package:
 *
 * - `required` requires it (`require('./routes')`): from the sources, under the repo's start
 *   and under Jest, which runs no `import()` without `--experimental-vm-modules`;
 * - `imported` imports it (`import('./routes')`), used when `required` finds no such module:
 *   in the built package, whose files the build renamed (`routes.cjs.js`). The build follows
 *   `import()` and not `require()`, so this is what puts the module in the package.
 *
 * Any other failure of `required` (the module throws while loading) is thrown as it is.
 */
export async function loadOwnModule<M>(
  required: () => M,
  imported: () => Promise<M>,
): Promise<M> {
  try {
    return required();
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code !== 'MODULE_NOT_FOUND')
      throw error;
    return imported();
  }
}
