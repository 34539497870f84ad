import * as assert from 'node:assert/strict';
import { dayToIso } from '../../src/core/dates';
import type { Contact, Contract } from '../../src/core/schema';
import { nextStepDetail as detailOf } from '../../src/core/playbooks/texts';
import { deriveStatus, type ContractStatus } from '../../src/core/status';
import { JST, contract, jst, received, sent } from './fixtures';

/**
 * The seed article's three situations on CrowdWorks, walked through day by day. November 2026:
 * Monday the 23rd is 勤労感謝の日, so it is not a business day.
 */

function at(c: Contract, wall: string): ContractStatus {
  return deriveStatus(c, jst(wall), { utcOffsetMinutes: JST });
}

function nextOf(s: ContractStatus): { id: string | undefined; due: string | undefined; title: string | undefined } {
  return {
    id: s.next?.step?.id,
    due: s.next?.due === undefined ? undefined : dayToIso(s.next.due),
    title: s.next?.title.en,
  };
}

const cw = (fields: Partial<Contract> & Pick<Contract, 'stage'>): Contract =>
  contract({
    id: 'cw-2026-001',
    title: 'SEO記事 5本（不動産投資）',
    platform: 'crowdworks',
    client: { name: '株式会社みらい不動産' },
    ...fields,
  });

describe('CrowdWorks before escrow (仮払い前)', () => {
  // Asked on Friday evening for the escrow to be funded; no answer since.
  const waiting = cw({
    stage: 'contracted',
    stageDates: { contracted: '2026-11-27' },
    contacts: [sent('2026-11-27T18:00:00+09:00', 'platformMessage', '仮払いのお願い')],
  });

  it('stays calm over the weekend and Monday, saying when a reminder would be due', () => {
    for (const wall of ['2026-11-28T10:00', '2026-11-29T22:00', '2026-11-30T10:00']) {
      const s = at(waiting, wall);
      assert.equal(s.urgency, 'ok', wall);
      assert.equal(s.next?.title.en, 'Waiting for the client’s answer');
      assert.equal(s.next?.due === undefined ? '' : dayToIso(s.next.due), '2026-12-02', 'Friday + 3 business days');
    }
  });

  it('starts watching after 2 business days of silence', () => {
    assert.equal(at(waiting, '2026-12-01T10:00').urgency, 'watch');
  });

  it('after 3 business days of silence, suggests letting it go or withdrawing, and only watches', () => {
    const s = at(waiting, '2026-12-02T10:00');
    assert.equal(s.urgency, 'watch', 'before escrow nothing is lost: never "act now" for the client’s silence');
    assert.deepEqual(nextOf(s), { id: 'cw.before.withdraw', due: '2026-12-02', title: 'Let it go, or withdraw politely' });
    assert.equal(s.next?.step?.template, 'withdrawal');
    const remind = s.steps.find((x) => x.step.id === 'cw.before.remind');
    assert.equal(remind?.state, 'later');
    assert.equal(remind?.step.cap, 'ok', 'the reminder is optional');
  });

  it('never calls the client’s silence overdue before escrow, however long it lasts', () => {
    for (const wall of ['2026-12-03T10:00', '2026-12-20T10:00', '2027-02-01T10:00']) {
      assert.equal(at(waiting, wall).urgency, 'watch', wall);
    }
  });

  it('keeps the writer’s own duty urgent before escrow: a question the writer has not answered', () => {
    const asked = cw({
      stage: 'applied',
      contacts: [received('2026-11-24T10:00:00+09:00', 'platformMessage', '納期は可能ですか？')],
    });
    assert.equal(at(asked, '2026-11-30T10:00').urgency, 'act');
  });

  it('does not count a national holiday as a business day', () => {
    const beforeHoliday = cw({ stage: 'contracted', contacts: [sent('2026-11-20T18:00:00+09:00')] });
    const tuesday = at(beforeHoliday, '2026-11-24T10:00');
    assert.equal(tuesday.urgency, 'ok', 'only Tuesday counts: Monday the 23rd is a holiday');
    assert.equal(nextOf(tuesday).due, '2026-11-26');
  });

  it('after an optional reminder, still suggests letting it go or withdrawing (応募辞退)', () => {
    const reminded = cw({
      ...waiting,
      contacts: [...(waiting.contacts ?? []), sent('2026-12-02T10:00:00+09:00', 'platformMessage', '再送')],
    });
    const s = at(reminded, '2026-12-07T10:00');
    assert.equal(s.urgency, 'watch');
    assert.equal(s.steps.find((x) => x.step.id === 'cw.before.remind')?.state, 'done');
    assert.deepEqual(nextOf(s), { id: 'cw.before.withdraw', due: '2026-12-07', title: 'Let it go, or withdraw politely' });
    assert.equal(s.next?.step?.template, 'withdrawal');
    assert.equal(at(reminded, '2026-12-15T10:00').urgency, 'watch', 'letting go is never urgent');
  });

  it('counts the withdrawal as the end of the steps once it is logged', () => {
    const withdrawn = cw({
      ...waiting,
      contacts: [...(waiting.contacts ?? []), sent('2026-12-02T10:00:00+09:00'), sent('2026-12-07T10:00:00+09:00', 'withdrawal')],
    });
    const s = at(withdrawn, '2026-12-08T10:00');
    assert.deepEqual(
      s.steps.map((x) => x.state),
      ['done', 'done'],
    );
  });
});

describe('CrowdWorks after escrow (仮払い後), client silent', () => {
  const log: Contact[] = [
    received('2026-11-10T09:30:00+09:00', 'platformMessage', '仮払いしました'),
    sent('2026-11-16T10:00:00+09:00', 'platformMessage', '構成案を送付'),
  ];
  const working = (extra: Contact[] = []): Contract =>
    cw({
      stage: 'escrowFunded',
      deadline: '2026-12-25',
      stageDates: { escrowFunded: '2026-11-10' },
      contacts: [...log, ...extra],
    });

  it('asks for a first reminder after 3 business days', () => {
    const s = at(working(), '2026-11-19T10:00');
    assert.equal(s.urgency, 'act');
    assert.equal(nextOf(s).id, 'cw.escrow.remind');
    assert.equal(s.silentDays, 9, 'calendar days since the client last wrote');
  });

  it('then a second reminder with a date, 3 business days after the first', () => {
    const reminded = working([sent('2026-11-19T10:00:00+09:00')]);
    assert.equal(at(reminded, '2026-11-24T10:00').urgency, 'watch');
    const s = at(reminded, '2026-11-25T10:00');
    assert.equal(s.urgency, 'act');
    assert.deepEqual(nextOf(s), { id: 'cw.escrow.remind2', due: '2026-11-25', title: 'Send a second reminder with a date' });
  });

  it('then a report to the operator through 「契約相手と連絡がとれない場合はこちら」', () => {
    const s = at(working([sent('2026-11-19T10:00:00+09:00'), sent('2026-11-25T10:00:00+09:00')]), '2026-11-30T10:00');
    assert.equal(s.urgency, 'act');
    assert.equal(nextOf(s).id, 'cw.escrow.report');
    assert.equal(s.next?.step?.template, 'operatorReport');
    assert.match(detailOf(s.next)?.ja ?? '', /契約相手と連絡がとれない場合はこちら/);
  });

  const reported = [
    sent('2026-11-19T10:00:00+09:00'),
    sent('2026-11-25T10:00:00+09:00'),
    sent('2026-11-30T11:00:00+09:00', 'operatorReport'),
  ];

  it('then waits up to 2 business days for CrowdWorks to review the report, without alarm', () => {
    const s = at(working(reported), '2026-12-01T10:00');
    assert.equal(s.urgency, 'watch');
    assert.deepEqual(nextOf(s), { id: 'cw.escrow.review', due: '2026-12-02', title: 'CrowdWorks reviews the report' });
  });

  it('then suggests a mid-contract termination request, warning that the escrow goes back', () => {
    const s = at(working(reported), '2026-12-03T10:00');
    assert.deepEqual(nextOf(s), {
      id: 'cw.escrow.terminate',
      due: '2026-12-07',
      title: 'Send a mid-contract termination request',
    });
    assert.match(detailOf(s.next)?.en ?? '', /escrow goes back to the client/);
    assert.equal(at(working(reported), '2026-12-07T10:00').urgency, 'act');
  });

  it('then shows the 7-day automatic end as reported by users, not as a CrowdWorks rule', () => {
    const s = at(working([...reported, sent('2026-12-07T10:00:00+09:00', 'terminationRequest')]), '2026-12-08T10:00');
    assert.deepEqual(nextOf(s), {
      id: 'cw.escrow.autoEnd',
      due: '2026-12-14',
      title: 'Users report the contract ends a week after the request',
    });
    assert.equal(s.next?.step?.verification, 'reportedByUsers');
    assert.match(detailOf(s.next)?.en ?? '', /^Reported by users/);
    assert.match(detailOf(s.next)?.ja ?? '', /^ユーザーからの報告によると/);
    assert.equal(s.urgency, 'watch');
  });

  it('skips reminders the writer did not send once the operator report is logged', () => {
    const s = at(working([sent('2026-11-20T10:00:00+09:00', 'operatorReport')]), '2026-11-24T10:00');
    const states = Object.fromEntries(s.steps.map((x) => [x.step.id, x.state]));
    assert.deepEqual(states, {
      'cw.escrow.remind': 'done',
      'cw.escrow.remind2': 'done',
      'cw.escrow.report': 'done',
      'cw.escrow.review': 'next',
      'cw.escrow.terminate': 'later',
      'cw.escrow.autoEnd': 'later',
    });
  });
});

describe('CrowdWorks after delivery (納品後)', () => {
  const delivered = (extra: Contact[] = []): Contract =>
    cw({
      stage: 'delivered',
      stageDates: { escrowFunded: '2026-11-10', delivered: '2026-11-16' },
      contacts: [sent('2026-11-16T12:00:00+09:00', 'platformMessage', '納品しました'), ...extra],
    });

  it('is watched from the day of delivery', () => {
    assert.equal(at(delivered(), '2026-11-17T10:00').urgency, 'watch');
  });

  it('asks politely for acceptance after 3 business days', () => {
    const s = at(delivered(), '2026-11-19T10:00');
    assert.equal(s.urgency, 'act');
    assert.deepEqual(nextOf(s), { id: 'cw.delivered.remind', due: '2026-11-19', title: 'Ask politely for acceptance' });
    assert.equal(s.next?.step?.template, 'acceptanceRequest');
  });

  it('then waits for the 7-day acceptance guideline', () => {
    const s = at(delivered([sent('2026-11-19T10:00:00+09:00')]), '2026-11-22T10:00');
    assert.equal(s.urgency, 'watch');
    assert.deepEqual(nextOf(s), { id: 'cw.delivered.guideline', due: '2026-11-23', title: '7-day acceptance guideline' });
  });

  it('on the seventh day, asks the writer to have CrowdWorks chase the client, due that day', () => {
    const s = at(delivered([sent('2026-11-19T10:00:00+09:00')]), '2026-11-23T10:00');
    assert.equal(s.urgency, 'act');
    assert.deepEqual(nextOf(s), { id: 'cw.delivered.report', due: '2026-11-23', title: 'Ask CrowdWorks to chase the client' });
  });

  it('is overdue the day after, if the report is still not logged', () => {
    const s = at(delivered([sent('2026-11-19T10:00:00+09:00')]), '2026-11-24T10:00');
    assert.equal(s.urgency, 'overdue');
    assert.equal(nextOf(s).id, 'cw.delivered.report');
  });

  it('after the report, presents operator acceptance as a possibility, not a promise', () => {
    const s = at(
      delivered([sent('2026-11-19T10:00:00+09:00'), sent('2026-11-24T10:00:00+09:00', 'operatorReport')]),
      '2026-11-25T10:00',
    );
    assert.equal(nextOf(s).id, 'cw.delivered.operatorAcceptance');
    assert.equal(s.next?.due, undefined, 'no day count is given by CrowdWorks');
    assert.match(detailOf(s.next)?.en ?? '', /not a promise/);
    assert.equal(s.urgency, 'watch');
  });
});
