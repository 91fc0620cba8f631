import { authHeaders } from '@fawkes/test-kit';
import {
  beginTrail,
  createFlow,
  expectGoShape,
  HOST,
  kosli,
  must,
  onEachDatabase,
  ORG,
  sha,
  type GoShape,
} from '../__testUtils__/kosliCli';

/*
 * `kosli assert artifact --fingerprint F --environment E` (assertArtifact.go, v2.38.0): a GET of
 * /api/v2/asserts/{org}/fingerprint/{sha}?environment_name=E. The CEL and Rego policies attached
 * to the environment decide, fail closed, and each decision is stored, audited and in the ledger.
 */

jest.setTimeout(180_000);

const jane = authHeaders.user('user:default/jane');
const V1 = `${HOST}/api/v1`;

/** printAssertAsTable, scope "environment": each type assertion it makes on the answer. */
const environmentAssertShape: GoShape = {
  scope: 'string',
  compliant: 'bool',
  environment: 'string',
  html_url: 'string',
  policy_evaluations: [
    {
      policy_name: 'string',
      status: 'string',
      rule_evaluations: [
        {
          ignored: 'bool',
          satisfied: 'bool',
          rule: { definition: 'object' },
          resolutions: [{ type: 'string', context: 'object?' }],
        },
      ],
    },
  ],
  flows: [{ flow: 'string', trail: 'string?' }],
};

onEachDatabase(
  'Kosli assert artifact --environment with attached policies',
  server => {
    const v1Post = (path: string, body: object) =>
      server().http.post(`${V1}${path}`).set(jane).send(body);
    const v1Get = (path: string) => server().http.get(`${V1}${path}`).set(jane);

    /** An environment with one CEL policy attached to it. */
    async function environmentWith(
      name: string,
      rules: Array<{ name: string; expression: string; message?: string }>,
    ) {
      await must(
        kosli(server(), 'PUT', `/api/v2/environments/${ORG}`, {
          payload: { name, type: 'K8S', description: '' },
        }),
        201,
      );
      const env = (await v1Get('/environments')).body.find(
        (e: { name: string }) => e.name === name,
      );
      const policy = await must(
        v1Post('/policies', { name: `${name}-policy`, rules }),
        201,
      );
      await must(
        v1Post('/policy-attachments', {
          policyId: policy.body.id,
          environmentId: env.id,
        }),
        201,
      );
      return policy.body;
    }

    const assertIn = (environment: string, headers?: Record<string, string>) =>
      kosli(
        server(),
        'GET',
        `/api/v2/asserts/${ORG}/fingerprint/${sha('asserted-env')}?environment_name=${environment}`,
        headers ? { headers } : {},
      );

    /** The stored decision, its audit event and its ledger entry. */
    async function expectRecorded(decisionId: string, allow: boolean) {
      const decision = await v1Get(`/opa/decisions/${decisionId}`);
      expect(decision.status).toBe(200);
      expect(decision.body).toMatchObject({
        source: 'assert',
        allow,
        sha256Digest: `sha256:${sha('asserted-env')}`,
      });
      const audit = (
        await v1Get('/audit?eventType=POLICY_DECISION_RECORDED&size=1000')
      ).body.content;
      expect(
        audit.filter((e: { entityId: string }) => e.entityId === decisionId),
      ).toEqual([expect.objectContaining({ actor: 'external:kosli-ci' })]);
      const entry = await v1Get(`/ledger/entries/${decisionId}`);
      expect(entry.status).toBe(200);
      expect(entry.body).toMatchObject({ recordType: 'policy-decision' });
      return decision.body;
    }

    beforeAll(async () => {
      await must(createFlow(server(), 'asserted-env'), 201);
      await must(beginTrail(server(), 'asserted-env', { name: 'run' }), 201);
      await must(
        kosli(server(), 'POST', `/api/v2/artifacts/${ORG}/asserted-env`, {
          payload: {
            fingerprint: sha('asserted-env'),
            filename: 'ghcr.io/acme/app:1',
            trail_name: 'run',
          },
        }),
        201,
      );
    });

    it('compliant: every attached policy allows; the decision is stored, audited and ledgered', async () => {
      await environmentWith('env-allows', [
        { name: 'from-the-flow', expression: "flow.name == 'asserted-env'" },
      ]);
      const answer = await assertIn('env-allows');
      expect(answer.status).toBe(200);
      expectGoShape(answer.body, environmentAssertShape);
      expect(answer.body).toMatchObject({
        compliant: true,
        scope: 'environment',
        environment: 'env-allows',
        flow: 'asserted-env',
        trail: 'run',
        reasons: [],
      });
      // "No deployment policy applies" no longer holds once a policy is attached.
      expect(answer.body.policy_evaluations).toEqual([
        expect.objectContaining({
          policy_name: 'env-allows-policy',
          status: 'COMPLIANT',
        }),
      ]);
      const [link] = answer.body.policy_decisions;
      expect(link).toMatchObject({ allow: true, violations: [] });
      await expectRecorded(link.decision_id, true);
    });

    it('violating: the policy denies with its message; the CLI sees NON-COMPLIANT and why', async () => {
      await environmentWith('env-denies', [
        {
          name: 'tested',
          expression: "'junit' in latestAttestation",
          message: 'a junit attestation is required',
        },
      ]);
      const answer = await assertIn('env-denies');
      expect(answer.status).toBe(200);
      expectGoShape(answer.body, environmentAssertShape);
      expect(answer.body.compliant).toBe(false);
      expect(answer.body.reasons).toEqual([
        expect.stringContaining('a junit attestation is required'),
      ]);
      const [evaluation] = answer.body.policy_evaluations;
      expect(evaluation).toMatchObject({
        policy_name: 'env-denies-policy',
        status: 'NON-COMPLIANT',
        rule_evaluations: [
          {
            satisfied: false,
            ignored: false,
            message: 'a junit attestation is required',
            resolutions: [{ type: 'policy_violation' }],
          },
        ],
      });
      const decision = await expectRecorded(
        answer.body.policy_decisions[0].decision_id,
        false,
      );
      expect(decision.violations).toEqual(['a junit attestation is required']);
    });

    it('engine error: fail closed, non-compliant with the error as the reason', async () => {
      // The artifact has no registry (null): the CEL call fails at evaluation.
      await environmentWith('env-breaks', [
        {
          name: 'registry',
          expression: "artifact.registry.startsWith('ghcr.io')",
        },
      ]);
      const answer = await assertIn('env-breaks');
      expect(answer.status).toBe(200);
      expectGoShape(answer.body, environmentAssertShape);
      expect(answer.body.compliant).toBe(false);
      const [link] = answer.body.policy_decisions;
      expect(link.allow).toBe(false);
      expect(link.error).toMatch(/evaluation error/);
      expect(answer.body.reasons).toEqual([
        expect.stringMatching(/registry: evaluation error/),
      ]);
      expect(
        answer.body.policy_evaluations[0].rule_evaluations[0].message,
      ).toMatch(/^registry: evaluation error/);
      const decision = await expectRecorded(link.decision_id, false);
      expect(decision.error).toMatch(/evaluation error/);
    });

    it('a dry run decides without storing; an unknown environment is a 404', async () => {
      const dry = await assertIn('env-denies', {
        ...authHeaders.service('factstore', 'external:kosli-ci'),
        'X-Dry-Run': 'true',
      });
      expect(dry.status).toBe(200);
      expect(dry.body.compliant).toBe(false);
      expect(
        (
          await v1Get(
            `/opa/decisions/${dry.body.policy_decisions[0].decision_id}`,
          )
        ).status,
      ).toBe(404);
      const unknown = await assertIn('nowhere');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toMatch(/Environment "nowhere"/);
    });
  },
);
