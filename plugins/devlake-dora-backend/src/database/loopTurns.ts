import type { Knex } from 'knex';

/** better-sqlite3 runs each statement synchronously, on the event loop; the other drivers do not. */
export function statementsHoldLoop(db: Knex): boolean {
  return db.client.config.client === 'better-sqlite3';
}

const nextTurnOfLoop = () =>
  new Promise<void>(resolve => setImmediate(resolve));

/** The last statement queued on each database whose statements hold the loop. */
const queued = new WeakMap<Knex, Promise<unknown>>();

/**
 * Runs a statement. Where statements hold the event loop, it runs in a turn of the loop of its
 * own, after the statements queued before it on the same database: a turn runs every callback
 * ready at once, so statements that several calls merely awaited a turn for would still run back
 * to back; queued, each runs after the one before it has finished and the loop has turned
 * (timers, sockets, other requests), so the loop is never held for longer than one statement.
 */
export function runStatement<T>(
  db: Knex,
  statement: () => PromiseLike<T>,
): Promise<T> {
  if (!statementsHoldLoop(db)) return Promise.resolve(statement());
  const before = queued.get(db) ?? Promise.resolve();
  const run = before.then(nextTurnOfLoop).then(statement);
  queued.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/** Runs statements: all at once, or, where they hold the event loop, each in its own turn. */
export function runStatements<T>(
  db: Knex,
  statements: Array<() => PromiseLike<T>>,
): Promise<T[]> {
  return Promise.all(statements.map(statement => runStatement(db, statement)));
}
