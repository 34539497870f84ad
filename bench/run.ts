import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { computeEdit, ContractsReader, StatusCache } from '../src/core';
import { bundleSizes } from './bundles';
import { contractsFile, LOG_ENTRIES, withOneChange } from './generate';
import { firstRead, load, OPTIONS } from './load';
import { time, type Timing } from './measure';
import { measureHostFigures } from './host/hostFigures';
import { measureLogFigure } from './inHost/runLogFigure';
import type { LogFigure } from './inHost/logFigure';
import { committedFigures, compareWithCommitted } from './regression';
import { measureMerge } from './merge';

/**
 * `npm run bench`: the figures of the performance issue, each as a ratio to a baseline measured in
 * the same run (median of at least 5 runs, with min and max), on seeded files of 100, 1,000 and
 * 10,000 contracts × 20 log entries with comments. Prints one table and writes the same figures,
 * with the machine, to test/bench/results.json. A missed target is a finding: the exit code stays 0.
 */

const SIZES = [100, 1_000, 10_000];
const ROOT = path.resolve(__dirname, '..', '..');

/** The heap a first read of the n-contract file keeps, measured in a process of its own (bench/heap.ts). */
function heapInFreshProcess(n: number): number {
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(__dirname, 'heap.js'), String(n)], { encoding: 'utf8' });
  return Number(out.trim().split(' ')[0]);
}

interface SizeResult {
  contracts: number;
  fileKB: number;
  baseline: Timing;
  coldLoad: Timing;
  coldLoadWithStatus: Timing;
  refreshOne: Timing;
  refreshOneOfTwo: Timing;
  edit: Timing;
  naiveEdit: Timing;
  heapBytes: number;
}

function measureSize(n: number): SizeResult {
  const text = contractsFile(n, true);
  const plain = contractsFile(n, false);
  const runs = n >= 10_000 ? 5 : n >= 1_000 ? 9 : 21;
  const baseline = time(() => JSON.parse(plain), runs);
  // A first read (figure 1): text → validated contracts, nothing kept from an earlier one.
  const coldLoad = time(() => firstRead(text), runs);
  // The same, then every contract's status and the grouping: what the view waits for (reported only).
  const coldLoadWithStatus = time(() => load(text, new StatusCache()), runs);
  // The common case: the file was read, then one contract changed (a hand edit, or a logged contact).
  // As in the extension, what the previous read kept is there: the setup reads the file, untimed.
  const refreshCache = new StatusCache();
  const reader = new ContractsReader();
  const changed = Array.from({ length: runs }, (_, i) => withOneChange(text, n, `・${i}`));
  const refreshOne = time(
    (i) => load(changed[Math.abs(i) % runs]!, refreshCache, reader),
    runs,
    () => load(text, refreshCache, reader),
  );
  // Two files, as in a workspace of two folders: each store holds its own reader, so reading the
  // other file in between takes nothing from this one's (the time is that of refreshOne).
  const other = contractsFile(n, true, 7);
  const otherReader = new ContractsReader();
  const otherCache = new StatusCache();
  const refreshOneOfTwo = time(
    (i) => load(changed[Math.abs(i) % runs]!, refreshCache, reader),
    runs,
    () => {
      load(text, refreshCache, reader);
      load(other, otherCache, otherReader);
    },
  );
  const intent = {
    kind: 'appendContact' as const,
    contractId: `c-${n - 1}`,
    contact: { at: '2026-11-24T10:00:00+09:00', direction: 'received' as const, channel: 'platformMessage' as const, summary: '返信あり' },
  };
  // As in the extension: the store has just read this text when the writer asks for the edit.
  const editReader = new ContractsReader();
  const edit = time(
    () => {
      const result = computeEdit(text, intent, OPTIONS, editReader);
      if (!result.ok) throw new Error(result.reason);
    },
    runs,
    () => editReader.read(text, OPTIONS),
  );
  // What a simple tool does: parse, change, write everything back (and lose the comments).
  const naiveEdit = time(() => {
    const data = JSON.parse(plain) as { contracts: { contacts: unknown[] }[] };
    data.contracts[n - 1]?.contacts.push(intent.contact);
    return JSON.stringify(data, null, 2);
  }, runs);
  const heapBytes = heapInFreshProcess(n);
  return { contracts: n, fileKB: Buffer.byteLength(text) / 1024, baseline, coldLoad, coldLoadWithStatus, refreshOne, refreshOneOfTwo, edit, naiveEdit, heapBytes };
}

interface Figure {
  id: number;
  figure: string;
  size: string;
  measured: string;
  target: string;
  met: boolean | null;
  /** Figure 4 is how many times slower the naive edit is: there, larger is better. */
  higherIsBetter?: boolean;
  /** This run against the committed results.json (bench/regression.ts). */
  vsCommitted?: string;
}

const RESULTS = 'test/bench/results.json';

async function main(): Promise<void> {
  const sizes = SIZES.map((n) => {
    process.stderr.write(`measuring ${n} contracts…\n`);
    return measureSize(n);
  });
  const bundles = await bundleSizes(ROOT);
  // The real-host figures need code-server and Chromium (scripts/install-system-deps.sh); without
  // them the bench still prints the rest, and says why these were not measured.
  const host = await attempt('figures 5 and 8 (real host)', () => measureHostFigures({ log: (line) => process.stderr.write(`${line}\n`) }));
  // Each size on its own: a failure at 10,000 (a host that stops answering) leaves the 1,000 figure.
  const logged1k = await attempt('figure 7 at 1,000 (real host)', () => logFigure(1_000));
  const logged10k = await attempt('figure 7 at 10,000 (real host)', () => logFigure(10_000));
  const at = (n: number): SizeResult => sizes.find((s) => s.contracts === n)!;
  const ratio = (t: Timing, b: Timing): number => t.median / b.median;
  const times = (t: Timing, b: Timing): string =>
    `${ratio(t, b).toFixed(2)}× (${t.median.toFixed(1)} ms, ${t.min.toFixed(1)}–${t.max.toFixed(1)}; JSON.parse ${b.median.toFixed(1)} ms)`;
  const perContract = (s: SizeResult): number => s.coldLoad.median / s.contracts;

  const figures: Figure[] = [];
  for (const n of [1_000, 10_000]) {
    const s = at(n);
    figures.push({ id: 1, figure: 'first read (text → validated contracts, nothing kept) ÷ JSON.parse', size: `${n}`, measured: times(s.coldLoad, s.baseline), target: '≤ 4×', met: ratio(s.coldLoad, s.baseline) <= 4 });
  }
  for (const n of [1_000, 10_000]) {
    const s = at(n);
    figures.push({
      id: 1,
      figure: 'first read + the status of every contract and the grouping (what the view waits for) ÷ JSON.parse',
      size: `${n}`,
      measured: times(s.coldLoadWithStatus, s.baseline),
      target: 'no target (reported)',
      met: null,
    });
  }
  const linear = perContract(at(10_000)) / perContract(at(100));
  figures.push({
    id: 1,
    figure: 'first read per contract, 10k ÷ 100 (1.0 = linear)',
    size: '100→10k',
    measured: `${linear.toFixed(2)} (${(perContract(at(100)) * 1000).toFixed(0)} µs → ${(perContract(at(10_000)) * 1000).toFixed(0)} µs a contract)`,
    target: 'linear (≤ 1.5)',
    met: linear <= 1.5,
  });
  const big = at(10_000);
  figures.push({ id: 2, figure: 'refresh after one contract changed ÷ JSON.parse', size: '10000', measured: times(big.refreshOne, big.baseline), target: '≤ 1.5×', met: ratio(big.refreshOne, big.baseline) <= 1.5 });
  figures.push({
    id: 2,
    figure: 'refresh after one contract changed, another file read in between (two folders) ÷ JSON.parse',
    size: '10000',
    measured: times(big.refreshOneOfTwo, big.baseline),
    target: '≤ 1.5×',
    met: ratio(big.refreshOneOfTwo, big.baseline) <= 1.5,
  });
  figures.push({ id: 3, figure: 'one format-preserving edit (append a contact) ÷ JSON.parse', size: '10000', measured: times(big.edit, big.baseline), target: '≤ 0.5×', met: ratio(big.edit, big.baseline) <= 0.5 });
  const naive = big.naiveEdit.median / big.edit.median;
  figures.push({
    id: 4,
    figure: 'JSON.parse + change + JSON.stringify (loses comments) ÷ our edit',
    size: '10000',
    measured: `${naive.toFixed(2)}× (${big.naiveEdit.median.toFixed(1)} ms vs ${big.edit.median.toFixed(1)} ms)`,
    target: 'ours ≥ 10× faster',
    met: naive >= 10,
    higherIsBetter: true,
  });
  figures.push({
    id: 5,
    figure: 'activation in the real host (code loading + activate call), over a minimal extension',
    size: 'demo',
    target: '≤ +15 ms',
    ...inHost(host, ({ activation: { ours, minimal } }) => {
      const over = ours.median - minimal.median;
      return [`+${over.toFixed(0)} ms (ours ${ours.median.toFixed(0)} ms, ${ours.min.toFixed(0)}–${ours.max.toFixed(0)}; minimal ${minimal.median.toFixed(0)} ms)`, over <= 15];
    }),
  });
  figures.push({ id: 6, figure: 'dist/extension.js, minified', size: '—', measured: `${(bundles.extension / 1024).toFixed(1)} KB`, target: '≤ 150 KB', met: bundles.extension <= 150 * 1024 });
  figures.push({
    id: 6,
    figure: 'dist/optional.js (templates, checklist, archive, Add Contract; loaded on first use), minified',
    size: '—',
    measured: `${(bundles.optional / 1024).toFixed(1)} KB`,
    target: 'no target (reported)',
    met: null,
  });
  figures.push({ id: 6, figure: 'dist/webview.js (checklist), minified', size: '—', measured: `${(bundles.webview / 1024).toFixed(1)} KB`, target: '≤ 100 KB', met: bundles.webview <= 100 * 1024 });
  figures.push({
    id: 7,
    figure: 'log a contact → getChildren has it, in the real host',
    size: '1000',
    target: '≤ 100 ms',
    ...inHost(logged1k, ({ logToView: t }) => [`${t.median.toFixed(0)} ms (${t.min.toFixed(0)}–${t.max.toFixed(0)})`, t.median <= 100]),
  });
  figures.push({
    id: 7,
    figure: 'log a contact → getChildren has it ÷ figure 1 for the same file, in the real host',
    size: '10000',
    // Raised from ≤ 1.5× (issue 20): a logged contact must cost what an incremental read costs.
    target: '≤ 0.1×',
    ...inHost(logged10k, ({ logToView, coldLoad }) => [
      `${ratio(logToView, coldLoad).toFixed(2)}× (${logToView.median.toFixed(0)} ms vs ${coldLoad.median.toFixed(0)} ms)`,
      ratio(logToView, coldLoad) <= 0.1,
    ]),
  });
  figures.push({
    id: 8,
    figure: 'open the checklist (500 log entries) ÷ a static webview of that size, in the real host',
    size: '500',
    target: '≤ 1.5×',
    ...inHost(host, ({ checklistOpen: { ours, staticPage } }) => [
      `${ratio(ours, staticPage).toFixed(2)}× (${ours.median.toFixed(0)} ms vs ${staticPage.median.toFixed(0)} ms)`,
      ratio(ours, staticPage) <= 1.5,
    ]),
  });
  const merge = measureMerge(10_000); // bench/merge.ts
  figures.push({ id: 10, figure: 'merge two versions (3 contacts logged on each) ÷ a first read of one', size: '10000', measured: times(merge.merge, merge.firstRead).replace('JSON.parse', 'first read'), target: '≤ 2×', met: ratio(merge.merge, merge.firstRead) <= 2 });
  figures.push({
    id: 9,
    figure: 'heap kept by the loaded 10k file ÷ file size (Node, not the extension host)',
    size: '10000',
    measured: `${(big.heapBytes / (big.fileKB * 1024)).toFixed(2)}× (${(big.heapBytes / 2 ** 20).toFixed(0)} MB for ${(big.fileKB / 1024).toFixed(1)} MB)`,
    target: '≤ 4×',
    met: big.heapBytes / (big.fileKB * 1024) <= 4,
  });

  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
  };
  console.log(`Contract Guard benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);
  console.log(`Files: ${SIZES.map((n) => `${n} contracts (${(at(n).fileKB / 1024).toFixed(1)} MB)`).join(', ')}, ${LOG_ENTRIES} log entries each, with comments.\n`);
  const committed = committedFigures(ROOT, RESULTS);
  for (const f of figures) {
    f.vsCommitted = compareWithCommitted(f, committed);
  }
  console.log('| # | figure | contracts | measured | target | met | vs committed |');
  console.log('|---|---|---|---|---|---|---|');
  for (const f of figures) {
    console.log(`| ${f.id} | ${f.figure} | ${f.size} | ${f.measured} | ${f.target} | ${f.met === null ? '—' : f.met ? 'yes' : 'NO'} | ${f.vsCommitted} |`);
  }
  const missed = figures.filter((f) => f.met === false).length;
  const open = figures.filter((f) => f.met === null).length;
  const regressed = figures.filter((f) => f.vsCommitted?.startsWith('REGRESSED')).length;
  console.log(
    `\n${figures.length - missed - open} met, ${missed} missed, ${open} without a verdict (not measured, or no target); ${regressed} REGRESSED against the committed ${RESULTS} (more than 25% worse). (A miss is a finding: the exit code stays 0.)`,
  );
  const out = path.join(ROOT, RESULTS);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const realHost = { hostFigures: typeof host === 'string' ? undefined : host, logFigures: [logged1k, logged10k].filter((f): f is LogFigure => typeof f !== 'string') };
  fs.writeFileSync(out, `${JSON.stringify({ machine, sizes, bundles, inHost: realHost, figures }, null, 2)}\n`);
  console.log(`Written to ${path.relative(ROOT, out)}`);
}

function logFigure(n: number): Promise<LogFigure> {
  process.stderr.write(`figure 7: ${n} contracts in the real host…\n`);
  return measureLogFigure(n);
}

/** A real-host figure's measured text and verdict, or why it was not measured (met: null). */
function inHost<T>(result: T | string, show: (measured: T) => [string, boolean]): Pick<Figure, 'measured' | 'met'> {
  if (typeof result === 'string') {
    return { measured: result, met: null };
  }
  const [measured, met] = show(result);
  return { measured, met };
}

/** Runs a measurement that may not be possible here; its error message, or its result. */
async function attempt<T>(what: string, measure: () => Promise<T>): Promise<T | string> {
  try {
    return await measure();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    process.stderr.write(`${what}: not measured: ${reason}\n`);
    return `not measured: ${reason}`;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
