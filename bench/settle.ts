/**
 * Settle the heap before timing: building the 1000× catalog and its search index leaves hundreds
 * of megabytes of fresh objects in V8's young generation. The first scavenges after the build copy
 * them (10–40 ms each) and would land in whatever is being timed, though a running service pays
 * them once, at start-up. A full collection promotes them first. `global.gc` is not there without
 * `--expose-gc`; Node allows switching the flag on at run time and taking `gc` from a new context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function settleHeap(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

/**
 * This machine's own jitter, to read an absolute p99 against: the p50 and p99 of a fixed compute
 * loop (no allocation, no memory beyond registers) sized to take about `targetUs`. On a shared VM a
 * loop that always does the same work still has a p99 well above its p50 (preemption, timer ticks).
 */
export function jitterOf(targetUs: number, samples: number): { p50: number; p99: number } {
  let sink = 0;
  const loop = (n: number): void => {
    let x = sink;
    for (let i = 0; i < n; i++) x = (x * 31 + i) | 0;
    sink = x;
  };
  // Calibrate: iterations per µs, from the best of a few timed runs.
  let perUs = 0;
  for (let r = 0; r < 20; r++) {
    const t = process.hrtime.bigint();
    loop(100_000);
    perUs = Math.max(perUs, 100_000 / (Number(process.hrtime.bigint() - t) / 1000));
  }
  const n = Math.max(1, Math.round(perUs * targetUs));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = process.hrtime.bigint();
    loop(n);
    times.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  times.sort((a, b) => a - b);
  if (sink === 42) console.log(''); // keeps the loop's result alive
  return { p50: times[Math.floor(0.5 * times.length)]!, p99: times[Math.min(times.length - 1, Math.floor(0.99 * times.length))]! };
}
