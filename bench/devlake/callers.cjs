// Closed-loop callers in a worker thread (callers are other machines: they must not share the
// backend's event loop). Each of `connections` callers sends the next request when the previous
// is answered, until `seconds` have passed and it has made at least `atLeast` calls; every
// latency is sent back, so the percentiles are exact. `url` is one URL for every caller or a list,
// caller i asking the i-th (modulo its length).
const { parentPort, workerData } = require('node:worker_threads');

const { url, headers, connections, seconds, atLeast, timeoutMs } = workerData;

async function caller(url, until, latencies, failures) {
  for (let n = 0; n < atLeast || Date.now() < until; n++) {
    const started = performance.now();
    try {
      const res = await fetch(url, {
        headers,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer();
      if (res.ok) latencies.push(performance.now() - started);
      else failures.push(`${res.status}`);
    } catch (e) {
      failures.push(e.name === 'TimeoutError' ? 'timeout' : String(e));
    }
  }
}

(async () => {
  const latencies = [];
  const failures = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, (_, i) =>
      caller(
        Array.isArray(url) ? url[i % url.length] : url,
        until,
        latencies,
        failures,
      ),
    ),
  );
  parentPort.postMessage({ latencies, failures });
})();
