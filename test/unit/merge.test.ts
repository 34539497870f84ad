import * as assert from 'node:assert/strict';
import { mergeTexts } from '../../src/core/merge';
import { applyTextEdits } from '../../src/core/edit/textEdit';
import { JA } from './fixtures';
import { BASE_TEXT, contractOf, DESKTOP_LINE, LAPTOP_LINE, merged, read, withContact } from './mergeFixtures';

const laptop = withContact(BASE_TEXT, LAPTOP_LINE);
const desktop = withContact(BASE_TEXT, DESKTOP_LINE);

describe('merging two versions of the contracts file', () => {
  it('keeps the message each machine logged, in date order, as one edit of this machine’s text', () => {
    for (const base of [BASE_TEXT, undefined]) {
      const result = merged({ ours: laptop, theirs: desktop, ...(base ? { base } : {}) });
      const summaries = contractOf(result.newText, 'cw-101').contacts!.map((c) => c.summary);
      assert.deepEqual(summaries, ['納品しました', 'ご確認のお願い', '確認します', 'ノートPCから催促']);
      assert.equal(applyTextEdits(laptop, result.edits), result.newText);
      assert.equal(result.counts.contactsAdded, 1);
      // Only the new line was written: the comment and the rest of the text are the laptop's own.
      assert.ok(result.newText.includes('// 案件の記録（手で編集しています）'));
      assert.ok(result.newText.includes('"summary": "納品しました" }, // 納品連絡'));
      assert.equal(result.edits.length, 1);
      assert.equal(result.edits[0]!.length, 0);
      assert.ok(result.edits[0]!.content.includes('確認します'));
    }
  });

  it('logs a message sent from both machines only once', () => {
    const both = withContact(BASE_TEXT, LAPTOP_LINE);
    const result = merged({ ours: both, theirs: withContact(BASE_TEXT, LAPTOP_LINE) });
    assert.equal(result.edits.length, 0);
    assert.equal(contractOf(result.newText, 'cw-101').contacts!.length, 3);
  });

  it('keeps a contract added on the other machine and one added here', () => {
    const added = BASE_TEXT.replace(
      '"stage": "escrowFunded"\n    }',
      '"stage": "escrowFunded"\n    },\n    { "id": "cn-3", "title": "ブログ記事", "platform": "coconala", "client": { "name": "佐藤" }, "stage": "applied" }',
    );
    const result = merged({ ours: BASE_TEXT, theirs: added, base: BASE_TEXT });
    assert.deepEqual(
      read(result.newText).contracts.map((c) => c.id),
      ['cw-101', 'lc-7', 'cn-3'],
    );
    assert.equal(result.counts.contractsAdded, 1);
    assert.deepEqual(
      read(merged({ ours: added, theirs: BASE_TEXT }).newText).contracts.map((c) => c.id),
      ['cw-101', 'lc-7', 'cn-3'],
    );
  });

  it('removes a contract removed on one machine and left alone on the other, when the common version shows it', () => {
    const without = BASE_TEXT.replace(/,\n {4}\{\n {6}"id": "lc-7"[\s\S]*?"stage": "escrowFunded"\n {4}\}/, '');
    assert.notEqual(without, BASE_TEXT);
    const result = merged({ ours: BASE_TEXT, theirs: without, base: BASE_TEXT });
    assert.deepEqual(
      read(result.newText).contracts.map((c) => c.id),
      ['cw-101'],
    );
    assert.equal(result.counts.contractsRemoved, 1);
    // Without the common version nobody can tell a removal from an addition: kept.
    assert.deepEqual(
      read(merged({ ours: BASE_TEXT, theirs: without }).newText).contracts.map((c) => c.id),
      ['cw-101', 'lc-7'],
    );
  });

  it('asks when a contract was removed on one machine and changed on the other', () => {
    const without = BASE_TEXT.replace(/,\n {4}\{\n {6}"id": "lc-7"[\s\S]*?"stage": "escrowFunded"\n {4}\}/, '');
    const changed = BASE_TEXT.replace('"title": "取材記事"', '"title": "取材記事（2本目）"');
    const result = mergeTexts({ ours: changed, theirs: without, base: BASE_TEXT }, JA);
    assert.equal(result.kind, 'conflicts');
    if (result.kind !== 'conflicts') return;
    assert.equal(result.conflicts.length, 1);
    const [conflict] = result.conflicts;
    assert.equal(conflict!.contractId, 'lc-7');
    assert.deepEqual(conflict!.path, []);
    assert.equal(conflict!.theirs, undefined);
    const removed = merged({ ours: changed, theirs: without, base: BASE_TEXT }, { [conflict!.key]: 'theirs' });
    assert.deepEqual(
      read(removed.newText).contracts.map((c) => c.id),
      ['cw-101'],
    );
    const kept = merged({ ours: changed, theirs: without, base: BASE_TEXT }, { [conflict!.key]: 'ours' });
    assert.equal(contractOf(kept.newText, 'lc-7').title, '取材記事（2本目）');
  });

  it('takes a field changed on one side only, and asks when both changed it differently', () => {
    const ours = BASE_TEXT.replace('"name": "山田"', '"name": "山田 太郎"');
    const theirs = BASE_TEXT.replace('"title": "取材記事"', '"title": "取材記事（前編）"');
    const both = merged({ ours, theirs, base: BASE_TEXT });
    const lc = contractOf(both.newText, 'lc-7');
    assert.equal(lc.client.name, '山田 太郎');
    assert.equal(lc.title, '取材記事（前編）');

    const other = BASE_TEXT.replace('"title": "取材記事"', '"title": "インタビュー記事"');
    const result = mergeTexts({ ours: theirs, theirs: other, base: BASE_TEXT }, JA);
    assert.equal(result.kind, 'conflicts');
    if (result.kind !== 'conflicts') return;
    assert.deepEqual(
      result.conflicts.map((c) => [c.contractId, c.path, c.ours, c.theirs]),
      [['lc-7', ['title'], '取材記事（前編）', 'インタビュー記事']],
    );
  });

  it('without a common version, passes equal values and asks about different ones', () => {
    const other = BASE_TEXT.replace('"title": "取材記事"', '"title": "インタビュー記事"');
    const result = mergeTexts({ ours: BASE_TEXT, theirs: other }, JA);
    assert.equal(result.kind, 'conflicts');
    assert.equal(merged({ ours: BASE_TEXT, theirs: BASE_TEXT }).edits.length, 0);
  });

  it('keeps the later stage and tells the writer', () => {
    const accepted = BASE_TEXT.replace('"stage": "delivered"', '"stage": "accepted"');
    const result = merged({ ours: BASE_TEXT.replace('"stage": "delivered"', '"stage": "escrowFunded"'), theirs: accepted });
    assert.equal(contractOf(result.newText, 'cw-101').stage, 'accepted');
    assert.equal(result.notices.length, 1);
    assert.match(result.notices[0]!.message.ja, /検収完了/);
    // With the common version, a stage moved back on one side only is that side's change: no notice.
    const back = merged({
      ours: BASE_TEXT,
      theirs: BASE_TEXT.replace('"stage": "delivered"', '"stage": "escrowFunded"'),
      base: BASE_TEXT,
    });
    assert.equal(contractOf(back.newText, 'cw-101').stage, 'escrowFunded');
    assert.equal(back.notices.length, 0);
  });

  it('unions checklist ticks and asks about a tick against an untick', () => {
    const tick = (text: string, step: string, at: string): string =>
      text.replace('"x-memo"', `"checklist": { "${step}": { "done": true, "at": "${at}" } },\n      "x-memo"`);
    const a = tick(BASE_TEXT, 'cw.remind', '2026-11-16');
    const b = tick(BASE_TEXT, 'cw.report', '2026-11-20');
    const union = contractOf(merged({ ours: a, theirs: b }).newText, 'cw-101').checklist;
    assert.deepEqual(Object.keys(union ?? {}).sort(), ['cw.remind', 'cw.report']);

    const unticked = BASE_TEXT.replace('"x-memo"', '"checklist": { "cw.remind": { "done": false } },\n      "x-memo"');
    const result = mergeTexts({ ours: a, theirs: unticked }, JA);
    assert.equal(result.kind, 'conflicts');
    if (result.kind === 'conflicts') {
      assert.deepEqual(result.conflicts[0]!.path, ['checklist', 'cw.remind']);
    }
  });

  it('keeps fields it does not know, from either side', () => {
    const theirs = BASE_TEXT.replace('"stage": "escrowFunded"', '"stage": "escrowFunded",\n      "x-invoice": { "no": 12 }');
    const result = merged({ ours: BASE_TEXT, theirs, base: BASE_TEXT });
    assert.deepEqual(JSON.parse(JSON.stringify((contractOf(result.newText, 'lc-7') as Record<string, unknown>)['x-invoice'])), {
      no: 12,
    });
    assert.equal((contractOf(result.newText, 'cw-101') as Record<string, unknown>)['x-memo'], 'unknown field kept');
  });

  it('refuses a side that does not read, and says which', () => {
    const brokenTheirs = mergeTexts({ ours: BASE_TEXT, theirs: BASE_TEXT.slice(0, 200) }, JA);
    assert.equal(brokenTheirs.kind, 'broken');
    if (brokenTheirs.kind === 'broken') {
      assert.equal(brokenTheirs.side, 'theirs');
      assert.match(brokenTheirs.message.ja, /もう一方の版を読み込めません/);
    }
    const brokenOurs = mergeTexts({ ours: '{ "version": 1, "contracts": [ ', theirs: BASE_TEXT }, JA);
    assert.equal(brokenOurs.kind, 'broken');
    if (brokenOurs.kind === 'broken') {
      assert.equal(brokenOurs.side, 'ours');
      assert.match(brokenOurs.message.en, /This machine's version/i);
    }
  });
});
