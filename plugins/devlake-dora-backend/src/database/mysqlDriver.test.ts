import { assertMysqlDriver } from './mysqlDriver';

describe('the optional mysql2 driver', () => {
  it('is found when installed (a dev dependency here)', () => {
    expect(() => assertMysqlDriver()).not.toThrow();
  });

  it('names the package to install when missing', () => {
    const missing = () => {
      throw Object.assign(new Error("Cannot find module 'mysql2'"), {
        code: 'MODULE_NOT_FOUND',
      });
    };
    expect(() => assertMysqlDriver(missing)).toThrow(
      /devlake\.source\.database needs the mysql2 package.*npm install mysql2/,
    );
  });
});
