import { computeEdit, deriveStatus, groupStatuses, parseContracts, type ContractStatus } from '../src/core';

/**
 * `npm run bench`: how the core scales with the size of a contracts file. Every figure is also
 * given as a ratio to a baseline measured in the same run (JSON.parse of the same data without
 * comments), so results compare across machines. Targets are checked at the end.
 */

const OPTIONS = { locale: 'ja' as const, utcOffsetMinutes: 540 };
const NOW = Date.parse('2026-11-24T10:00:00+09:00');
const PLATFORMS = ['crowdworks', 'lancers', 'coconala', 'upwork', 'fiverr', 'direct'] as const;
const STAGES = ['applied', 'contracted', 'escrowFunded', 'delivered', 'accepted', 'closed'] as const;

function contractText(i: number, withComments: boolean): string {
  const day = (d: number): string => new Date(Date.UTC(2026, 9, 1 + ((i + d) % 50))).toISOString().slice(0, 10);
  const contacts = Array.from({ length: 10 }, (_, k) => {
    const direction = k % 3 === 0 ? 'received' : 'sent';
    return `        { "at": "${day(k)}T10:00:00+09:00", "direction": "${direction}", "channel": "platformMessage", "summary": "やり取り ${k} 回目の要約" }`;
  }).join(',\n');
  return `    {${withComments ? ' // 案件 ' + i : ''}
      "id": "c-${i}",
      "title": "美容系SEO記事 ${i} 本目",
      "platform": "${PLATFORMS[i % PLATFORMS.length]}",
      "client": { "name": "株式会社サンプル${i}", "identityVerified": ${i % 2 === 0}, "rating": 4.5 },
      "stage": "${STAGES[i % STAGES.length]}",
      "amount": ${10000 + i}, "currency": "JPY",
      "deadline": "${day(60)}",
      "stageDates": { "contracted": "${day(0)}" },
      "contacts": [
${contacts}
      ]
    }`;
}

function fileText(n: number, withComments: boolean): string {
  const body = Array.from({ length: n }, (_, i) => contractText(i, withComments)).join(',\n');
  return `${withComments ? '// ベンチマーク用\n' : ''}{\n  "version": 1,\n  "contracts": [\n${body}\n  ]\n}\n`;
}

/**
 * Median wall time of `fn` in milliseconds, after a warm-up. `fn` gets the run's index: callers
 * alternate between two texts so that the core's one-entry syntax-tree cache never serves a
 * repeat, and every run pays for a cold read as the extension does after a real change.
 */
function time(fn: (run: number) => unknown, runs: number): number {
  for (let i = 0; i < 3; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const kept: unknown[] = [];

/** Heap still in use after building `copies` results and collecting garbage, per result. */
function retainedBytes(make: () => unknown, copies = 5): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  const settle = (): number => {
    for (let i = 0; i < 4; i++) gc();
    return process.memoryUsage().heapUsed;
  };
  const before = settle();
  for (let i = 0; i < copies; i++) kept.push(make());
  const after = settle();
  kept.length = 0;
  return (after - before) / copies;
}

interface Row {
  n: number;
  kb: number;
  baseline: number;
  parse: number;
  status: number;
  edit: number;
  memRatio: number;
}

const rows: Row[] = [];
for (const n of [50, 500, 2000]) {
  const text = fileText(n, true);
  const texts = [text, `${text} `];
  const plain = fileText(n, false);
  const runs = n >= 2000 ? 15 : 41;
  const baseline = time(() => JSON.parse(plain), runs);
  const parse = time((i) => parseContracts(texts[i % 2] ?? text, OPTIONS), runs);
  const parsed = parseContracts(text, OPTIONS);
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  const status = time(() => {
    const statuses: ContractStatus[] = parsed.file.contracts.map((c) => deriveStatus(c, NOW, OPTIONS));
    return groupStatuses(statuses, 'urgency');
  }, runs);
  const intent = {
    kind: 'appendContact' as const,
    contractId: `c-${n - 1}`,
    contact: { at: '2026-11-24T10:00:00+09:00', direction: 'received' as const, channel: 'platformMessage' as const },
  };
  const edit = time((i) => computeEdit(texts[i % 2] ?? text, intent, OPTIONS), runs);
  let copy = 0;
  const mem = retainedBytes(() => parseContracts(`${text}${' '.repeat(++copy)}`, OPTIONS));
  rows.push({ n, kb: Buffer.byteLength(text) / 1024, baseline, parse, status, edit, memRatio: mem / Buffer.byteLength(text) });
}

const f = (x: number): string => x.toFixed(2);
console.log(
  'contracts | file KB | JSON.parse ms (baseline) | parse ms (× baseline) | status+group ms (× baseline) | edit ms (× baseline) | retained heap ÷ file size',
);
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(9)} | ${r.kb.toFixed(0).padStart(7)} | ${f(r.baseline).padStart(24)} | ${f(r.parse)} (${f(r.parse / r.baseline)}×) | ${f(r.status)} (${f(r.status / r.baseline)}×) | ${f(r.edit)} (${f(r.edit / r.baseline)}×) | ${f(r.memRatio)}`,
  );
}

/**
 * Targets, as ratios so they hold on any machine: reading the file may cost at most 60× a bare
 * JSON.parse (it also builds a position tree and validates every field), a status refresh at most
 * as much as reading, an edit (which reads the file, edits, and reads the result again to be sure
 * it still parses) at most 3× a read, and what a read keeps (the model, and the last syntax tree)
 * at most 12× the file's size in memory.
 */
const failures: string[] = [];
for (const r of rows) {
  if (r.parse / r.baseline > 60) failures.push(`${r.n}: parse ${f(r.parse / r.baseline)}× > 60×`);
  if (r.status > r.parse) failures.push(`${r.n}: status ${f(r.status)} ms > parse ${f(r.parse)} ms`);
  if (r.edit / r.parse > 3) failures.push(`${r.n}: edit ${f(r.edit / r.parse)}× parse > 3×`);
  if (r.memRatio > 12) failures.push(`${r.n}: memory ${f(r.memRatio)}× file > 12×`);
}
console.log(failures.length === 0 ? '\nAll targets met.' : `\nTargets missed:\n${failures.join('\n')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
