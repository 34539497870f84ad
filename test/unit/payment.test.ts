import * as assert from 'node:assert/strict';
import { dayToIso } from '../../src/core/dates';
import { paymentStatus } from '../../src/core/payment';
import type { Contract } from '../../src/core/schema';
import { deriveStatus } from '../../src/core/status';
import { JST, contract, day, jst } from './fixtures';

/** A direct client, delivered 10 Nov 2026, invoiced the same day, to be paid by the date given. */
function unpaid(paymentDate: string | undefined, fields: Partial<Contract> = {}): Contract {
  return contract({
    platform: 'direct',
    stage: 'accepted',
    amount: 50000,
    currency: 'JPY',
    stageDates: { delivered: '2026-11-10', accepted: '2026-11-12' },
    invoice: { date: '2026-11-12', ...(paymentDate === undefined ? {} : { paymentDate }) },
    ...fields,
  });
}

const iso = (d: number | undefined): string | undefined => (d === undefined ? undefined : dayToIso(d));

describe('paymentStatus: what is owed', () => {
  it('owes the whole amount until a payment is logged, and the rest after a part payment', () => {
    const none = paymentStatus(unpaid('2026-11-30'), day('2026-11-24'), JST);
    assert.equal(none.due, 50000);
    assert.equal(none.paid, 0);
    const part = paymentStatus(
      unpaid('2026-11-30', { invoice: { paymentDate: '2026-11-30', payments: [{ at: '2026-11-28', amount: 20000 }] } }),
      day('2026-12-03'),
      JST,
    );
    assert.equal(part.paid, 20000);
    assert.equal(part.due, 30000);
    assert.equal(part.overdue, true, 'a part payment does not end the delay');
    assert.equal(iso(part.lastPaymentDay), '2026-11-28');
  });

  it('asks for the invoiced amount when it differs from the contract (tax added)', () => {
    const s = paymentStatus(unpaid('2026-11-30', { invoice: { paymentDate: '2026-11-30', amount: 55000 } }), day('2026-11-24'), JST);
    assert.equal(s.invoiced, 55000);
    assert.equal(s.due, 55000);
  });

  it('is settled, and never overdue, once the payments reach the amount', () => {
    const c = unpaid('2026-11-30', {
      invoice: { paymentDate: '2026-11-30', payments: [{ at: '2026-12-01', amount: 30000 }, { at: '2026-12-02', amount: 20000 }] },
    });
    const s = paymentStatus(c, day('2026-12-20'), JST);
    assert.equal(s.settled, true);
    assert.equal(s.due, 0);
    assert.equal(s.overdue, false);
  });

  it('never guesses an amount that is not written: nothing owed is stated', () => {
    const s = paymentStatus(unpaid('2026-11-30', { amount: undefined }), day('2026-12-05'), JST);
    assert.equal(s.due, undefined);
    assert.equal(s.invoiced, undefined);
    assert.equal(s.overdue, true, 'the date still passed');
  });
});

describe('paymentStatus: overdue, and by how many days', () => {
  it('is not overdue on the payment date itself, and 1 day overdue the day after', () => {
    assert.equal(paymentStatus(unpaid('2026-11-30'), day('2026-11-30'), JST).overdue, false);
    const next = paymentStatus(unpaid('2026-11-30'), day('2026-12-01'), JST);
    assert.equal(next.overdue, true);
    assert.equal(next.overdueDays, 1);
    assert.equal(paymentStatus(unpaid('2026-11-30'), day('2027-01-09'), JST).overdueDays, 40);
  });

  it('has no payment date, and so no delay, when none was agreed and the law gives none', () => {
    for (const kind of [undefined, 'soleTrader', 'unknown'] as const) {
      const c = unpaid(undefined, kind === undefined ? {} : { client: { name: '山田 太郎', kind } });
      const s = paymentStatus(c, day('2027-03-01'), JST);
      assert.equal(s.paymentDay, undefined, String(kind));
      assert.equal(s.overdue, false, String(kind));
    }
  });

  it('takes Art. 4’s 60 days after delivery as the date for a client with staff who agreed none', () => {
    const c = unpaid(undefined, { client: { name: '株式会社サンプル', kind: 'withStaff' } });
    const s = paymentStatus(c, day('2027-01-10'), JST);
    assert.equal(iso(s.paymentDay), '2027-01-09', '10 Nov + 60 days');
    assert.equal(s.paymentDaySource, 'law');
    assert.equal(s.overdueDays, 1);
  });

  it('prefers the agreed date to the legal one', () => {
    const c = unpaid('2026-12-31', { client: { name: '株式会社サンプル', kind: 'withStaff' } });
    assert.equal(paymentStatus(c, day('2026-12-01'), JST).paymentDaySource, 'agreed');
  });

  it('is not overdue once the contract is closed or cancelled', () => {
    assert.equal(paymentStatus(unpaid('2026-11-30', { stage: 'closed' }), day('2026-12-10'), JST).overdue, false);
    assert.equal(paymentStatus(unpaid('2026-11-30', { stage: 'cancelled' }), day('2026-12-10'), JST).overdue, false);
  });
});

describe('paymentStatus: the polite check falls on the next business day', () => {
  it('is the next day on a weekday', () => {
    assert.equal(iso(paymentStatus(unpaid('2026-11-30'), day('2026-11-24'), JST).politeCheckDay), '2026-12-01');
  });

  it('skips the weekend: a Friday date is checked on Monday', () => {
    assert.equal(iso(paymentStatus(unpaid('2026-11-27'), day('2026-11-24'), JST).politeCheckDay), '2026-11-30');
  });

  it('skips Japanese holidays: the 2026 silver week (9/21–9/23) after Friday 9/18', () => {
    assert.equal(iso(paymentStatus(unpaid('2026-09-18'), day('2026-09-01'), JST).politeCheckDay), '2026-09-24');
  });

  it('skips New Year’s Day and the weekend after 12/31', () => {
    assert.equal(iso(paymentStatus(unpaid('2026-12-31'), day('2026-12-01'), JST).politeCheckDay), '2027-01-04');
  });

  it('skips a substitute holiday (振替休日): 2026-05-06 after Golden Week', () => {
    assert.equal(iso(paymentStatus(unpaid('2026-05-01'), day('2026-04-20'), JST).politeCheckDay), '2026-05-07');
  });
});

describe('paymentStatus: the writer’s time zone', () => {
  const c = unpaid('2026-11-30');
  // 15:30 UTC on 30 Nov: already 1 Dec in Tokyo, still 30 Nov in New York.
  const moment = Date.parse('2026-11-30T15:30:00Z');

  it('is overdue in Tokyo, where the payment date is already yesterday', () => {
    const s = deriveStatus(c, moment, { utcOffsetMinutes: JST }).payment;
    assert.equal(s.overdue, true);
    assert.equal(s.overdueDays, 1);
  });

  it('is not yet overdue in New York at the same moment', () => {
    assert.equal(deriveStatus(c, moment, { utcOffsetMinutes: -300 }).payment.overdue, false);
  });

  it('reads a payment logged with a time as the writer’s calendar day', () => {
    // 08:00 on 1 Dec in Tokyo is 23:00 on 30 Nov in London.
    const paid = unpaid('2026-11-30', {
      invoice: { paymentDate: '2026-11-30', payments: [{ at: '2026-12-01T08:00:00+09:00', amount: 50000 }] },
    });
    const now = jst('2026-12-02T09:00');
    assert.equal(iso(deriveStatus(paid, now, { utcOffsetMinutes: JST }).payment.lastPaymentDay), '2026-12-01');
    assert.equal(iso(deriveStatus(paid, now, { utcOffsetMinutes: 0 }).payment.lastPaymentDay), '2026-11-30');
  });
});
