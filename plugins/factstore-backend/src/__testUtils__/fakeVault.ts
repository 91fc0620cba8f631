import { startRecordingServer, type RecordedRequest } from './recordingServer';

interface Version {
  data: Record<string, string>;
  created_time: string;
  deletion_time: string;
}

/**
 * Vault's KV v2 HTTP API (mount `secret`) and `sys/health`, as Vault answers them: token checked
 * (403 `permission denied`), versions kept, DELETE a soft delete of the latest version, LIST on
 * metadata. Enough of Vault to hold the evidence routes to its wire format.
 */
export async function startFakeVault(token: string) {
  const secrets = new Map<string, Version[]>();
  const state = { sealed: false };
  const json = (status: number, body: unknown) => ({
    status,
    body: JSON.stringify(body),
    contentType: 'application/json',
  });
  const answer = (req: RecordedRequest) => {
    const url = new URL(req.path, 'http://vault');
    if (url.pathname === '/v1/sys/health')
      return json(state.sealed ? 503 : 200, {
        initialized: true,
        sealed: state.sealed,
        standby: false,
        version: '1.15.2',
        cluster_name: 'vault-cluster-test',
      });
    if (req.headers['x-vault-token'] !== token)
      return json(403, { errors: ['permission denied'] });
    const data = url.pathname.match(/^\/v1\/secret\/data\/(.+)$/);
    const meta = url.pathname.match(/^\/v1\/secret\/metadata\/(.+)$/);
    if (data && req.method === 'POST') {
      const versions = secrets.get(data[1]) ?? [];
      versions.push({
        data: JSON.parse(req.body).data,
        created_time: new Date().toISOString(),
        deletion_time: '',
      });
      secrets.set(data[1], versions);
      const v = versions[versions.length - 1];
      return json(200, {
        request_id: 'r',
        lease_id: '',
        renewable: false,
        lease_duration: 0,
        data: {
          created_time: v.created_time,
          custom_metadata: null,
          deletion_time: '',
          destroyed: false,
          version: versions.length,
        },
        wrap_info: null,
        warnings: null,
        auth: null,
      });
    }
    if (data && (req.method === 'GET' || req.method === 'DELETE')) {
      const versions = secrets.get(data[1]);
      const latest = versions?.[versions.length - 1];
      if (!versions || !latest) return json(404, { errors: [] });
      if (req.method === 'DELETE') {
        latest.deletion_time = new Date().toISOString();
        return { status: 204 };
      }
      const metadata = {
        created_time: latest.created_time,
        custom_metadata: null,
        deletion_time: latest.deletion_time,
        destroyed: false,
        version: versions.length,
      };
      if (latest.deletion_time)
        return json(404, { data: { data: null, metadata } });
      return json(200, { data: { data: latest.data, metadata } });
    }
    if (
      meta &&
      req.method === 'GET' &&
      url.searchParams.get('list') === 'true'
    ) {
      const prefix = `${meta[1].replace(/\/$/, '')}/`;
      const keys = [...secrets.keys()]
        .filter(k => k.startsWith(prefix))
        .map(k => {
          const rest = k.slice(prefix.length);
          return rest.includes('/') ? `${rest.split('/')[0]}/` : rest;
        });
      if (keys.length === 0) return json(404, { errors: [] });
      return json(200, { data: { keys: [...new Set(keys)].sort() } });
    }
    return json(404, { errors: [] });
  };
  const server = await startRecordingServer(answer);
  return { ...server, secrets, state };
}
