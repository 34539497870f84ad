import type * as fc from 'fast-check';

/**
 * Property runs: a fixed seed and a bounded count in `npm test`, so a failure reproduces; a bigger
 * run with `npm run test:fuzz` (CONTRACT_GUARD_FUZZ_RUNS, and CONTRACT_GUARD_FUZZ_SEED to explore).
 */
export function runs(base: number): fc.Parameters<unknown> {
  const fuzz = Number(process.env.CONTRACT_GUARD_FUZZ_RUNS);
  const seed = Number(process.env.CONTRACT_GUARD_FUZZ_SEED);
  return {
    seed: Number.isInteger(seed) ? seed : 20261124,
    numRuns: Number.isInteger(fuzz) && fuzz > 0 ? Math.max(base, Math.round((base * fuzz) / 100)) : base,
    endOnFailure: true,
  };
}
