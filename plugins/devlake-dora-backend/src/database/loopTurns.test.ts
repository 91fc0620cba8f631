import { createTestDatabases } from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { FactReader } from './FactReader';
import { runStatement, runStatements } from './loopTurns';
import { migrateDatabase } from './migrateDatabase';

const databases = createTestDatabases();

/** Counts the event loop's turns: an immediate queued from an immediate runs in the next turn. */
function turnCounter() {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns += 1;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    now: () => turns,
    stop: () => {
      running = false;
    },
  };
}

describe.each(databases.eachSupportedId())('statements on %s', databaseId => {
  let knex: Knex;
  const sqlite = databaseId.startsWith('SQLITE');

  beforeAll(async () => {
    knex = await databases.init(databaseId);
  }, 60_000);

  it('runs statements one at a time, each in a turn of the event loop of its own, where the driver holds the loop (SQLite), and all at once elsewhere', async () => {
    const turns = turnCounter();
    const log: Array<{ statement: string; event: string; turn: number }> = [];
    const statement = (name: string) => () => {
      log.push({ statement: name, event: 'start', turn: turns.now() });
      return knex.raw('select 1 as one').then(result => {
        log.push({ statement: name, event: 'end', turn: turns.now() });
        return result;
      });
    };
    // Two calls at once, three statements each.
    await Promise.all(
      ['a', 'b'].map(call =>
        runStatements(
          knex,
          [1, 2, 3].map(i => statement(`${call}${i}`)),
        ),
      ),
    );
    turns.stop();

    const starts = log.flatMap((e, i) => (e.event === 'start' ? [i] : []));
    // Whether a statement started while another had not ended.
    const overlapping = starts.some(i => i > 0 && log[i - 1].event === 'start');
    // Whether the loop turned between each statement's end and the next one's start.
    const turnedBeforeEach = starts.every(
      i => i === 0 || log[i].turn > log[i - 1].turn,
    );
    expect(log.filter(e => e.event === 'end')).toHaveLength(6);
    expect({ overlapping, turnedBeforeEach }).toEqual(
      sqlite
        ? { overlapping: false, turnedBeforeEach: true }
        : { overlapping: true, turnedBeforeEach: false },
    );
  });

  it('runs the statements queued after one that failed', async () => {
    const failed = runStatement(knex, () =>
      knex.raw('select * from no_such_table'),
    );
    const after = runStatement(knex, () => knex.raw('select 2 as two'));
    // By its message: better-sqlite3 keeps the error class of the first test file that loaded it
    // in a Jest worker, which a later file's realm does not take for an Error.
    await expect(
      failed.then(
        () => 'resolved',
        (error: { message: string }) => error.message,
      ),
    ).resolves.toMatch(/no_such_table/);
    await expect(after).resolves.toBeDefined();
  });

  it('reads facts for the calculator (details, renamed components) one statement per turn where the driver holds the loop', async () => {
    await migrateDatabase({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    const turns = turnCounter();
    const log: Array<{ event: string; turn: number }> = [];
    const started = () => log.push({ event: 'start', turn: turns.now() });
    const ended = () => log.push({ event: 'end', turn: turns.now() });
    knex.on('query', started).on('query-response', ended);
    const reader = new FactReader(knex, { maxRows: 1000 });
    const query = (projects: string[]) => ({
      projects,
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2025-04-01T00:00:00Z'),
      environments: ['production'],
    });
    // Two reads at once, as two requests would make them.
    await Promise.all([
      reader.facts(query(['a'])),
      reader.facts(query(['b', 'c'])),
    ]);
    knex.removeListener('query', started);
    knex.removeListener('query-response', ended);
    turns.stop();

    const starts = log.flatMap((e, i) => (e.event === 'start' ? [i] : []));
    const overlapping = starts.some(i => i > 0 && log[i - 1].event === 'start');
    const turnedBeforeEach = starts.every(
      i => i === 0 || log[i].turn > log[i - 1].turn,
    );
    // Each read: its scope, the row count, then seven reads (or fewer at once elsewhere).
    expect(starts.length).toBeGreaterThanOrEqual(2 * 8);
    expect({ overlapping, turnedBeforeEach }).toEqual(
      sqlite
        ? { overlapping: false, turnedBeforeEach: true }
        : { overlapping: true, turnedBeforeEach: false },
    );
  });
});
