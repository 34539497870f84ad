import * as assert from 'node:assert/strict';
import { moneyAtStake, stakeLines, stakeOf, stakeSummary } from '../../src/core/payment';
import type { Contract } from '../../src/core/schema';
import { deriveStatus, type ContractStatus } from '../../src/core/status';
import { JST, NOW, contract } from './fixtures';

const statusOf = (fields: Partial<Contract> & Pick<Contract, 'platform' | 'stage'>): ContractStatus =>
  deriveStatus(contract(fields), NOW, { utcOffsetMinutes: JST });

// NOW is 24 Nov 2026: a payment date of 20 Nov has passed.
const escrowed = statusOf({ platform: 'crowdworks', stage: 'escrowFunded', amount: 25000, currency: 'JPY' });
const delivered = statusOf({ platform: 'lancers', stage: 'delivered', amount: 18000, currency: 'JPY' });
const upwork = statusOf({ platform: 'upwork', stage: 'delivered', amount: 300, currency: 'USD' });
const acceptedUnpaid = statusOf({ platform: 'direct', stage: 'accepted', amount: 30000, currency: 'JPY', invoice: { paymentDate: '2026-12-31' } });
const overdue = statusOf({
  platform: 'direct',
  stage: 'accepted',
  amount: 50000,
  currency: 'JPY',
  invoice: { paymentDate: '2026-11-20', payments: [{ at: '2026-11-21', amount: 10000 }] },
});
const noAmount = statusOf({ platform: 'coconala', stage: 'delivered' });

describe('money at stake', () => {
  it('puts each contract in one kind, the most pressing: an overdue payment before acceptance', () => {
    assert.equal(stakeOf(escrowed), 'escrowed');
    assert.equal(stakeOf(delivered), 'delivered');
    assert.equal(stakeOf(acceptedUnpaid), 'acceptedUnpaid');
    assert.equal(stakeOf(overdue), 'overdue');
  });

  it('counts nothing escrowed for a direct client at work: no platform holds the money', () => {
    assert.equal(stakeOf(statusOf({ platform: 'direct', stage: 'escrowFunded', amount: 40000 })), undefined);
  });

  it('drops a contract paid in full, and one not yet funded or already closed', () => {
    const paid = statusOf({ platform: 'direct', stage: 'accepted', amount: 30000, invoice: { payments: [{ at: '2026-11-20', amount: 30000 }] } });
    assert.equal(stakeOf(paid), undefined);
    assert.equal(stakeOf(statusOf({ platform: 'crowdworks', stage: 'contracted', amount: 9000 })), undefined);
    assert.equal(stakeOf(statusOf({ platform: 'crowdworks', stage: 'closed', amount: 9000 })), undefined);
  });

  it('sums per currency without converting, counting what is still owed after a part payment', () => {
    const stake = moneyAtStake([escrowed, delivered, upwork, acceptedUnpaid, overdue]);
    assert.deepEqual([...stake.delivered.byCurrency], [['JPY', 18000], ['USD', 300]]);
    assert.deepEqual([...stake.overdue.byCurrency], [['JPY', 40000]]);
    assert.equal(stake.escrowed.contracts, 1);
  });

  it('counts a contract without an amount, and never puts a number on it', () => {
    const stake = moneyAtStake([delivered, noAmount]);
    assert.equal(stake.delivered.contracts, 2);
    assert.equal(stake.delivered.withoutAmount, 1);
    assert.deepEqual([...stake.delivered.byCurrency], [['JPY', 18000]]);
    assert.deepEqual(stakeLines(stake, 'ja', 'ja'), ['納品済み・検収待ち：￥18,000、金額の記載なし 1件（2件）']);
    assert.deepEqual(stakeLines(stake, 'en', 'en'), ['Delivered, not yet accepted: ¥18,000, 1 without an amount (2)']);
  });

  it('writes the amounts for the display language, one line per kind, overdue first', () => {
    const stake = moneyAtStake([escrowed, upwork, overdue]);
    assert.deepEqual(stakeLines(stake, 'ja', 'ja'), [
      '期限超過の未入金：￥40,000（1件）',
      '納品済み・検収待ち：$300.00（1件）',
      '仮払い済み：￥25,000（1件）',
    ]);
    assert.deepEqual(stakeLines(stake, 'en', 'en-US'), [
      'Payment overdue: ¥40,000 (1)',
      'Delivered, not yet accepted: $300.00 (1)',
      'Escrowed: ¥25,000 (1)',
    ]);
  });

  it('sums a group in one short line, naming the overdue part', () => {
    const stake = moneyAtStake([escrowed, upwork, overdue]);
    assert.equal(stakeSummary(stake, 'ja', 'ja'), '￥65,000 + $300.00 未入金（うち期限超過 ￥40,000）');
    assert.equal(stakeSummary(moneyAtStake([escrowed]), 'en', 'en'), '¥25,000 at stake');
    assert.equal(stakeSummary(moneyAtStake([noAmount]), 'en', 'en'), '', 'no number is made up');
  });
});
