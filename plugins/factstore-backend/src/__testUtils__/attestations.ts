import type { AttestationStore } from '../database/AttestationStore';

/** An attestation a test records: type, name, status and, when about one digest, its sha256. */
export type TestAttestation = [
  type: string,
  name: string,
  status: 'PASSED' | 'FAILED',
  artifactSha256?: string,
];

/** Records an attestation on a trail, with no description or details, by the test user. */
export function recordAttestation(
  store: AttestationStore,
  trailId: string,
  ...[type, name, status, artifactSha256]: TestAttestation
) {
  return store.record(
    {
      trailId,
      type,
      name,
      status,
      artifactSha256,
      description: '',
      details: {},
    },
    'user:default/test',
  );
}
