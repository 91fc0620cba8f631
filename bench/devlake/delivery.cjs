// One fresh, signed webhook delivery per request. autocannon's worker threads load request
// setup from a file (functions cannot cross threads), so this is plain CommonJS configured by
// the environment the benchmark sets before it starts the load.
const { createHmac } = require('node:crypto');
const { threadId } = require('node:worker_threads');

const secret = process.env.BENCH_DEVLAKE_SECRET;
const projects = Number(process.env.BENCH_DEVLAKE_PROJECTS ?? 1000);
const kind = process.env.BENCH_DEVLAKE_DELIVERY;
// Every delivery sent twice in a row (as a sender retrying does): idempotency under load.
const twice = process.env.BENCH_DEVLAKE_TWICE === '1';
const commitsPerPush = Number(process.env.BENCH_DEVLAKE_PUSH_COMMITS ?? 10);
let n = 0;

const project = i => `svc-${String(i % projects).padStart(4, '0')}`;

function argoSync(i) {
  const body = JSON.stringify({
    type: 'sync',
    application: project(i),
    status: 'Succeeded',
    revision: `rev${threadId}-${i}`,
    timestamp: new Date(
      Date.parse('2026-01-01T00:00:00Z') + i * 1000,
    ).toISOString(),
  });
  return {
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${secret}`,
    },
    body,
  };
}

function githubPush(i) {
  const body = JSON.stringify({
    ref: 'refs/heads/main',
    repository: {
      name: project(i),
      full_name: `bench/${project(i)}`,
      default_branch: 'main',
      pushed_at: Math.floor(Date.now() / 1000),
    },
    commits: Array.from({ length: commitsPerPush }, (_, c) => ({
      id: `push${threadId}-${commitsPerPush}-${i}c${c}`,
      timestamp: '2026-01-01T00:00:00Z',
      message: 'bench',
    })),
  });
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return {
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-hub-signature-256': signature,
    },
    body,
  };
}

const deliveries = { argocd: argoSync, 'github-push': githubPush };

module.exports = request => {
  const delivery = deliveries[kind];
  if (!delivery)
    throw new Error(
      `BENCH_DEVLAKE_DELIVERY must be one of ${Object.keys(deliveries).join(', ')}`,
    );
  n++;
  return { ...request, ...delivery(twice ? Math.ceil(n / 2) : n) };
};
