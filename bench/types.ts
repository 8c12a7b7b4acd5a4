/** What a benchmark module (bench/*.ts) returns to bench/run.ts. */

export interface BenchRow {
  /** What was measured, e.g. "rec X.1716 (ask) p99". */
  readonly name: string;
  readonly value: number;
  readonly unit: 'ns' | 'µs' | 'ms' | 'req/s' | 'MB' | '%';
  /** The same-run baseline it is compared with. */
  readonly baseline?: { readonly name: string; readonly value: number };
  /** value / baseline.value */
  readonly ratio?: number;
  /** Human-readable target, e.g. "≤ 50 µs" or "≤ 2.5×"; absent for rows shown for context. */
  readonly target?: string;
  /** Whether the target was met (rows without a target pass). */
  readonly pass: boolean;
}

export interface BenchModule {
  readonly name: string;
  readonly title: string;
  run(): Promise<BenchRow[]>;
}
