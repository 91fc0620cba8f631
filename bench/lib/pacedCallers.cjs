// Callers at a set pace, in a worker thread (callers are other machines: they must not share the
// backend's event loop). Each of `callers` sends its requests at random (Poisson) times averaging
// `ratePerSecond / callers` a second, as independent CI jobs would, for `seconds`. A caller whose
// previous answer has not come when its next request is due sends it as soon as it has, and that
// request's latency counts from when it was due (no coordinated omission). Every latency is sent
// back, so the percentiles are exact.
const { parentPort, workerData } = require('node:worker_threads');

const { url, method, headers, body, callers, ratePerSecond, seconds } =
  workerData;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function caller(started, until, latencies, failures) {
  const meanGapMs = (1000 * callers) / ratePerSecond;
  // A random phase, so the callers do not start in step.
  let due = started + Math.random() * meanGapMs;
  while (due < until) {
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    try {
      const res = await fetch(url, { method, headers, body });
      await res.arrayBuffer();
      if (res.ok) latencies.push(performance.now() - due);
      else failures.push(`${res.status}`);
    } catch (e) {
      failures.push(String(e));
    }
    due += -Math.log(1 - Math.random()) * meanGapMs;
  }
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
