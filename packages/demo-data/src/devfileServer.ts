import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { localTls } from '@fawkes/test-kit';

/** The demo component's devfile: one tools container, so the editor has somewhere to run. */
export const DEMO_DEVFILE = `schemaVersion: 2.2.0
metadata:
  name: payment-service
  version: 1.0.0
components:
  - name: tools
    container:
      image: quay.io/devfile/universal-developer-image:ubi8-latest
      memoryLimit: 2Gi
`;

export interface DevfileServer {
  /** The devfile's https URL on 127.0.0.1. */
  url: string;
  /** The server's self-signed certificate, for `cheLauncher.devfileFetch.extraCaCertificates`. */
  ca: string;
  close(): Promise<void>;
}

/**
 * Che fetches devfiles over https only. Locally (no internet needed) the demo serves its devfile
 * from 127.0.0.1 with a certificate made at start; the backend is told to trust it.
 */
export async function startDevfileServer(): Promise<DevfileServer> {
  const tls = localTls();
  const server = https.createServer(tls, (req, res) => {
    if (req.url?.split('?')[0] === '/devfile.yaml') {
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(DEMO_DEVFILE);
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/devfile.yaml`,
    ca: tls.cert,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
