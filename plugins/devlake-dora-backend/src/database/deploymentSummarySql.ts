import type { Knex } from 'knex';
import type { SummaryQuery } from '../metrics/summaries';
import type { PreviousDeployment } from './factScope';
import { aggregated, Statement, windowRows } from './summarySql';

export interface DeploymentScope {
  linkFrom: Date;
  linkTo: Date;
  /** Each project's last successful production deployment before `linkFrom`, when read. */
  earlier: PreviousDeployment[];
}

/**
 * One statement for the figures of deployments and incidents, per window: `day` rows (the
 * successful production deployments of a day), `cfr`, `ttr` and `rework`. It takes the rows the
 * calculator would hold (production deployments and incidents of the read range) and applies the
 * calculator's rules to them, with window functions instead of lookups per row:
 *
 * - an incident's deployment: its explicit one, else (with a window) the successful deployment
 *   started last at or before it opened and finished no earlier than the window before, else the
 *   last successful one finished before it opened (a running count of deployments per project);
 * - a deployment is rolled back when the next successful one of its project and environment is a
 *   rollback;
 * - a deployment is rework when it is a rollback or an incident of its project was open when it
 *   finished (a running count of incidents opened minus those resolved before).
 */
export function deploymentSummarySql(
  db: Knex,
  scope: DeploymentScope,
  query: SummaryQuery,
): { sql: string; bindings: Knex.RawBinding[] } {
  const s = new Statement(db);
  const projects = (column: string) =>
    query.projects ? `${column} in (${s.list(query.projects)})` : '1 = 1';
  const production = (alias: string) =>
    `lower(${alias}.environment) in (${s.list(query.environments)})`;
  const columns = `x.id, x.project, x.external_id, lower(x.environment) as env, x.status,
      cast(x.rollback as integer) as rb, ${s.ms('x.started_at')} as s0, ${s.ms('x.finished_at')} as f`;
  const wanted = new Set(query.metrics);
  const dora = query.definitions === 'devlake' ? '1 = 0' : '1 = 1';
  const window = query.incidentWindowMs;

  let sql = `with w as (${windowRows(query.windows)}),
    d as (
      select ${columns} from deployments x
      where ${projects('x.project')} and ${production('x')} and x.status in ('SUCCESS', 'FAILURE')
        and x.finished_at >= ${s.bind(scope.linkFrom)} and x.finished_at < ${s.bind(scope.linkTo)}`;
  if (scope.earlier.length > 0)
    sql += ` union all select ${columns} from deployments x
      where ${production('x')} and x.status = 'SUCCESS' and (${scope.earlier
        .map(
          p =>
            `(x.project = ${s.bind(p.project)} and x.finished_at = ${s.bind(p.finished_at)})`,
        )
        .join(' or ')})`;
  // A successful deployment's next successful one of its project and environment: whether it
  // was a rollback (on the rows themselves, as a join back to them is planned from a wrong estimate).
  sql += `),
    dr as (
      select d.*, case when d.status = 'SUCCESS' then
          lead(d.rb) over (partition by d.project, d.env, d.status order by d.f, d.id) end as next_rb
      from d
    ),
    s as (
      select dr.*, case when dr.s0 is not null and dr.s0 < dr.f then dr.s0 else dr.f end as st,
        row_number() over (partition by dr.project order by dr.f, dr.id) as k
      from dr where dr.status = 'SUCCESS'
    ),
    i as (
      select y.id, y.project, ${s.ms('y.created_at')} as c, ${s.ms('y.resolved_at')} as r, y.deployment_ref as ref
      from incidents y
      where ${projects('y.project')} and (
        (y.created_at >= ${s.bind(scope.linkFrom)} and y.created_at < ${s.bind(scope.linkTo)})
        or (y.resolved_at >= ${s.bind(query.from)} and y.resolved_at < ${s.bind(query.to)}))
    ),
    lb as (
      select e.iid, sum(e.kind) over (partition by e.project order by e.t, e.kind rows between unbounded preceding and current row) as k
      from (select project, c as t, 0 as kind, id as iid from i union all select project, f, 1, null from s) e
    ),
    xr as (
      select d.project, d.external_id, d.id, d.f,
        row_number() over (partition by d.project, d.external_id order by d.f desc, d.id desc) as rn
      from d
    ),
    l as (
      select i.id, i.c, i.r,
        case when xr.id is not null then xr.id ${window === null ? '' : 'when ws.id is not null then ws.id'} else ls.id end as dep,
        case when xr.id is not null then xr.f ${window === null ? '' : 'when ws.id is not null then ws.f'} else ls.f end as dep_f
      from i
      left join xr on xr.project = i.project and xr.external_id = i.ref and xr.rn = 1 and i.ref <> ''
      left join lb on lb.iid = i.id
      left join s ls on ls.project = i.project and ls.k = lb.k
      ${
        window === null
          ? ''
          : `left join s ws on ws.project = i.project and ws.k = (
              select s2.k from s s2 where s2.project = i.project and s2.st <= i.c and s2.f >= i.c - ${s.bind(window)}
              order by s2.st desc, s2.f desc, s2.k desc limit 1)`
      }
    ),
    ld as (select distinct dep from l where dep is not null),
    oc as (
      select o.did, sum(o.delta) over (partition by o.project order by o.t, o.kind rows between unbounded preceding and current row) as open
      from (
        select project, c as t, 0 as kind, 1 as delta, null as did from i where r is null or r >= c
        union all select project, f, 1, 0, id from s
        union all select project, r, 2, -1, null from i where r is not null and r >= c
      ) o
    )`;

  const parts: string[] = [];
  if (wanted.has('deploymentFrequency') || wanted.has('deploymentReworkRate'))
    parts.push(`select 'day' as kind, w.b, count(*) as n, ${s.day('s.f')} as x, null as y, null as z
      from s join w on s.f >= w.wf and s.f < w.wt group by w.b, ${s.day('s.f')}`);
  if (wanted.has('changeFailureRate'))
    parts.push(`select 'cfr' as kind, w.b, count(*) as n, sum(q.failed) as x, max(q.rolled) as y, max(q.isfail) as z
      from (
        select d.f, case when d.status = 'FAILURE' then 1 else 0 end as isfail,
          case when ${dora} and d.next_rb = 1 then 1 else 0 end as rolled,
          case when d.status = 'FAILURE' or (${dora} and d.next_rb = 1) or ld.dep is not null then 1 else 0 end as failed
        from dr d left join ld on ld.dep = d.id
        where d.status = 'SUCCESS'${query.countFailedDeployments ? ` or d.status = 'FAILURE'` : ''}
      ) q join w on q.f >= w.wf and q.f < w.wt group by w.b`);
  if (wanted.has('timeToRestoreService')) {
    const start = query.recoveryFromDeployment ? 'l.dep_f' : 'l.c';
    const linked = query.recoveryFromDeployment
      ? 'and l.dep_f >= w.wf and l.dep_f < w.wt'
      : '';
    parts.push(
      `select kind, b, n, x, null as y, null as z from (${aggregated(
        s,
        'ttr',
        `select w.b, l.r - ${start} as v from l join w on l.r >= w.wf and l.r < w.wt ${linked}
          where l.r >= ${start}`,
        query.aggregation,
      )}) t`,
    );
  }
  if (wanted.has('deploymentReworkRate'))
    parts.push(`select 'rework' as kind, w.b, count(*) as n, sum(case when s.rb = 1 or oc.open > 0 then 1 else 0 end) as x, null as y, null as z
      from s join oc on oc.did = s.id join w on s.f >= w.wf and s.f < w.wt group by w.b`);
  if (parts.length === 0) return { sql: '', bindings: [] };
  return { sql: `${sql} ${parts.join(' union all ')}`, bindings: s.bindings };
}
