import * as assert from 'node:assert/strict';
import { computeEdit } from '../../src/core/edit/intents';
import type { Contact, Contract } from '../../src/core/schema';
import { HAND_EDITED, JA, changedLines, comments, editOk, findContract, lineOf, parseOk } from './fixtures';

/**
 * Every write goes through computeEdit on a file the writer also edits by hand. These tests use a
 * commented, 3-space, trailing-comma file and check that only what the action changes is touched.
 */
const text = HAND_EDITED;
const originalComments = comments(text);

const reminder: Contact = {
  at: '2026-11-24T10:00:00+09:00',
  direction: 'sent',
  channel: 'platformMessage',
  summary: '2回目の催促',
};

describe('computeEdit on a hand-edited file: setStage', () => {
  const run = () => editOk(text, { kind: 'setStage', contractId: 'cw-2026-001', stage: 'delivered', at: '2026-11-24' });

  it('changes the stage and records the day it was entered', () => {
    const { newText } = run();
    const c = findContract(parseOk(newText), 'cw-2026-001');
    assert.equal(c.stage, 'delivered');
    assert.deepEqual(c.stageDates, { contracted: '2026-11-10', escrowFunded: '2026-11-11', delivered: '2026-11-24' });
  });

  it('replaces only the characters of the stage value and adds one date to stageDates', () => {
    const { edits } = run();
    const valueStart = text.indexOf('"stage":   "escrowFunded"') + '"stage":   "'.length;
    const datesEnd = text.indexOf('"2026-11-11" }') + '"2026-11-11"'.length;
    assert.deepEqual(edits, [
      // "escrowFunded" → "delivered" share their last two letters, so only "escrowFund" is replaced.
      { offset: valueStart, length: 'escrowFund'.length, content: 'deliver' },
      { offset: datesEnd, length: 0, content: ', "delivered": "2026-11-24"' },
    ]);
  });

  it('leaves every other line byte-for-byte as it was, comments included', () => {
    const { edits, newText } = run();
    assert.deepEqual(changedLines(text, edits, newText), [
      lineOf(text, '"stage":   '),
      lineOf(text, '"stageDates": { "contracted"'),
    ]);
    assert.deepEqual(comments(newText), originalComments);
  });

  it('leaves the other contract alone', () => {
    const { newText } = run();
    assert.deepEqual(findContract(parseOk(newText), 'lancers-0042'), findContract(parseOk(text), 'lancers-0042'));
  });
});

describe('computeEdit on a hand-edited file: appendContact', () => {
  it('adds the entry on its own line after a last entry that ends in a comma and a comment', () => {
    const { edits, newText } = editOk(text, { kind: 'appendContact', contractId: 'cw-2026-001', contact: reminder });
    const lastLineEnd = text.indexOf('// 返事なし') + '// 返事なし'.length;
    assert.deepEqual(edits, [
      {
        offset: lastLineEnd,
        length: 0,
        content:
          '\n            { "at": "2026-11-24T10:00:00+09:00", "direction": "sent", "channel": "platformMessage", "summary": "2回目の催促" },',
      },
    ]);
    assert.deepEqual(changedLines(text, edits, newText), []);
    assert.deepEqual(comments(newText), originalComments);
    const contacts = findContract(parseOk(newText), 'cw-2026-001').contacts ?? [];
    assert.equal(contacts.length, 3);
    assert.deepEqual(contacts[2], reminder);
  });

  it('creates the contact log when the contract has none, below its last field', () => {
    const { edits, newText } = editOk(text, { kind: 'appendContact', contractId: 'lancers-0042', contact: reminder });
    assert.equal(edits.length, 1);
    assert.equal(edits[0]?.length, 0);
    assert.deepEqual(changedLines(text, edits, newText), []);
    assert.match(
      newText,
      /"tags": \["取材", "急ぎ"\], \/\/ 拡張機能は知らない項目\n {9}"contacts": \[\{ "at": "2026-11-24T10:00:00\+09:00"/,
    );
    assert.deepEqual(findContract(parseOk(newText), 'lancers-0042').contacts, [reminder]);
    assert.deepEqual(findContract(parseOk(newText), 'lancers-0042')['tags'], ['取材', '急ぎ'], 'unknown fields stay');
  });
});

describe('computeEdit on a hand-edited file: setChecklistStep', () => {
  it('ticks a step by adding one line under the last ticked one', () => {
    const { edits, newText } = editOk(text, {
      kind: 'setChecklistStep',
      contractId: 'cw-2026-001',
      stepId: 'cw.escrow.remind2',
      done: true,
      at: '2026-11-24',
    });
    assert.deepEqual(
      edits.map((e) => [e.length, e.content]),
      [[0, '\n            "cw.escrow.remind2": { "done": true, "at": "2026-11-24" },']],
    );
    assert.deepEqual(changedLines(text, edits, newText), []);
    assert.deepEqual(comments(newText), originalComments);
    assert.deepEqual(findContract(parseOk(newText), 'cw-2026-001').checklist, {
      'cw.escrow.remind': { done: true, at: '2026-11-18' },
      'cw.escrow.remind2': { done: true, at: '2026-11-24' },
    });
  });

  it('unticks a step by removing exactly its line, keeping the comment above it', () => {
    const { edits, newText } = editOk(text, {
      kind: 'setChecklistStep',
      contractId: 'cw-2026-001',
      stepId: 'cw.escrow.remind',
      done: false,
      at: '2026-11-24',
    });
    const line = '            "cw.escrow.remind": { "done": true, "at": "2026-11-18" },\n';
    assert.deepEqual(edits, [{ offset: text.indexOf(line), length: line.length, content: '' }]);
    assert.deepEqual(changedLines(text, edits, newText), [lineOf(text, '"cw.escrow.remind"')]);
    assert.deepEqual(comments(newText), originalComments);
    assert.deepEqual(findContract(parseOk(newText), 'cw-2026-001').checklist, {});
  });

  it('writes nothing when unticking a step that is not ticked', () => {
    const result = computeEdit(
      text,
      { kind: 'setChecklistStep', contractId: 'cw-2026-001', stepId: 'cw.escrow.report', done: false, at: '2026-11-24' },
      JA,
    );
    assert.ok(result.ok);
    assert.deepEqual(result.edits, []);
    assert.equal(result.newText, text);
  });

  it('creates the checklist when the contract has none', () => {
    const { edits, newText } = editOk(text, {
      kind: 'setChecklistStep',
      contractId: 'lancers-0042',
      stepId: 'lancers.delivered.threeMessages',
      done: true,
      at: '2026-11-24',
    });
    assert.deepEqual(changedLines(text, edits, newText), []);
    assert.deepEqual(comments(newText), originalComments);
    assert.deepEqual(findContract(parseOk(newText), 'lancers-0042').checklist, {
      'lancers.delivered.threeMessages': { done: true, at: '2026-11-24' },
    });
  });
});

describe('computeEdit on a hand-edited file: addContract', () => {
  const added: Contract = {
    id: 'coconala-7',
    title: 'ブログ記事の校正',
    platform: 'coconala',
    client: { name: '田中 花子' },
    stage: 'applied',
    stageDates: { applied: '2026-11-24' },
  };
  const run = () => editOk(text, { kind: 'addContract', contract: added });

  it('adds the contract after the last one, indented like its neighbours', () => {
    const { edits } = run();
    const afterLast = text.indexOf('      },\n   ],') + '      },'.length;
    assert.deepEqual(edits, [
      {
        offset: afterLast,
        length: 0,
        content: [
          '',
          '      {',
          '         "id": "coconala-7",',
          '         "title": "ブログ記事の校正",',
          '         "platform": "coconala",',
          '         "client": { "name": "田中 花子" },',
          '         "stage": "applied",',
          '         "stageDates": { "applied": "2026-11-24" }',
          '      },',
        ].join('\n'),
      },
    ]);
  });

  it('touches no existing line and keeps every comment', () => {
    const { edits, newText } = run();
    assert.deepEqual(changedLines(text, edits, newText), []);
    assert.deepEqual(comments(newText), originalComments);
  });

  it('reads back as the contract that was added', () => {
    const { newText } = run();
    const file = parseOk(newText);
    assert.deepEqual(
      file.contracts.map((c) => c.id),
      ['cw-2026-001', 'lancers-0042', 'coconala-7'],
    );
    assert.deepEqual(findContract(file, 'coconala-7'), added);
  });
});
