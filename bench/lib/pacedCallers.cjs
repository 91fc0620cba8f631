// Callers at a set pace, in a worker thread (callers are other machines: they must not share the
// backend's event loop). Each of `callers` sends its requests at random (Poisson) times averaging
// `ratePerSecond / callers` a second, as independent CI jobs would, for `seconds`. A caller whose
// previous answer has not come when its next request is due sends it as soon as it has, and that
// request's latency counts from when it was due (no coordinated omission); a caller that was idle
// counts from when it sent, so its own timer's lateness is not taken for the backend's. Every
// latency is sent back, so the percentiles are exact.
//
// Each caller keeps its own keep-alive connection and sends with node:http: `fetch` costs about a
// millisecond of this worker's CPU a request, which on two shared cores showed up in the figures.
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');

const { url, method, headers, body, callers, ratePerSecond, seconds } =
  workerData;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const payload = body === undefined ? undefined : Buffer.from(body);
const requestHeaders = {
  ...headers,
  ...(payload ? { 'Content-Length': String(payload.length) } : {}),
};

function send(agent) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: requestHeaders, agent },
      res => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function caller(started, until, latencies, failures) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const meanGapMs = (1000 * callers) / ratePerSecond;
  // A random phase, so the callers do not start in step.
  let due = started + Math.random() * meanGapMs;
  while (due < until) {
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const from = wait > 0 ? performance.now() : due;
    try {
      const status = await send(agent);
      if (status >= 200 && status < 300)
        latencies.push(performance.now() - from);
      else failures.push(`${status}`);
    } catch (e) {
      failures.push(String(e));
    }
    due += -Math.log(1 - Math.random()) * meanGapMs;
  }
  agent.destroy();
}

(async () => {
  const latencies = [];
  const failures = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, () =>
      caller(started, until, latencies, failures),
    ),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  parentPort.postMessage({ latencies, failures, wallSeconds });
})();
