import { StatusCache } from '../src/core';
import { contractsFile } from './generate';
import { load } from './load';

/**
 * Run in its own Node process (`node --expose-gc out/bench/heap.js <contracts>`): the heap a first
 * read keeps (the model, the statuses, and what the core keeps for the next read), printed in bytes.
 * A fresh process, so nothing from the other measurements is counted or freed in between.
 */
function settle(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    throw new Error('run with node --expose-gc');
  }
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

const text = contractsFile(Number(process.argv[2] ?? 10_000), true);
const before = settle();
const statuses = load(text, new StatusCache());
const after = settle();
process.stdout.write(`${after - before} ${statuses.length}\n`);
