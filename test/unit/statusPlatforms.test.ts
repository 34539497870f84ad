import * as assert from 'node:assert/strict';
import { dayToIso } from '../../src/core/dates';
import { PLAYBOOKS, situationOf } from '../../src/core/playbooks';
import { nextStepDetail as detailOf, stepText } from '../../src/core/playbooks/texts';
import { PLATFORMS, STAGES, type Contact, type Contract, type Platform } from '../../src/core/schema';
import { deriveStatus, type ContractStatus } from '../../src/core/status';
import { JST, NOW, contract, jst, received, sent } from './fixtures';

function at(c: Contract, wall: string): ContractStatus {
  return deriveStatus(c, jst(wall), { utcOffsetMinutes: JST });
}

const nextId = (s: ContractStatus): string | undefined => s.next?.step?.id;
const nextDue = (s: ContractStatus): string | undefined => (s.next?.due === undefined ? undefined : dayToIso(s.next.due));

const on = (platform: Platform, fields: Partial<Contract> & Pick<Contract, 'stage'>): Contract =>
  contract({ platform, ...fields });

describe('every platform and stage', () => {
  // Two weeks ago the writer entered the stage and sent a message that is still unanswered.
  for (const platform of PLATFORMS) {
    for (const stage of STAGES) {
      it(`${platform} / ${stage}: follows the ${platform} playbook for the stage`, () => {
        const c = on(platform, {
          stage,
          stageDates: { [stage]: '2026-11-10' },
          contacts: [sent('2026-11-10T12:00:00+09:00')],
        });
        const s = deriveStatus(c, NOW, { utcOffsetMinutes: JST });
        const situation = situationOf(stage);
        assert.equal(s.situation, situation);
        // The file does not say who the client is, so the steps for a client of unknown kind.
        const expected = (situation === undefined ? [] : (PLAYBOOKS[platform].situations[situation] ?? [])).filter(
          (step) => step.clientKinds === undefined || step.clientKinds.includes('unknown'),
        );
        assert.deepEqual(
          s.steps.map((x) => x.step.id),
          expected.map((step) => step.id),
        );
        if (situation === undefined) {
          assert.equal(s.urgency, 'ok', 'closed and cancelled contracts ask for nothing');
          assert.equal(s.next, undefined);
          assert.equal(s.silentDays, undefined);
        } else if (situation === 'beforeEscrow') {
          // The seed: before escrow nothing is lost, so silence is at most worth watching.
          assert.equal(s.urgency, 'watch', 'two weeks of silence before escrow');
          assert.equal(nextId(s), `${expected[0]?.id.split('.')[0]}.before.withdraw`, 'letting it go comes first');
          assert.equal(s.next?.step?.template, 'withdrawal');
          assert.equal(s.steps.find((x) => x.step.id.endsWith('.before.remind'))?.step.cap, 'ok', 'the reminder is optional');
        } else if (situation === 'afterEscrow' && expected.length > 0) {
          assert.equal(s.urgency, 'overdue', 'two weeks of silence with nothing done');
          assert.equal(nextId(s), expected[0]?.id, 'starting from the first step');
        }
        if (s.next) {
          assert.ok(
            s.next.title.en.length > 0 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(s.next.title.ja),
            'titled in both languages',
          );
        }
      });
    }
  }
});

describe('Lancers: 7 days, then 7 more', () => {
  const log: Contact[] = [received('2026-11-10', 'platformMessage', '仮払いしました'), sent('2026-11-12T10:00:00+09:00')];
  const working = (extra: Contact[] = []): Contract => on('lancers', { stage: 'escrowFunded', contacts: [...log, ...extra] });

  it('first asks for 3 messages over about 3 days', () => {
    const s = at(working(), '2026-11-15T10:00');
    assert.equal(s.urgency, 'act');
    assert.equal(nextId(s), 'lancers.escrow.threeMessages');
    assert.equal(nextDue(s), '2026-11-15');
  });

  it('allows the contact-reminder request (連絡催促申請) 7 days after the silence began', () => {
    const s = at(working([sent('2026-11-13T10:00:00+09:00'), sent('2026-11-14T10:00:00+09:00')]), '2026-11-19T10:00');
    assert.equal(s.urgency, 'act');
    assert.equal(nextId(s), 'lancers.escrow.contactRequest');
    assert.equal(nextDue(s), '2026-11-19');
  });

  it('then gives the client 7 days to answer the request', () => {
    const c = working([
      sent('2026-11-13T10:00:00+09:00'),
      sent('2026-11-14T10:00:00+09:00'),
      sent('2026-11-19T10:00:00+09:00', 'operatorReport'),
    ]);
    const s = at(c, '2026-11-20T10:00');
    assert.equal(s.urgency, 'watch');
    assert.equal(nextId(s), 'lancers.escrow.answerWindow');
    assert.equal(nextDue(s), '2026-11-26');
    assert.match(detailOf(s.next)?.en ?? '', /escrow is cancelled/);
  });

  it('after delivery, promises payment for work already reported complete', () => {
    const c = on('lancers', {
      stage: 'delivered',
      stageDates: { delivered: '2026-11-12' },
      contacts: [sent('2026-11-12T10:00:00+09:00')],
    });
    const steps = at(c, '2026-11-15T10:00').steps;
    assert.match(
      stepText(steps.find((x) => x.step.id === 'lancers.delivered.answerWindow')?.step.id ?? '').detail.en,
      /reported complete \(完了報告\) is paid/,
    );
  });
});

describe('Coconala: 72 hours after a formal delivery', () => {
  const c = on('coconala', { stage: 'delivered', stageDates: { delivered: '2026-11-21T15:00:00+09:00' } });

  it('waits 3 days for the automatic approval', () => {
    const s = at(c, '2026-11-23T10:00');
    assert.equal(s.urgency, 'watch');
    assert.equal(nextId(s), 'coconala.delivered.autoApproval');
    assert.equal(nextDue(s), '2026-11-24');
    assert.equal(s.next?.step?.verification, 'official');
  });

  it('then asks the writer to set the stage to Accepted', () => {
    const s = at(c, '2026-11-25T10:00');
    assert.equal(s.urgency, 'act');
    assert.equal(nextId(s), 'coconala.delivered.markAccepted');
  });
});

describe('Upwork: 14-day review', () => {
  const c = on('upwork', { stage: 'delivered', title: 'Landing page copy', stageDates: { delivered: '2026-11-10' } });

  it('waits 14 days for the client’s review', () => {
    for (const wall of ['2026-11-11T10:00', '2026-11-23T10:00']) {
      const s = at(c, wall);
      assert.equal(s.urgency, 'watch', wall);
      assert.equal(nextId(s), 'upwork.delivered.review');
      assert.equal(nextDue(s), '2026-11-24');
    }
  });

  it('counts the work as approved once the 14 days are over, and never calls that overdue', () => {
    for (const wall of ['2026-11-24T10:00', '2026-12-10T10:00']) {
      const s = at(c, wall);
      assert.equal(nextId(s), 'upwork.delivered.markAccepted', wall);
      assert.equal(s.urgency, 'act', wall);
    }
  });

  it('before delivery, tells the writer to submit work rather than end the contract', () => {
    const steps = PLAYBOOKS.upwork.situations.afterEscrow ?? [];
    assert.match(stepText(steps.find((x) => x.id === 'upwork.escrow.submit')?.id ?? '').detail.en, /forfeits the escrow/);
  });
});

describe('Fiverr: 3 days, as reported by users', () => {
  const c = on('fiverr', { stage: 'delivered', title: 'Product descriptions', stageDates: { delivered: '2026-11-21' } });

  it('waits 3 days for the order to complete, labelled as reported by users', () => {
    const s = at(c, '2026-11-22T10:00');
    assert.equal(nextId(s), 'fiverr.delivered.autoComplete');
    assert.equal(nextDue(s), '2026-11-24');
    assert.equal(s.next?.step?.verification, 'reportedByUsers');
    assert.match(detailOf(s.next)?.en ?? '', /^Reported by users/);
  });

  it('then asks for the stage to be updated', () => {
    assert.equal(nextId(at(c, '2026-11-25T10:00')), 'fiverr.delivered.markAccepted');
  });

  it('reminds a silent buyer after 3 calendar days while working', () => {
    const working = on('fiverr', { stage: 'escrowFunded', contacts: [received('2026-11-18'), sent('2026-11-20')] });
    assert.equal(at(working, '2026-11-22T10:00').urgency, 'watch');
    assert.equal(at(working, '2026-11-23T10:00').urgency, 'act', 'weekends and holidays count on Fiverr');
  });
});

describe('Direct clients with staff: payment within 60 days (フリーランス・事業者間取引適正化等法 第4条)', () => {
  const c = on('direct', {
    stage: 'delivered',
    title: '社内報の記事',
    client: { name: '山本商事', kind: 'withStaff' },
    stageDates: { delivered: '2026-10-01' },
    contacts: [
      sent('2026-10-01T15:00:00+09:00', 'email', '納品しました'),
      sent('2026-10-08T10:00:00+09:00', 'email', '検収のお願い'),
    ],
  });

  it('shows the payment deadline 60 days after delivery', () => {
    const s = at(c, '2026-11-24T10:00');
    assert.equal(s.urgency, 'watch');
    assert.equal(nextId(s), 'direct.paymentDue');
    assert.equal(nextDue(s), '2026-11-30');
  });

  it('asks the writer to act on the 60th day and calls it overdue after', () => {
    assert.equal(at(c, '2026-11-30T10:00').urgency, 'act');
    assert.equal(at(c, '2026-12-01T10:00').urgency, 'overdue');
  });

  it('keeps the payment deadline after the work is accepted', () => {
    const accepted = on('direct', {
      stage: 'accepted',
      client: { name: '山本商事', kind: 'withStaff' },
      stageDates: { delivered: '2026-10-01', accepted: '2026-10-10' },
    });
    assert.equal(nextDue(at(accepted, '2026-11-24T10:00')), '2026-11-30');
    assert.equal(at(accepted, '2026-12-01T10:00').urgency, 'overdue');
  });
});

describe('Direct clients the law binds less, or whose kind is not known', () => {
  const delivered = (kind?: 'soleTrader' | 'unknown') =>
    on('direct', {
      stage: 'delivered',
      client: kind === undefined ? { name: '佐藤' } : { name: '佐藤', kind },
      stageDates: { delivered: '2026-10-01' },
      contacts: [sent('2026-10-01T15:00:00+09:00', 'email'), sent('2026-10-08T10:00:00+09:00', 'email')],
    });

  it('does not give a client with no employees a 60-day deadline, only the payment date agreed in writing', () => {
    const s = at(delivered('soleTrader'), '2026-12-01T10:00');
    assert.equal(nextId(s), 'direct.paymentAgreed');
    assert.equal(nextDue(s), undefined);
    assert.notEqual(s.urgency, 'overdue');
    assert.match(detailOf(s.next)?.ja ?? '', /第3条/);
  });

  it('says the 60 days hold only if the client has staff when the file does not say, and never calls it overdue', () => {
    for (const kind of [undefined, 'unknown'] as const) {
      const s = at(delivered(kind), '2026-12-01T10:00');
      assert.equal(nextId(s), 'direct.paymentDue.ifStaff');
      assert.equal(nextDue(s), '2026-11-30');
      assert.equal(s.urgency, 'act');
      assert.match(detailOf(s.next)?.ja ?? '', /従業員を使用する発注者（役員2人以上の法人を含む）だけです/);
    }
  });

  it('tells a writer working for a client with staff about the 30 days’ notice of Art. 16', () => {
    const working = (kind: 'withStaff' | 'soleTrader') =>
      at(on('direct', { stage: 'escrowFunded', client: { name: '山本商事', kind } }), '2026-11-24T10:00').steps.map(
        (x) => x.step.id,
      );
    assert.ok(working('withStaff').includes('direct.noticeBeforeEnd'));
    assert.ok(!working('soleTrader').some((id) => id.startsWith('direct.noticeBeforeEnd')));
  });
});

describe('when every step is behind the writer', () => {
  it('asks to record how a CrowdWorks contract ended once the termination week is over', () => {
    const c = on('crowdworks', {
      stage: 'escrowFunded',
      stageDates: { escrowFunded: '2026-10-01' },
      contacts: [
        received('2026-10-01T10:00'),
        sent('2026-10-05T10:00'),
        sent('2026-10-08T10:00'),
        sent('2026-10-13T10:00'),
        sent('2026-10-16T10:00', 'operatorReport'),
        sent('2026-10-23T10:00', 'terminationRequest'),
      ],
    });
    const s = at(c, '2026-11-24T10:00');
    assert.equal(s.urgency, 'act');
    assert.match(s.next?.title.en ?? '', /set the stage to Closed or Cancelled/);
  });
});

describe('direct clients before any work', () => {
  it('speaks of written terms, not of a platform escrow', () => {
    const s = at(on('direct', { stage: 'contracted' }), '2026-11-24T10:00');
    assert.match(s.next?.title.en ?? '', /terms in writing/);
    assert.doesNotMatch(JSON.stringify(s.next), /escrow/i);
  });
});
