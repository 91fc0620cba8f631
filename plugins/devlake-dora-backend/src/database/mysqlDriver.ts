/**
 * mysql2 is an optional peer dependency: only the DevLake reader (`devlake.source.database`) uses
 * it, and knex loads it when that reader connects. Checked first so a backend configured to read
 * DevLake without the driver fails to start saying what to install, not with knex's stack.
 */
export function assertMysqlDriver(
  resolve: (id: string) => string = require.resolve,
): void {
  try {
    resolve('mysql2');
  } catch {
    throw new Error(
      'devlake.source.database needs the mysql2 package, an optional dependency of @fawkes/plugin-devlake-dora-backend: add it to your backend (npm install mysql2)',
    );
  }
}
