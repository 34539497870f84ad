import * as assert from 'node:assert/strict';
import { lastOfChannel, readContacts, remindersSince } from '../../src/core/contactLog';
import { JST, day, received, sent } from './fixtures';

describe('readContacts', () => {
  it('orders the log by time, whatever order it was written in', () => {
    const facts = readContacts(
      [sent('2026-11-20T09:00:00+09:00', 'email', 'b'), received('2026-11-19'), sent('2026-11-20', 'email', 'a')],
      JST,
    );
    assert.deepEqual(
      facts.entries.map((e) => e.contact.summary ?? e.contact.direction),
      ['received', 'a', 'b'],
    );
  });

  it('waits since our first unanswered message, not the latest reminder', () => {
    const facts = readContacts([received('2026-11-10'), sent('2026-11-16'), sent('2026-11-19')], JST);
    assert.equal(facts.awaitingReply, true);
    assert.equal(facts.waitingSince?.day, day('2026-11-16'));
    assert.equal(facts.lastSent?.day, day('2026-11-19'));
  });

  it('stops waiting once the client writes', () => {
    const facts = readContacts([sent('2026-11-16'), received('2026-11-17')], JST);
    assert.equal(facts.awaitingReply, false);
    assert.equal(facts.waitingSince, undefined);
  });

  it('does not treat an operator report as a message to or from the client', () => {
    const facts = readContacts([received('2026-11-10'), sent('2026-11-20', 'operatorReport')], JST);
    assert.equal(facts.awaitingReply, false, 'a report alone starts no silence');
    assert.equal(facts.lastSent, undefined);
  });

  it('does not wait for an answer to a message that needs none', () => {
    const facts = readContacts(
      [received('2026-11-10'), { ...sent('2026-11-11', 'platformMessage', 'ありがとうございます'), expectsReply: false }],
      JST,
    );
    assert.equal(facts.awaitingReply, false);
  });

  it('notes a client question the writer has not answered', () => {
    const facts = readContacts([sent('2026-11-10'), received('2026-11-12', 'platformMessage', '質問です')], JST);
    assert.equal(facts.replyOwedSince?.day, day('2026-11-12'));
    assert.equal(readContacts([sent('2026-11-10'), received('2026-11-12'), sent('2026-11-13')], JST).replyOwedSince, undefined);
  });
});

describe('remindersSince and lastOfChannel', () => {
  const facts = readContacts(
    [
      sent('2026-11-16T10:00:00+09:00'),
      sent('2026-11-16T15:00:00+09:00', 'email'),
      sent('2026-11-19', 'chat'),
      sent('2026-11-20', 'operatorReport'),
      sent('2026-11-24', 'withdrawal'),
    ],
    JST,
  );

  it('counts only messages to the client on later days as reminders', () => {
    assert.equal(
      remindersSince(facts, day('2026-11-16')),
      1,
      'a second message the same day is not a reminder; reports and withdrawals are not either',
    );
    assert.equal(remindersSince(facts, day('2026-11-15')), 3);
  });

  it('finds the latest entry of a channel from a given day', () => {
    assert.equal(lastOfChannel(facts, 'operatorReport')?.day, day('2026-11-20'));
    assert.equal(lastOfChannel(facts, 'operatorReport', day('2026-11-21')), undefined);
  });
});
