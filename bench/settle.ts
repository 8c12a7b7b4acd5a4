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
 * A compute loop that always does the same work (no allocation, no memory beyond registers),
 * sized to take about `micros` µs: timed beside real calls, what the machine alone adds to work of
 * that length. On a shared VM even this has a p99 well above its p50 (preemption, timer ticks),
 * and a longer loop is caught more often. `scale` resizes it (timed among other calls, a loop runs
 * slower than when it was sized alone).
 */
export interface FixedLoop {
  run(): number;
  scale(factor: number): void;
}

export function fixedLoop(micros: number): FixedLoop {
  let iterations = 100_000;
  let sink = 0;
  const run = (): number => {
    let x = sink;
    for (let i = 0; i < iterations; i++) x = (x * 31 + i) | 0;
    sink = x;
    return x;
  };
  // Sized by timing this very loop (another loop may compile to other code): the best of a few runs.
  let perMicro = 0;
  for (let r = 0; r < 20; r++) {
    const t = process.hrtime.bigint();
    run();
    perMicro = Math.max(perMicro, iterations / (Number(process.hrtime.bigint() - t) / 1000));
  }
  iterations = Math.max(1, Math.round(perMicro * micros));
  return {
    run,
    scale(factor) {
      iterations = Math.max(1, Math.round(iterations * factor));
    },
  };
}
