/** Timing for the benchmark (memory is measured in a process of its own: heap.ts). */

export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/**
 * Wall time of `fn` in milliseconds over `runs` runs after two warm-ups: median, min and max.
 * `setup` runs before each run, untimed (to put the core in the state the extension would be in).
 */
export function time(fn: (run: number) => unknown, runs: number, setup?: () => unknown): Timing {
  for (let i = 0; i < 2; i++) {
    setup?.();
    fn(-1 - i);
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    setup?.();
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(samples);
}

/** The median, min and max of samples in milliseconds (the median of an even count is the upper one). */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    runs: sorted.length,
  };
}
