// One fresh, signed webhook delivery per request. autocannon's worker threads load request
// setup from a file (functions cannot cross threads), so this is plain CommonJS configured by
// the environment the benchmark sets before it starts the load.
const { createHmac } = require('node:crypto');
const { threadId } = require('node:worker_threads');

const secret = process.env.BENCH_DEVLAKE_SECRET;
const projects = Number(process.env.BENCH_DEVLAKE_PROJECTS ?? 1000);
const kind = process.env.BENCH_DEVLAKE_DELIVERY;
let n = 0;

const project = i => `svc-${String(i % projects).padStart(4, '0')}`;

function argoSync(i) {
  const body = JSON.stringify({
    type: 'sync',
    application: project(i),
    status: 'Succeeded',
    revision: `rev${threadId}-${i}`,
    timestamp: new Date(Date.now() - (i % 86400) * 1000).toISOString(),
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
    commits: Array.from({ length: 10 }, (_, c) => ({
      id: `push${threadId}-${i}c${c}`,
      timestamp: new Date().toISOString(),
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
  return { ...request, ...delivery(++n) };
};
