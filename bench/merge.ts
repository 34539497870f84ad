import { parseContracts } from '../src/core';
import { mergeTexts } from '../src/core/merge';
import { contractsFile } from './generate';
import { OPTIONS } from './load';
import { time, type Timing } from './measure';

/**
 * Figure 10: the merge of two versions of a large file (each machine logged a message in three
 * contracts of its own before they synced) against a first read of one of them. Nothing is kept between
 * runs: the setup forgets earlier reads, as for figure 1.
 */
export interface MergeFigure {
  readonly contracts: number;
  readonly firstRead: Timing;
  readonly merge: Timing;
}

/** `text` with a contact logged at the end of contract c-i's log, for each i. */
function withLogged(text: string, ids: readonly number[], summary: string): string {
  let out = text;
  for (const i of ids) {
    const at = out.indexOf(`"id": "c-${i}"`);
    const end = out.indexOf('\n      ]', at);
    out = `${out.slice(0, end)},\n        { "at": "2026-11-2${i % 10}T10:00:00+09:00", "direction": "sent", "channel": "platformMessage", "summary": "${summary}" }${out.slice(end)}`;
  }
  return out;
}

export function measureMerge(n: number): MergeFigure {
  const text = contractsFile(n, true);
  const ours = withLogged(text, [1, n / 2, n - 1], 'このパソコンから催促');
  const theirs = withLogged(text, [2, n / 2 + 1, n - 2], 'もう一台から催促');
  const runs = n >= 10_000 ? 5 : 9;
  const firstRead = time(() => parseContracts(ours, OPTIONS), runs);
  const merge = time(() => {
    const result = mergeTexts({ ours, theirs }, OPTIONS);
    if (result.kind !== 'merged' || result.counts.contactsAdded !== 3)
      throw new Error(`the bench merge did not merge: ${result.kind}`);
  }, runs);
  return { contracts: n, firstRead, merge };
}
