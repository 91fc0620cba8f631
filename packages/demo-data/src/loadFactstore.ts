import { DEMO } from './annotations';
import { getJson, postJson } from './http';

const DIGEST =
  'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/**
 * A flow requiring unit tests and a security scan and an approval, a trail for release 1.4.0 of
 * the demo component's image with both attestations, a pending approval of that trail (requested
 * by the script's service identity so that a signed-in user may decide it), and the deployment
 * gate's decision about the image for production.
 */
export async function loadFactstore(options: {
  baseUrl: string;
  token: string;
}): Promise<
  { flowId: string; trailId: string; approvalId: string } | undefined
> {
  const api = `${options.baseUrl}/api/factstore/api/v1`;
  // A database kept between starts (PostgreSQL) holds the demo already: flows are unique by
  // name, so it is loaded once.
  if (await flowExists(api, options.token, DEMO.factstoreFlow))
    return undefined;
  const flow = await postJson<{ id: string }>(`${api}/flows`, options.token, {
    name: DEMO.factstoreFlow,
    description: 'Releases of payment-service to production',
    requiredAttestations: ['junit', 'snyk'],
    requiresApproval: true,
    tags: { team: 'payments' },
  });
  const trail = await postJson<{ id: string }>(`${api}/trails`, options.token, {
    flowId: flow.id,
    name: 'release-1.4.0',
    description: 'payment-service 1.4.0',
    gitCommitSha: '3f2a9c01d4e5b6a7980112233445566778899aab',
    gitBranch: 'main',
    gitAuthor: 'Jane Doe',
    buildUrl: 'https://ci.example.com/payments/builds/1400',
  });
  const trails = `${api}/trails/${trail.id}`;
  await postJson(`${trails}/artifacts`, options.token, {
    name: 'ghcr.io/acme/payment-service',
    sha256Digest: DIGEST,
    tag: '1.4.0',
    registry: 'ghcr.io/acme',
  });
  await postJson(`${trails}/attestations`, options.token, {
    type: 'junit',
    status: 'PASSED',
    description: '412 tests, 0 failures',
    metadata: { total: 412, failures: 0 },
    artifactSha256: DIGEST,
  });
  await postJson(`${trails}/attestations`, options.token, {
    type: 'snyk',
    status: 'PASSED',
    description: 'no critical or high vulnerabilities',
    metadata: { critical: 0, high: 0, medium: 2 },
    artifactSha256: DIGEST,
  });
  const approval = await postJson<{ id: string }>(
    `${trails}/approvals`,
    options.token,
    { comment: 'Release 1.4.0 to production' },
  );
  // Production's policy wants both attestations and an approval: while the approval is pending
  // the gate denies the release, which the Compliance tab shows with each rule.
  const environment = await postJson<{ id: string }>(
    `${api}/environments`,
    options.token,
    { name: 'production', type: 'K8S', description: 'Demo production' },
  );
  await postJson(`${api}/deployment-policies`, options.token, {
    name: 'production releases',
    flowId: flow.id,
    environmentId: environment.id,
    enforceProvenance: true,
    enforceApprovals: true,
    requiredAttestationTypes: ['junit', 'snyk'],
  });
  await postJson(`${api}/gate/evaluate`, options.token, {
    sha256Digest: DIGEST,
    environmentId: environment.id,
    flowId: flow.id,
  });
  return { flowId: flow.id, trailId: trail.id, approvalId: approval.id };
}

async function flowExists(api: string, token: string, name: string) {
  const flows = await getJson<Array<{ name: string }>>(`${api}/flows`, token);
  return flows.some(flow => flow.name === name);
}
