import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { LoggedContact } from '../../src/core';
import { recentContacts } from '../../src/tree/recentContacts';
import { runs } from './propertyConfig';

/**
 * The Contracts view's contact rows: the newest five, each with an id that stays the same when a newer
 * message is logged, so a selected row stays selected. Entries logged at the same time are told
 * apart by how many of them came before.
 */

/** The id every entry of the log gets, counted over the whole log: what the ids mean. */
function everyId(entries: readonly LoggedContact[], key: string): string[] {
  const seen = new Map<number, number>();
  return entries.map((logged) => {
    const n = seen.get(logged.instant) ?? 0;
    seen.set(logged.instant, n + 1);
    return `${key}/contact/${logged.instant}/${n}`;
  });
}

const logOf = (instants: readonly number[]): LoggedContact[] =>
  [...instants]
    .sort((a, b) => a - b)
    .map((instant) => ({
      instant,
      day: Math.floor(instant / 86_400_000),
      contact: { at: new Date(instant).toISOString(), direction: 'sent', channel: 'email' },
    }));

describe('the contact rows of a contract (property)', () => {
  it('shows the newest five, newest first, with the id each has in the whole log', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 6 }).map((m) => m * 60_000),
          { maxLength: 30 },
        ),
        (instants) => {
          const log = logOf(instants);
          const ids = everyId(log, 'contract/k');
          const shown = recentContacts(log, 'contract/k', 5);
          assert.equal(shown.length, Math.min(5, log.length));
          shown.forEach((row, i) => {
            const at = log.length - 1 - i;
            assert.equal(row.logged, log[at], 'newest first');
            assert.equal(row.id, ids[at]);
          });
          assert.equal(new Set(shown.map((r) => r.id)).size, shown.length, 'no two rows share an id');
        },
      ),
      runs(300),
    );
  });

  it('keeps the ids of the older rows when a message is logged at the same time as the last', () => {
    const before = recentContacts(logOf([0, 60_000, 60_000]), 'k', 5);
    const after = recentContacts(logOf([0, 60_000, 60_000, 60_000]), 'k', 5);
    assert.deepEqual(
      after.slice(1).map((r) => r.id),
      before.map((r) => r.id),
    );
    assert.equal(after[0]?.id, 'k/contact/60000/2');
  });
});
