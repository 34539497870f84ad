import * as assert from 'node:assert/strict';
import type { Contact } from '../../src/core/schema';
import { EN, TAB_FILE, editOk, parseOk, toCrlf } from './fixtures';

/**
 * A large file is edited from the edited contract's text alone (the rest is not read again), and its
 * style is read from its start and the edited lines. The edit must be the one a small file gets.
 */

const contact: Contact = { at: '2026-11-24', direction: 'received', channel: 'platformMessage', summary: '返信あり, "了解" // です' };

/** TAB_FILE with `n` more contracts before the one edited, each with a comment inside. */
function large(n: number): string {
  const lines = TAB_FILE.split('\n');
  const at = lines.indexOf('\t"contracts": [') + 1;
  const extra = Array.from({ length: n }, (_, i) =>
    [`\t\t{ // 過去の案件 ${i}`, `\t\t\t"id": "old-${i}",`, `\t\t\t"title": "記事 ${i}",`, '\t\t\t"platform": "lancers",', '\t\t\t"client": { "name": "A" },', '\t\t\t"stage": "closed"', '\t\t},'].join('\n'),
  );
  return [...lines.slice(0, at), ...extra, ...lines.slice(at)].join('\n');
}

describe('computeEdit on a large file', () => {
  for (const [name, make] of [
    ['LF', (t: string) => t],
    ['CRLF', toCrlf],
  ] as const) {
    it(`appends to one contract exactly as in a small file, keeping every other byte (${name}, tabs)`, () => {
      const small = make(TAB_FILE);
      const big = make(large(1000));
      assert.ok(big.length > 64 * 1024, 'large enough to be read in parts');
      const intent = { kind: 'appendContact' as const, contractId: 'coconala-15', contact };
      const inSmall = editOk(small, intent, EN);
      const inBig = editOk(big, intent, EN);
      const shift = big.length - small.length;
      assert.deepEqual(
        inBig.edits.map((e) => ({ ...e, offset: e.offset - shift })),
        inSmall.edits,
        'the same edit, moved by the contracts before it',
      );
      assert.equal(inBig.newText.slice(0, big.length - (small.length - inSmall.edits[0]!.offset)), big.slice(0, inBig.edits[0]!.offset));
      const file = parseOk(inBig.newText, EN);
      assert.deepEqual(file.contracts.at(-1)?.contacts?.at(-1), contact);
      assert.equal(file.contracts.length, 1001);
    });
  }

  it('adds a checklist to a contract in the middle of the file as in a small file, inside that contract only', () => {
    const small = large(5);
    const big = large(1000);
    const intent = { kind: 'setChecklistStep' as const, contractId: 'old-3', stepId: 'report', done: true, at: '2026-11-24' };
    const inSmall = editOk(small, intent, EN);
    const inBig = editOk(big, intent, EN);
    assert.deepEqual(inBig.edits, inSmall.edits, 'old-3 stands at the same place in both');
    const [start, end] = [big.indexOf('"id": "old-3"'), big.indexOf('"id": "old-4"')];
    assert.ok(inBig.edits.every((e) => e.offset > start && e.offset < end), 'edits stay inside old-3');
    assert.ok(parseOk(inBig.newText, EN).contracts[3]?.checklist?.['report']?.done);
  });
});
