import type { Knex } from 'knex';

/** Refuses deployments of project `poison` in the database itself, as a refused value would be. */
export async function poisonTrigger(knex: Knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw(`create or replace function devlake_test_poison() returns trigger language plpgsql as $$
      begin if new.project = 'poison' then raise exception 'poisoned project' using errcode = '23514'; end if; return new; end $$`);
    await knex.raw('drop trigger if exists devlake_test_poison on deployments');
    await knex.raw(
      'create trigger devlake_test_poison before insert on deployments for each row execute function devlake_test_poison()',
    );
  } else {
    await knex.raw(
      `create trigger if not exists devlake_test_poison before insert on deployments when new.project = 'poison' begin select raise(abort, 'poisoned project'); end`,
    );
  }
}
