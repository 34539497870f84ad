import * as assert from 'node:assert/strict';
import { computeEdit, type EditIntent, type EditResult } from '../../src/core/edit/intents';
import { EN, HAND_EDITED, JA } from './fixtures';

/** A refused write must say why and carry no edits, so nothing can be half-applied. */
function refused(result: EditResult): string {
  assert.equal(result.ok, false, 'the write should be refused');
  assert.ok(!('edits' in result) && !('newText' in result), 'a refusal carries no edits');
  return result.ok ? '' : result.reason;
}

const setStage: EditIntent = { kind: 'setStage', contractId: 'cw-2026-001', stage: 'delivered', at: '2026-11-24' };

describe('computeEdit refusals', () => {
  it('refuses to write into a file that does not parse, and says where to look', () => {
    const broken = HAND_EDITED.replace('"version": 1,', '"version": 1');
    const line = broken.split('\n').findIndex((l) => l.includes('"contracts": [')) + 1;
    assert.equal(
      refused(computeEdit(broken, setStage, EN)),
      `Nothing was written: the contracts file has 1 problem(s) to fix first. Line ${line}: A comma (,) is missing between two entries here.`,
    );
    assert.match(
      refused(computeEdit(broken, setStage, JA)),
      new RegExp(`^書き込みませんでした。.*${line} 行目です。ここで項目の間にカンマ`),
    );
  });

  it('refuses to write into a file whose contracts break the schema', () => {
    const invalid = HAND_EDITED.replace('"stage": "delivered"', '"stage": "納品済み"');
    assert.match(refused(computeEdit(invalid, setStage, EN)), /^Nothing was written: the contracts file has 1 problem/);
  });

  it('refuses to write into an empty file', () => {
    assert.match(refused(computeEdit('', setStage, EN)), /is empty/);
  });

  it('refuses a contract id that is no longer in the file', () => {
    const intent: EditIntent = { ...setStage, contractId: 'cw-deleted' };
    assert.equal(
      refused(computeEdit(HAND_EDITED, intent, EN)),
      'Nothing was written: no contract with id "cw-deleted" is in the file any more.',
    );
    assert.equal(
      refused(computeEdit(HAND_EDITED, intent, JA)),
      '書き込みませんでした。id "cw-deleted" の契約がファイルに見つかりません。',
    );
  });

  it('refuses to add a contract whose id is already used', () => {
    const intent: EditIntent = {
      kind: 'addContract',
      contract: { id: 'lancers-0042', title: '別の記事', platform: 'lancers', client: { name: '佐藤' }, stage: 'applied' },
    };
    assert.equal(
      refused(computeEdit(HAND_EDITED, intent, EN)),
      'Nothing was written: a contract with id "lancers-0042" already exists.',
    );
    assert.match(refused(computeEdit(HAND_EDITED, intent, JA)), /id "lancers-0042" の契約はすでにあります/);
  });

  it('refuses a contact dated on a day that does not exist', () => {
    const intent: EditIntent = {
      kind: 'appendContact',
      contractId: 'cw-2026-001',
      contact: { at: '2026-02-30', direction: 'sent', channel: 'email' },
    };
    assert.equal(
      refused(computeEdit(HAND_EDITED, intent, EN)),
      'Nothing was written: the new entry is not valid (check its dates and fields).',
    );
    assert.match(refused(computeEdit(HAND_EDITED, intent, JA)), /日付や項目を確認してください/);
  });

  it('refuses a new contract that would not pass the schema', () => {
    const intent: EditIntent = {
      kind: 'addContract',
      contract: { id: 'x', title: '', platform: 'crowdworks', client: { name: '山田' }, stage: 'applied' },
    };
    assert.match(refused(computeEdit(HAND_EDITED, intent, EN)), /the new entry is not valid/);
  });

  it('refuses a stage date that is not a date rather than write a broken file', () => {
    assert.match(refused(computeEdit(HAND_EDITED, { ...setStage, at: 'yesterday' }, EN)), /^Nothing was written/);
  });
});

describe('computeEdit input checks', () => {
  it('refuses a stage change dated with something that is not a date, saying the entry is invalid', () => {
    const reason = refused(computeEdit(HAND_EDITED, { ...setStage, at: '24/11/2026' }, EN));
    assert.match(reason, /the new entry is not valid/);
  });

  it('refuses a checklist tick dated with something that is not a date', () => {
    const tick: EditIntent = {
      kind: 'setChecklistStep',
      contractId: 'cw-2026-001',
      stepId: 'cw.escrow.report',
      done: true,
      at: 'yesterday',
    };
    assert.match(refused(computeEdit(HAND_EDITED, tick, EN)), /the new entry is not valid/);
  });
});
