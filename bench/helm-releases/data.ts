/*
 * The generated data of the helm-releases bench: releases as charts render them, stored as Helm's
 * Secret driver stores them (double base64 of gzip). Deterministic, so each process of the bench
 * generates the same records.
 */
import { encodeRelease } from '../../plugins/helm-releases-backend/src/release/releaseCodec';
import type { Release } from '../../plugins/helm-releases-backend/src/release/release';

export const NAMESPACES = 20;

const WORDS =
  'api web worker cache queue redis postgres kafka gateway auth billing search ingest render notify report audit metrics'.split(
    ' ',
  );
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const word = () => WORDS[Math.floor(random() * WORDS.length)];

/** A rendered chart of roughly `kb` KB: Deployments, Services and ConfigMaps, as charts hold. */
export function manifest(
  release: string,
  revision: number,
  kb: number,
): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const name = `${release}-${word()}-${i}`;
    const env = Array.from(
      { length: 12 },
      () =>
        `            - name: ${word().toUpperCase()}_${word().toUpperCase()}\n              value: "${word()}-${Math.floor(random() * 1e6)}"`,
    ).join('\n');
    const data = Array.from(
      { length: 10 },
      () =>
        `  ${word()}.${word()}.${Math.floor(random() * 1e4)}: "${word()} ${word()} ${Math.floor(random() * 1e9).toString(36)}"`,
    ).join('\n');
    const part = `---
# Source: ${release}/templates/${name}.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: {app.kubernetes.io/name: ${name}, app.kubernetes.io/instance: ${release}, helm.sh/chart: app-1.${revision}.0}
spec:
  replicas: ${1 + Math.floor(random() * 5)}
  selector: {matchLabels: {app.kubernetes.io/name: ${name}}}
  template:
    metadata: {labels: {app.kubernetes.io/name: ${name}}}
    spec:
      containers:
        - name: ${word()}
          image: registry.example.com/${word()}/${word()}:1.${revision}.${Math.floor(random() * 100)}
          ports: [{containerPort: ${8000 + Math.floor(random() * 1000)}}]
          env:
${env}
---
apiVersion: v1
kind: Service
metadata: {name: ${name}}
spec: {ports: [{port: 80, targetPort: http}], selector: {app.kubernetes.io/name: ${name}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}-config}
data:
${data}
`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

export function release(
  name: string,
  namespace: string,
  version: number,
  revisions: number,
  body: string,
): Release {
  return {
    name,
    namespace,
    version,
    info: {
      first_deployed: '2026-01-01T00:00:00Z',
      last_deployed: new Date(Date.UTC(2026, 0, 1, 0, version)).toISOString(),
      deleted: '',
      description: 'Upgrade complete',
      status: version === revisions ? 'deployed' : 'superseded',
      notes: 'Thank you for installing.',
    },
    chart: {
      metadata: { name: 'app', version: `1.${version}.0`, apiVersion: 'v2' },
      templates: [],
      values: { replicas: 2 },
    },
    config: { image: { tag: `1.${version}.0` } },
    manifest: body,
  };
}

/** Revision `version` of release number `r`, as the Secret Helm's driver writes. */
export function helmSecret(
  r: number,
  version: number,
  revisions: number,
  body: string,
) {
  const name = `rel-${String(r).padStart(5, '0')}`;
  const namespace = `team-${r % NAMESPACES}`;
  const rel = release(
    name,
    namespace,
    version,
    revisions,
    `# revision ${version}\n${body}`,
  );
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'helm.sh/release.v1',
    metadata: {
      name: `sh.helm.release.v1.${name}.v${version}`,
      namespace,
      labels: {
        name,
        owner: 'helm',
        status: String(rel.info.status),
        version: String(version),
        createdAt: '1767225600',
      },
    },
    data: { release: Buffer.from(encodeRelease(rel)).toString('base64') },
  };
}

export const releaseName = (r: number) => `rel-${String(r).padStart(5, '0')}`;
