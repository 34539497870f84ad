import * as assert from 'node:assert/strict';
import { dayToIso } from '../../src/core/dates';
import type { Contact, Contract } from '../../src/core/schema';
import { deriveStatus, type ContractStatus, type StatusOptions } from '../../src/core/status';
import { JST, contract, jst, received, sent } from './fixtures';

const JAPAN: StatusOptions = { utcOffsetMinutes: JST };

function at(c: Contract, wall: string, options: StatusOptions = JAPAN): ContractStatus {
  return deriveStatus(c, jst(wall), options);
}

const dueOf = (s: ContractStatus): string | undefined => (s.next?.due === undefined ? undefined : dayToIso(s.next.due));

describe('deriveStatus: silence', () => {
  it('counts calendar days since the client last wrote', () => {
    const c = contract({
      platform: 'crowdworks',
      stage: 'escrowFunded',
      contacts: [received('2026-11-10'), sent('2026-11-16T10:00:00+09:00')],
    });
    assert.equal(at(c, '2026-11-24T10:00').silentDays, 14);
  });

  it('counts from our first unanswered message when the client never wrote', () => {
    const c = contract({ platform: 'lancers', stage: 'applied', contacts: [sent('2026-11-20'), sent('2026-11-22')] });
    assert.equal(at(c, '2026-11-24T10:00').silentDays, 4);
  });

  it('is not silent when the client wrote last', () => {
    const c = contract({ platform: 'crowdworks', stage: 'escrowFunded', contacts: [sent('2026-11-16'), received('2026-11-20')] });
    assert.equal(at(c, '2026-11-24T10:00').silentDays, undefined);
  });

  it('reads "today" in the writer’s zone: the same moment is Monday in Tokyo but Sunday in London', () => {
    const c = contract({ platform: 'upwork', stage: 'escrowFunded', contacts: [sent('2026-11-20T10:00:00+09:00')] });
    const moment = Date.parse('2026-11-22T23:30:00Z');
    assert.equal(deriveStatus(c, moment, { utcOffsetMinutes: JST }).urgency, 'act', 'Monday the 23rd: 3 days');
    assert.equal(deriveStatus(c, moment, { utcOffsetMinutes: 0 }).urgency, 'watch', 'still Sunday the 22nd');
  });
});

describe('deriveStatus: a client reply', () => {
  const waiting: Contact[] = [sent('2026-11-27T18:00:00+09:00', 'platformMessage', '仮払いのお願い')];
  const c = (contacts: Contact[]): Contract => contract({ platform: 'crowdworks', stage: 'contracted', contacts });

  it('moves a watched contract back to ok once the reply is logged', () => {
    assert.equal(at(c(waiting), '2026-12-03T10:00').urgency, 'watch');
    const replied = at(
      c([...waiting, received('2026-12-03T09:00:00+09:00', 'platformMessage', '本日仮払いします')]),
      '2026-12-03T10:00',
    );
    assert.equal(replied.urgency, 'ok');
    assert.equal(replied.silentDays, undefined);
    assert.equal(replied.next?.title.en, 'Wait for escrow before starting work');
  });

  it('moves an "act" contract out of act', () => {
    const working = (contacts: Contact[]): Contract => contract({ platform: 'crowdworks', stage: 'escrowFunded', contacts });
    assert.equal(at(working(waiting), '2026-12-02T10:00').urgency, 'act');
    assert.notEqual(at(working([...waiting, received('2026-12-02T08:00:00+09:00')]), '2026-12-02T10:00').urgency, 'act');
  });

  it('does not count an operator report as hearing from the client', () => {
    const reported = at(c([...waiting, sent('2026-12-02T10:00:00+09:00', 'operatorReport')]), '2026-12-03T10:00');
    assert.equal(reported.silentDays, 6);
    assert.notEqual(reported.urgency, 'ok');
  });
});

describe('deriveStatus: the writer’s own deadline', () => {
  // The client last wrote "thanks, looking forward to it"; the writer owes the work, not the client.
  const working = contract({
    platform: 'crowdworks',
    stage: 'escrowFunded',
    deadline: '2026-11-30',
    stageDates: { escrowFunded: '2026-11-10' },
    contacts: [
      received('2026-11-10T09:00:00+09:00'),
      sent('2026-11-10T10:00:00+09:00', 'platformMessage', '承知しました'),
      received('2026-11-10T11:00:00+09:00', 'platformMessage', 'よろしくお願いします'),
    ].map((x) => ({ ...x, expectsReply: false })),
  });

  it('is on track while the deadline is more than 2 days away', () => {
    const s = at(working, '2026-11-27T10:00');
    assert.equal(s.urgency, 'ok');
    assert.equal(s.next?.title.en, 'On track: keep working towards the deadline');
    assert.equal(dueOf(s), '2026-11-30');
  });

  it('warns 2 days before the deadline: deliver or ask for an extension', () => {
    for (const wall of ['2026-11-28T10:00', '2026-11-30T23:00']) {
      const s = at(working, wall);
      assert.equal(s.urgency, 'watch', wall);
      assert.equal(s.next?.title.en, 'Deadline soon: deliver, or ask for an extension now');
    }
  });

  it('is overdue the day after the deadline while still working', () => {
    const s = at(working, '2026-12-01T10:00');
    assert.equal(s.urgency, 'overdue');
    assert.equal(s.next?.title.ja, '納期を過ぎたので、今日中にクライアントへ連絡する');
    assert.equal(dueOf(s), '2026-11-30');
  });

  it('no longer applies once the work is delivered', () => {
    const delivered = { ...working, stage: 'delivered' as const, stageDates: { delivered: '2026-11-29' } };
    assert.notEqual(at(delivered, '2026-12-01T10:00').next?.title.en, 'Deadline passed: write to the client today');
  });

  it('does not hide the steps against a silent client behind a passed deadline', () => {
    const silentClient = { ...working, contacts: [received('2026-11-10'), sent('2026-11-12T10:00:00+09:00')] };
    const s = at(silentClient, '2026-12-01T10:00');
    assert.equal(s.urgency, 'overdue');
    assert.equal(s.next?.step?.id, 'cw.escrow.remind');
  });
});

describe('deriveStatus: a reply the writer owes', () => {
  // The client asked a question on Friday evening.
  const asked = contract({
    platform: 'crowdworks',
    stage: 'escrowFunded',
    stageDates: { escrowFunded: '2026-11-10' },
    contacts: [
      sent('2026-11-25T10:00:00+09:00'),
      received('2026-11-27T19:00:00+09:00', 'platformMessage', '見出し案について質問です'),
    ],
  });

  it('is fine on the day the client wrote and over the weekend', () => {
    assert.equal(at(asked, '2026-11-27T21:00').urgency, 'ok');
    assert.equal(at(asked, '2026-11-29T21:00').urgency, 'ok');
  });

  it('nudges after a business day and asks to act after three', () => {
    const monday = at(asked, '2026-11-30T10:00');
    assert.equal(monday.urgency, 'watch');
    assert.equal(monday.next?.title.en, 'Reply to the client (they wrote on 11/27)');
    assert.equal(monday.next?.title.ja, 'クライアントに返信する（11/27に連絡あり）');
    assert.equal(at(asked, '2026-12-02T10:00').urgency, 'act');
  });

  it('owes nothing once the answer is logged', () => {
    const answered = {
      ...asked,
      contacts: [...(asked.contacts ?? []), sent('2026-12-01T09:00:00+09:00', 'platformMessage', '回答しました')],
    };
    assert.notEqual(at(answered, '2026-12-02T10:00').next?.title.en, 'Reply to the client (they wrote on 11/27)');
    assert.equal(at(answered, '2026-12-02T10:00').urgency, 'ok');
  });

  it('owes nothing for a message marked as needing no answer', () => {
    const thanks = {
      ...asked,
      contacts: [sent('2026-11-25T10:00:00+09:00'), { ...received('2026-11-27T19:00:00+09:00'), expectsReply: false }],
    };
    assert.equal(at(thanks, '2026-12-02T10:00').urgency, 'ok');
  });
});

describe('deriveStatus: closed and cancelled contracts', () => {
  for (const stage of ['closed', 'cancelled'] as const) {
    it(`asks nothing of a ${stage} contract, even with an old deadline and an unanswered message`, () => {
      const c = contract({ platform: 'crowdworks', stage, deadline: '2026-10-01', contacts: [sent('2026-10-01')] });
      const s = at(c, '2026-11-24T10:00');
      assert.equal(s.urgency, 'ok');
      assert.equal(s.next, undefined);
      assert.deepEqual(s.steps, []);
    });
  }
});

describe('deriveStatus: the writer’s own thresholds', () => {
  const c = contract({ platform: 'crowdworks', stage: 'escrowFunded', contacts: [sent('2026-11-27T18:00:00+09:00')] });

  it('moves the first reminder later when the writer waits longer', () => {
    assert.equal(dueOf(at(c, '2026-12-03T10:00')), '2026-12-02');
    const patient = at(c, '2026-12-03T10:00', { ...JAPAN, thresholds: { crowdworks: { act: 5 } } });
    assert.equal(dueOf(patient), '2026-12-04');
    assert.equal(patient.urgency, 'watch');
  });

  it('moves the point where a contract is worth watching', () => {
    assert.equal(at(c, '2026-12-01T10:00').urgency, 'watch');
    assert.equal(at(c, '2026-12-01T10:00', { ...JAPAN, thresholds: { crowdworks: { watch: 4, act: 5 } } }).urgency, 'ok');
  });

  it('applies only to the platform they are set for', () => {
    assert.equal(at(c, '2026-12-03T10:00', { ...JAPAN, thresholds: { lancers: { act: 5 } } }).urgency, 'overdue');
  });
});
