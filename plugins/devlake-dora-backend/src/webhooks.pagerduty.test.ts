import {
  createTestDatabases,
  describeWithFixtures,
  fixturePath,
} from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { pluginOnFreshDatabase } from './__testUtils__/freshBackend';
import { SECRETS } from './test/signing';

/**
 * PagerDuty incidents that are resolved and reopened, delivered in any order: the final state
 * follows the events' own times (`occurred_at`), not the order they arrive in.
 */
const databases = createTestDatabases();

type EventType =
  'incident.triggered' | 'incident.resolved' | 'incident.reopened';

/** The real resolved payload, made the given event of incident `id` at `at` (a reopened incident is `triggered` again, as PagerDuty sends it). */
function event(id: string, type: EventType, at: string) {
  const body = JSON.parse(
    readFileSync(
      fixturePath('webhooks', 'pagerduty-v3-incident.resolved.json'),
      'utf8',
    ),
  );
  body.event.id = `${id}-${type}-${at}`;
  body.event.event_type = type;
  body.event.occurred_at = at;
  body.event.data.id = id;
  body.event.data.status =
    type === 'incident.resolved' ? 'resolved' : 'triggered';
  return body;
}

const TRIGGERED = '2021-06-04T13:00:00.000Z';
/** The fixture's resolution. */
const RESOLVED = '2021-06-04T13:16:53.816Z';
const REOPENED = '2021-06-04T13:30:00.000Z';
const RESOLVED_AGAIN = '2021-06-04T14:00:00.000Z';

const OPEN = { status: 'TODO', resolvedAt: null };
const DONE_AGAIN = { status: 'DONE', resolvedAt: RESOLVED_AGAIN };

/** Each step: events delivered one after another, then the state the incident must be in. */
type Step = [
  Array<[EventType, string]>,
  { status: string; resolvedAt: string | null },
];

const CASES: Array<[string, Step[]]> = [
  [
    'reopens a resolved incident, resolves it again at the later resolution, and a redelivery in any order changes nothing',
    [
      [
        [
          ['incident.triggered', TRIGGERED],
          ['incident.resolved', RESOLVED],
          ['incident.reopened', REOPENED],
        ],
        OPEN,
      ],
      [[['incident.resolved', RESOLVED_AGAIN]], DONE_AGAIN],
      [
        [
          ['incident.reopened', REOPENED],
          ['incident.resolved', RESOLVED],
        ],
        DONE_AGAIN,
      ],
    ],
  ],
  [
    'keeps an incident open when a resolution older than its reopen arrives after it',
    [
      [
        [
          ['incident.triggered', TRIGGERED],
          ['incident.reopened', REOPENED],
          ['incident.resolved', RESOLVED],
        ],
        OPEN,
      ],
      [[['incident.resolved', RESOLVED_AGAIN]], DONE_AGAIN],
    ],
  ],
  [
    'keeps an incident resolved when a reopen older than the resolution arrives after it',
    [
      [
        [
          ['incident.resolved', RESOLVED_AGAIN],
          ['incident.reopened', REOPENED],
        ],
        DONE_AGAIN,
      ],
      [
        [
          ['incident.resolved', RESOLVED],
          ['incident.triggered', TRIGGERED],
        ],
        DONE_AGAIN,
      ],
    ],
  ],
];

describeWithFixtures()('PagerDuty reopened incidents', () => {
  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    const started = pluginOnFreshDatabase(databases, databaseId);

    const send = (body: unknown) =>
      started.backend.http
        .post('/api/devlake/webhooks/pagerduty')
        .set({
          Authorization: `Bearer ${SECRETS.pagerduty}`,
          'Content-Type': 'application/json',
        })
        .send(JSON.stringify(body));

    const state = async (id: string) => {
      const [row] = await started
        .knex('incidents')
        .where({ source: 'pagerduty', external_id: id });
      return {
        status: row.status,
        resolvedAt:
          row.resolved_at === null
            ? null
            : new Date(row.resolved_at).toISOString(),
      };
    };

    it.each(CASES.map(([name, steps], i) => [name, `PRO${i}`, steps] as const))(
      '%s',
      async (_, id, steps) => {
        for (const [events, expected] of steps) {
          for (const [type, at] of events)
            expect((await send(event(id, type, at))).status).toBe(200);
          expect(await state(id)).toEqual(expected);
        }
        const [row] = await started
          .knex('incidents')
          .where({ external_id: id });
        expect(new Date(row.created_at).toISOString()).toBe(TRIGGERED);
      },
    );

    it('takes a resolution and a later reopen of one incident sent at once by their event times', async () => {
      expect(
        (await send(event('PRO9', 'incident.triggered', TRIGGERED))).status,
      ).toBe(200);
      // in whichever order they arrive, and whether or not one group commit writes both
      const answers = await Promise.all([
        send(event('PRO9', 'incident.reopened', REOPENED)),
        send(event('PRO9', 'incident.resolved', RESOLVED)),
      ]);
      expect(answers.map(a => a.status)).toEqual([200, 200]);
      expect(await state('PRO9')).toEqual(OPEN);
    });
  });
});
