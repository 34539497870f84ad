import * as assert from 'node:assert/strict';
import { StatusCache } from '../../src/core/statusCache';
import { deriveStatus, type StatusOptions } from '../../src/core/status';
import { JST, contract, jst, received, sent } from './fixtures';

describe('StatusCache: a status is derived again exactly when it could differ', () => {
  const ghosted = contract({ platform: 'crowdworks', stage: 'escrowFunded', contacts: [received('2026-11-10'), sent('2026-11-16T10:00:00+09:00')] });

  it('gives what deriveStatus gives, and the same answer later the same day', () => {
    const cache = new StatusCache();
    const options: StatusOptions = { utcOffsetMinutes: JST };
    const morning = cache.derive(ghosted, jst('2026-11-24T08:00'), options);
    assert.deepEqual(morning, deriveStatus(ghosted, jst('2026-11-24T08:00'), options));
    assert.equal(cache.derive(ghosted, jst('2026-11-24T23:00'), { utcOffsetMinutes: JST }), morning);
  });

  it('counts the next day as a new day of silence', () => {
    const cache = new StatusCache();
    assert.equal(cache.derive(ghosted, jst('2026-11-24T10:00'), { utcOffsetMinutes: JST }).silentDays, 14);
    assert.equal(cache.derive(ghosted, jst('2026-11-25T00:30'), { utcOffsetMinutes: JST }).silentDays, 15);
  });

  it('follows a change of the silence thresholds in the settings', () => {
    const cache = new StatusCache();
    const now = jst('2026-11-24T10:00');
    const before = cache.derive(ghosted, now, { utcOffsetMinutes: JST });
    const stricter = cache.derive(ghosted, now, { utcOffsetMinutes: JST, thresholds: { crowdworks: { watch: 30, act: 60 } } });
    assert.notEqual(before.urgency, stricter.urgency);
    assert.deepEqual(stricter, deriveStatus(ghosted, now, { utcOffsetMinutes: JST, thresholds: { crowdworks: { watch: 30, act: 60 } } }));
  });

  it('derives a changed contract afresh: a new object is a new contract', () => {
    const cache = new StatusCache();
    const now = jst('2026-11-24T10:00');
    cache.derive(ghosted, now, { utcOffsetMinutes: JST });
    const answered = { ...ghosted, contacts: [...(ghosted.contacts ?? []), received('2026-11-23')] };
    assert.equal(cache.derive(answered, now, { utcOffsetMinutes: JST }).silentDays, undefined, 'the answer ends the silence');
    assert.equal(cache.derive(ghosted, now, { utcOffsetMinutes: JST }).silentDays, 14);
  });
});
