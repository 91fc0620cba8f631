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
 * Kosli CLI v2.38.0 custom attestation types: `create attestation-type` (createAttestationType.go:
 * multipart, `data_json` then the `type_schema` file), `get` (getAttestationType.go, NAME@vN as
 * ?version=N), `list`, `archive`, and `attest custom` (attestCustom.go: `type_name` and
 * `attestation_data` in data_json).
 */

jest.setTimeout(180_000);

/** cmd/kosli/testdata/person-schema.json of the CLI. */
const PERSON_SCHEMA = `{
    "type": "object",
    "additionalProperties": true,
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer"}
    }
}`;
/** cmd/kosli/testdata/person-type-data-example.json of the CLI. */
const PERSON = { name: 'Jane', age: 34 };

/** printAttestationTypeAsTable and printVersionedAttestationTypeAsTable type assertions. */
const typeShape: GoShape = {
  name: 'string',
  description: 'string?',
  org: 'string',
  archived: 'bool',
  created_by: 'string',
  created_at: 'number',
  last_modified_at: 'number',
  versions: [
    {
      version: 'number',
      timestamp: 'number',
      created_by: 'string',
      type_schema: 'object?',
      evaluator: { content_type: 'string', rules: ['string'] },
      summary: 'array?',
    },
  ],
};

onEachDatabase('Kosli CLI v2.38 custom attestation types', server => {
  /** `kosli create attestation-type NAME --schema person-schema.json --jq …`. */
  const createType = (
    name: string,
    rules: string[],
    schema: string | undefined = PERSON_SCHEMA,
    headers?: Record<string, string>,
  ) =>
    kosli(server(), 'POST', `/api/v2/custom-attestation-types/${ORG}`, {
      form: {
        data: {
          name,
          description: `${name} type`,
          evaluator: { content_type: 'jq', rules },
        },
        files: schema
          ? [
              {
                field: 'type_schema',
                fileName: 'person-schema.json',
                content: schema,
              },
            ]
          : [],
      },
      ...(headers ? { headers } : {}),
    });

  /** `kosli attest custom --type T --name N --attestation-data FILE` on trail `run`. */
  const attestCustom = (typeName: string, name: string, data: unknown) =>
    kosli(
      server(),
      'POST',
      `/api/v2/attestations/${ORG}/people/trail/run/custom`,
      {
        form: {
          data: {
            attestation_name: name,
            type_name: typeName,
            attestation_data: data,
          },
        },
      },
    );

  const listNames = async () =>
    (
      await kosli(server(), 'GET', `/api/v2/custom-attestation-types/${ORG}`)
    ).body.map((t: { name: string }) => t.name);

  beforeAll(async () => {
    await must(
      createFlow(
        server(),
        'people',
        'version: 1\ntrail:\n  attestations:\n  - name: adult\n    type: custom:person\n',
      ),
      201,
    );
    await must(beginTrail(server(), 'people', { name: 'run' }), 201);
  });

  it('create (schema and jq rules), get, get @vN, list: the fields the CLI prints', async () => {
    const created = await createType('person', ['.age > 21', '.age < 50']);
    expect(created.status).toBe(201);
    expectGoShape(created.body, typeShape);

    const got = await kosli(
      server(),
      'GET',
      `/api/v2/custom-attestation-types/${ORG}/person`,
    );
    expect(got.status).toBe(200);
    expectGoShape(got.body, typeShape);
    expect(got.body).toMatchObject({
      name: 'person',
      description: 'person type',
      org: ORG,
      archived: false,
      created_by: 'external:kosli-ci',
      versions: [
        {
          version: 1,
          type_schema: JSON.parse(PERSON_SCHEMA),
          evaluator: { content_type: 'jq', rules: ['.age > 21', '.age < 50'] },
        },
      ],
    });

    // Creating it again makes version 2; NAME@v1 still reads the first.
    const again = await createType('person', ['.age > 18']);
    expect(again.status).toBe(200);
    expect(
      again.body.versions.map((v: { version: number }) => v.version),
    ).toEqual([1, 2]);
    const v1 = await kosli(
      server(),
      'GET',
      `/api/v2/custom-attestation-types/${ORG}/person?version=1`,
    );
    expect(v1.body.versions).toEqual([
      expect.objectContaining({
        version: 1,
        evaluator: expect.objectContaining({
          rules: ['.age > 21', '.age < 50'],
        }),
      }),
    ]);
    expect(
      (
        await kosli(
          server(),
          'GET',
          `/api/v2/custom-attestation-types/${ORG}/person?version=9`,
        )
      ).status,
    ).toBe(404);

    const list = await kosli(
      server(),
      'GET',
      `/api/v2/custom-attestation-types/${ORG}`,
    );
    expect(list.status).toBe(200);
    for (const type of list.body) expectGoShape(type, typeShape);
    expect(await listNames()).toContain('person');
  });

  it('a schema that is not JSON or not a JSON Schema, a jq rule that does not compile: 400 naming it, nothing stored', async () => {
    const notJson = await createType('broken-a', [], '{"type": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toMatch(/type_schema is not JSON/);
    const notSchema = await createType('broken-b', [], '{"type": 12}');
    expect(notSchema.status).toBe(400);
    expect(notSchema.body.message).toMatch(/type_schema is not a JSON Schema/);
    const badRule = await createType('broken-c', ['.age >'], undefined);
    expect(badRule.status).toBe(400);
    expect(badRule.body.message).toMatch(
      /evaluator\.rules\[0\]: the jq rule does not compile/,
    );
    const names = await listNames();
    expect(names).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^broken-/)]),
    );
  });

  it('attest custom: compliant only when the data matches the schema and every jq rule holds', async () => {
    // The latest version of "person" asks .age > 18.
    const good = await attestCustom('person', 'adult', PERSON);
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({
      type: 'custom:person',
      status: 'PASSED',
      statusReason: expect.stringContaining('custom:person@v2'),
    });
    // The template's custom:person requirement is met.
    const trail = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}/people/run`,
    );
    expect(trail.body.compliance_state).toBe('COMPLIANT');

    const young = await attestCustom('person', 'adult', {
      name: 'Tim',
      age: 12,
    });
    expect(young.body.status).toBe('FAILED');
    expect(young.body.claimedStatus).toBe('PASSED');
    expect(young.body.statusReason).toMatch(/rule "\.age > 18" gave false/);

    const badData = await attestCustom('person', 'adult', {
      name: 'Ann',
      age: 'forty',
    });
    expect(badData.body.status).toBe('FAILED');
    expect(badData.body.statusReason).toMatch(/schema: \/age must be integer/);

    const after = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}/people/run`,
    );
    expect(after.body.compliance_state).toBe('NON-COMPLIANT');
  });

  it('attest custom with an unknown or archived type is a 400 naming it; archive hides the type from lists', async () => {
    const unknown = await attestCustom('nobody', 'x', {});
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(
      /type_name: no attestation type "nobody"/,
    );
    const noType = await kosli(
      server(),
      'POST',
      `/api/v2/attestations/${ORG}/people/trail/run/custom`,
      { form: { data: { attestation_name: 'x', attestation_data: {} } } },
    );
    expect(noType.status).toBe(400);
    expect(noType.body.message).toMatch(/type_name/);

    await must(createType('retired', []), 201);
    const archived = await kosli(
      server(),
      'PUT',
      `/api/v2/custom-attestation-types/${ORG}/retired/archive`,
      { payload: null },
    );
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect(await listNames()).not.toContain('retired');
    // Still readable by name.
    expect(
      (
        await kosli(
          server(),
          'GET',
          `/api/v2/custom-attestation-types/${ORG}/retired`,
        )
      ).body.archived,
    ).toBe(true);
    const refused = await attestCustom('retired', 'x', {});
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(
      `Invalid request body: body.type_name: attestation type "retired" in org "${ORG}" is archived; create it again (kosli create attestation-type) to use it`,
    );
    expect(
      (
        await kosli(
          server(),
          'PUT',
          `/api/v2/custom-attestation-types/${ORG}/nobody/archive`,
          { payload: null },
        )
      ).status,
    ).toBe(404);
  });

  it('401 without credentials; a user with factstore.flow.manage creates one as themself', async () => {
    const anonymous = await server()
      .http.get(`${HOST}/api/v2/custom-attestation-types/${ORG}`)
      .set({ 'User-Agent': 'Kosli/v2.38.0' });
    expect(anonymous.status).toBe(401);
    const user = await createType(
      'by-a-user',
      [],
      undefined,
      authHeaders.user('user:default/jane'),
    );
    expect(user.status).toBe(201);
    expect(user.body.created_by).toBe('user:default/jane');
  });

  it('a custom type is matched as spelled: custom:Badge (its own rules) does not meet custom:badge', async () => {
    // Two types whose names differ only in case, each with its own rules.
    await must(createType('badge', ['.age > 18']), 201);
    await must(createType('Badge', []), 201);
    await must(
      createFlow(
        server(),
        'badges',
        'version: 1\ntrail:\n  attestations:\n  - name: badge\n    type: custom:badge\n',
      ),
      201,
    );
    await must(beginTrail(server(), 'badges', { name: 'run' }), 201);
    const fingerprint = sha('badges');
    await must(
      kosli(server(), 'POST', `/api/v2/artifacts/${ORG}/badges`, {
        payload: { fingerprint, filename: 'badges', trail_name: 'run' },
      }),
      201,
    );
    const attest = (typeName: string, data: unknown) =>
      kosli(
        server(),
        'POST',
        `/api/v2/attestations/${ORG}/badges/trail/run/custom`,
        {
          form: {
            data: {
              attestation_name: `${typeName}-check`,
              type_name: typeName,
              attestation_data: data,
            },
          },
        },
      );
    // The assert matches the flow's required type custom:badge by type.
    const assert = async () =>
      (
        await kosli(
          server(),
          'GET',
          `/api/v2/asserts/${ORG}/fingerprint/${fingerprint}?flow_name=badges`,
        )
      ).body;
    const other = await attest('Badge', { name: 'Tim', age: 12 });
    expect(other.body).toMatchObject({
      type: 'custom:Badge',
      status: 'PASSED',
    });
    expect(await assert()).toMatchObject({
      compliant: false,
      missing_attestations: ['custom:badge'],
    });

    const own = await attest('badge', { name: 'Jane', age: 34 });
    expect(own.body).toMatchObject({ type: 'custom:badge', status: 'PASSED' });
    expect(await assert()).toMatchObject({
      compliant: true,
      missing_attestations: [],
    });
  });
});

onEachDatabase(
  'Kosli CLI v2.38 custom attestation types without permission',
  server => {
    it('create and archive attestation-type need factstore.flow.manage: 403', async () => {
      const create = await kosli(
        server(),
        'POST',
        `/api/v2/custom-attestation-types/${ORG}`,
        {
          form: { data: { name: 'denied' } },
          headers: {
            ...authHeaders.user('user:default/jane'),
            'Content-Type': 'application/json; charset=utf-8',
          },
        },
      );
      expect(create.status).toBe(403);
      const archive = await kosli(
        server(),
        'PUT',
        `/api/v2/custom-attestation-types/${ORG}/denied/archive`,
        {
          payload: null,
          headers: {
            ...authHeaders.user('user:default/jane'),
            'Content-Type': 'application/json; charset=utf-8',
          },
        },
      );
      expect(archive.status).toBe(403);
      expect(
        (
          await kosli(
            server(),
            'GET',
            `/api/v2/custom-attestation-types/${ORG}`,
          )
        ).body,
      ).toEqual([]);
    });
  },
  { permission: 'deny' },
);
