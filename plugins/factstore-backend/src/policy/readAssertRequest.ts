import { UnprocessableEntityError } from '@fawkes/backend-http';
import type { AssertReads } from '../database/AssertReadStore';
import type { Environment } from '../database/EnvironmentStore';
import type { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import type { Policy } from '../database/PolicyEngineStore';
import { readAssertFacts, type AssertFacts } from '../domain/assertArtifact';
import { assertFactsOf, readInputs, type InputReads } from './inputReads';

/** Which environment's attached policies an assert also asks. */
interface EnvironmentRef {
  environmentId?: string;
  environmentName?: string;
  org: string;
}

const noEnvironment = (ref: EnvironmentRef) =>
  new UnprocessableEntityError(
    ref.environmentId
      ? `body.environmentId: no environment with id ${ref.environmentId}`
      : `body.environmentName: no environment "${ref.environmentName}" in org "${ref.org}"`,
  );

const noFlow = (flowId: string) =>
  new UnprocessableEntityError(`body.flowId: no flow with id ${flowId}`);

/** The environment an assert names; a 422 naming the field when there is none. */
async function findEnvironment(
  store: FactStore,
  ref: EnvironmentRef,
): Promise<Environment> {
  const environment = ref.environmentId
    ? await store.environments.get(ref.environmentId)
    : await store.environments.getByName(ref.org, ref.environmentName!);
  if (!environment) throw noEnvironment(ref);
  return environment;
}

/** What an assert decides with. */
interface AssertRequestReads {
  flow: Flow;
  facts: AssertFacts;
  environment?: Environment;
  attached?: Policy[];
  /** The policies' reads, when policies are attached. */
  read?: InputReads;
}

/**
 * Everything an assert decides with; a missing flow, then a missing environment, is a 422. On
 * PostgreSQL one statement reads it all. Elsewhere every read that needs only the request starts
 * at once (the flow, the artifact's latest report in it, the environment and, named by id, the
 * policies attached to it), then, when policies are attached, the facts are taken from the reads
 * their input document needs, made at once: one round trip for both.
 */
export async function readAssertRequest(
  store: FactStore,
  request: EnvironmentRef & { flowId: string; sha256Digest: string },
): Promise<AssertRequestReads> {
  const atOnce = await store.assertReads.readAtOnce({
    ...request,
    sha256: request.sha256Digest,
  });
  if (atOnce) return assertRequestOf(atOnce, request);
  const named = request.environmentId || request.environmentName;
  const flowRead = store.flows.get(request.flowId);
  const artifactRead = store.artifacts.latestInFlow(request.sha256Digest, {
    flowId: request.flowId,
  });
  const environmentRead = named
    ? findEnvironment(store, request)
    : Promise.resolve(undefined);
  const attachedRead = request.environmentId
    ? store.engine.attachedTo(request.environmentId)
    : Promise.resolve(undefined);
  await Promise.allSettled([
    flowRead,
    artifactRead,
    environmentRead,
    attachedRead,
  ]);
  const flow = await flowRead;
  if (!flow) throw noFlow(request.flowId);
  const reported = { artifact: await artifactRead };
  const environment = await environmentRead;
  const attached =
    (await attachedRead) ??
    (environment ? await store.engine.attachedTo(environment.id) : undefined);
  if (environment && attached && attached.length > 0) {
    const read = await readInputs(store, {
      sha256: request.sha256Digest,
      flow,
      environment,
      reported,
    });
    return {
      flow,
      facts: assertFactsOf(read, flow),
      environment,
      attached,
      read,
    };
  }
  const facts = await readAssertFacts(
    store,
    flow,
    request.sha256Digest,
    reported,
  );
  return { flow, facts, environment, attached };
}

/** The assert's reads made by one statement, checked as readAssertRequest checks its own. */
function assertRequestOf(
  reads: AssertReads,
  request: EnvironmentRef & { flowId: string },
): AssertRequestReads {
  const { flow, environment, attached } = reads;
  if (!flow) throw noFlow(request.flowId);
  if ((request.environmentId || request.environmentName) && !environment)
    throw noEnvironment(request);
  const read: InputReads = { ...reads.inputs, artifact: reads.artifact, flow };
  const facts = assertFactsOf(read, flow);
  if (!environment) return { flow, facts };
  return {
    flow,
    facts,
    environment,
    attached,
    read: attached.length > 0 ? read : undefined,
  };
}
