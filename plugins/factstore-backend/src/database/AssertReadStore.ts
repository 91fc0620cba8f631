import type { Knex } from 'knex';
import { toArtifactInFlow, type ArtifactInFlow } from './ArtifactStore';
import {
  decisionInputColumns,
  decisionInputsOf,
  type DecisionInputs,
} from './DecisionInputStore';
import { toEnvironment, type Environment } from './EnvironmentStore';
import { toFlow, type Flow } from './FlowStore';
import { queryPrepared } from './prepared';
import { toPolicy, type Policy } from './PolicyEngineStore';

/** What an assert names: a flow and a digest, and maybe an environment by id or by name. */
export interface AssertKeys {
  flowId: string;
  sha256: string;
  environmentId?: string;
  environmentName?: string;
  org: string;
}

/** Everything an assert reads, read together. */
export interface AssertReads {
  flow?: Flow;
  /** The digest's latest report in the flow. */
  artifact?: ArtifactInFlow;
  environment?: Environment;
  /** The policies attached to the environment, by name. */
  attached: Policy[];
  /**
   * What the flow's verdict and the policies' input document read, about that report's trail;
   * with no policy attached, only what the verdict reads (see DecisionInputExpressions.document).
   */
  inputs: DecisionInputs;
}

/** The environment an assert names: by id (archived too), or the live one of that name. */
const ENVIRONMENT = {
  byId: 'select * from environments where id = :environmentId',
  byName:
    'select * from environments where org = :org and name = :environmentName and archived_at is null limit 1',
  none: 'select * from environments where false',
};

const assertSql = (environment: string) => `with
  art as (
    select a.*, t.flow_id, t.name as trail_name from artifacts a
    join trails t on t.id = a.trail_id
    where a.sha256 = :sha256 and t.flow_id = :flowId
    order by a.reported_at desc limit 1),
  env as (${environment}),
  attached as (
    select p.* from policies p
    join policy_attachments pa on pa.policy_id = p.id
    where pa.environment_id = (select id from env))
select
  (select row_to_json(f) from flows f where f.id = :flowId) as flow,
  (select row_to_json(art) from art) as artifact,
  (select row_to_json(env) from env) as environment,
  (select coalesce(json_agg(p order by p.name), '[]') from attached p) as attached,
  ${decisionInputColumns({
    trail: '(select trail_id from art)',
    artifact: ':sha256',
    flow: ':flowId',
    environment: '(select id from env)',
    document: 'exists (select 1 from attached)',
  })}`;

const ASSERT_SQL = {
  byId: assertSql(ENVIRONMENT.byId),
  byName: assertSql(ENVIRONMENT.byName),
  none: assertSql(ENVIRONMENT.none),
};
type Variant = keyof typeof ASSERT_SQL;

/**
 * PostgreSQL: an assert's reads as one statement (the flow, the digest's latest report in it, the
 * environment, its policies, and what the verdict and the policies read about that report's
 * trail), where they took five statements in two or three round trips. The same stores' reads,
 * mapped by their own mappers. A plain assert (no policy attached, so no input document) reads
 * only what the flow's verdict needs: not the trail, the environment's allow-list and snapshot,
 * and of the trail's approvals only the newest, when the flow requires approval.
 */
export class AssertReadStore {
  constructor(private readonly db: Knex) {}

  /** Undefined on other databases: the stores are then read one by one. */
  async readAtOnce(keys: AssertKeys): Promise<AssertReads | undefined> {
    if (this.db.client.config.client !== 'pg') return undefined;
    let variant: Variant = 'none';
    if (keys.environmentId) variant = 'byId';
    else if (keys.environmentName) variant = 'byName';
    const bindings: Record<string, string> = {
      flowId: keys.flowId,
      sha256: keys.sha256,
    };
    if (keys.environmentId) bindings.environmentId = keys.environmentId;
    else if (keys.environmentName) {
      bindings.environmentName = keys.environmentName;
      bindings.org = keys.org;
    }
    const [row] = await queryPrepared(
      this.db,
      `factstore_assert_${variant}`,
      ASSERT_SQL[variant],
      bindings,
    );
    return {
      flow: row.flow ? toFlow(row.flow) : undefined,
      artifact: row.artifact ? toArtifactInFlow(row.artifact) : undefined,
      environment: row.environment ? toEnvironment(row.environment) : undefined,
      attached: row.attached.map(toPolicy),
      inputs: decisionInputsOf(row),
    };
  }
}
