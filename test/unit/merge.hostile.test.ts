import * as assert from 'node:assert/strict';
import { mergeTexts } from '../../src/core/merge';
import { JA } from './fixtures';
import { BASE_TEXT, contractOf, merged, read } from './mergeFixtures';

/** A file of `n` small contracts, each with a comment, and a log entry in those `logged` picks. */
function many(n: number, logged: (i: number) => string | undefined): string {
  const items = Array.from({ length: n }, (_, i) => {
    const summary = logged(i);
    const contacts = summary
      ? `,\n      "contacts": [\n        { "at": "2026-11-2${i % 10}", "direction": "sent", "channel": "email", "summary": "${summary}" }\n      ]`
      : '';
    return `    { // 案件 ${i}\n      "id": "c-${i}",\n      "title": "記事 ${i}",\n      "platform": "lancers",\n      "client": { "name": "A" },\n      "stage": "escrowFunded"${contacts}\n    }`;
  });
  return `{\n  "version": 1,\n  "contracts": [\n${items.join(',\n')}\n  ]\n}\n`;
}

describe('merging hostile versions', function () {
  // The 10k case reads three 1 MB files; a loaded machine may need more than mocha's two seconds.
  this.timeout(120_000);

  it('refuses a side with a duplicate id, naming the line, and makes no text', () => {
    const duplicated = BASE_TEXT.replace('"id": "lc-7"', '"id": "cw-101"');
    for (const [ours, theirs, side] of [
      [BASE_TEXT, duplicated, 'theirs'],
      [duplicated, BASE_TEXT, 'ours'],
    ] as const) {
      const result = mergeTexts({ ours, theirs }, JA);
      assert.equal(result.kind, 'broken');
      assert.ok(result.kind === 'broken' && result.side === side);
      assert.ok(result.kind === 'broken' && result.problems.some((p) => p.kind === 'duplicateId'));
      assert.ok(!('newText' in result));
    }
  });

  it('refuses a side that is not JSON, is empty, or holds conflict markers', () => {
    for (const theirs of ['', 'not json', '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> x\n', '{ "version": 2, "contracts": [] }']) {
      const result = mergeTexts({ ours: BASE_TEXT, theirs }, JA);
      assert.equal(result.kind, 'broken', theirs);
    }
  });

  it('checks each contract the other side changed, though the rest is taken from this side’s read', () => {
    // Only lc-7 differs, so it is the one contract of the other side validated again: a stage the
    // file does not know must still make that side broken, at its place.
    const theirs = BASE_TEXT.replace(/("id": "lc-7"[\s\S]*?"stage": )"[a-zA-Z]+"/, '$1"ghosted"');
    assert.notEqual(theirs, BASE_TEXT);
    const result = mergeTexts({ ours: BASE_TEXT, theirs }, JA);
    assert.ok(result.kind === 'broken' && result.side === 'theirs');
    assert.ok(result.kind === 'broken' && result.problems.some((p) => p.kind === 'schema' && p.path.join('.').endsWith('stage')));
  });

  it('asks about the same id with different titles rather than picking one', () => {
    const other = BASE_TEXT.replace('"title": "SEO記事 3本（美容）"', '"title": "SEO記事 5本（美容・健康）"');
    const result = mergeTexts({ ours: BASE_TEXT, theirs: other }, JA);
    assert.equal(result.kind, 'conflicts');
    if (result.kind !== 'conflicts') return;
    assert.deepEqual(
      result.conflicts.map((c) => [c.contractId, c.title, c.path, c.ours, c.theirs]),
      [['cw-101', 'SEO記事 3本（美容）', ['title'], 'SEO記事 3本（美容）', 'SEO記事 5本（美容・健康）']],
    );
    const theirs = merged({ ours: BASE_TEXT, theirs: other }, { [result.conflicts[0]!.key]: 'theirs' });
    assert.equal(contractOf(theirs.newText, 'cw-101').title, 'SEO記事 5本（美容・健康）');
  });

  it('merges 10,000 contracts on each side, touching only the contracts that differ', () => {
    const n = 10_000;
    const base = many(n, () => undefined);
    const ours = many(n, (i) => (i === 17 || i === 9_000 ? 'このパソコン' : undefined));
    const theirs = many(n, (i) => (i === 18 || i === 9_000 ? 'もう一台' : undefined));
    const result = merged({ ours, theirs, base });
    const file = read(result.newText);
    assert.equal(file.contracts.length, n);
    assert.deepEqual(
      file.contracts[18]!.contacts!.map((c) => c.summary),
      ['もう一台'],
    );
    assert.deepEqual(file.contracts[9_000]!.contacts!.map((c) => c.summary).sort(), ['このパソコン', 'もう一台']);
    assert.equal(result.counts.contactsAdded, 2);
    assert.equal(result.edits.length, 2);
    assert.ok(result.edits.every((e) => e.content.length < 400));
  });
});
