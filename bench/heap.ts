import { parseContracts, StatusCache } from '../src/core';
import { contractsFile } from './generate';

/**
 * Run in its own Node process (`node --expose-gc out/bench/heap.js <contracts>`): the heap a first
 * read keeps (the model, the statuses, and what the core keeps for the next read), printed in bytes.
 * A fresh process, so nothing from the other measurements is counted or freed in between.
 */
const OPTIONS = { locale: 'ja' as const, utcOffsetMinutes: 540 };
const NOW = Date.parse('2026-11-24T10:00:00+09:00');

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
const parsed = parseContracts(text, OPTIONS);
const cache = new StatusCache();
const statuses = parsed.ok ? parsed.file.contracts.map((c) => cache.derive(c, NOW, OPTIONS)) : [];
const after = settle();
process.stdout.write(`${after - before} ${statuses.length}\n`);
