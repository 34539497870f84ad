import * as assert from 'node:assert/strict';
import {
  addBusinessDays,
  addMonths,
  msUntilNextDay,
  businessDaysBetween,
  dayToIso,
  dayToShortLabel,
  instantToDay,
  instantToIso,
  isBusinessDay,
  isWeekend,
  parseIso,
  toDay,
  toInstant,
  weekday,
} from '../../src/core/dates';
import { JST, NOW, day } from './fixtures';

// A week with no national holiday: Fri 27 November to Tue 1 December 2026.
const FRI = day('2026-11-27');
const SAT = day('2026-11-28');
const SUN = day('2026-11-29');
const MON = day('2026-11-30');
const TUE = day('2026-12-01');

describe('parseIso', () => {
  it('reads plain dates and times with or without a zone', () => {
    assert.deepEqual(parseIso('2026-12-03'), { writtenDay: day('2026-12-03'), local: true });
    assert.equal(parseIso('2026-12-03T10:00:00+09:00')?.instant, Date.parse('2026-12-03T01:00:00Z'));
    assert.equal(parseIso('2026-12-03T10:00Z')?.instant, Date.parse('2026-12-03T10:00:00Z'));
    assert.equal(parseIso('2026-12-03T10:00:00.250-05:00')?.instant, Date.parse('2026-12-03T15:00:00Z'));
    assert.equal(parseIso('2026-12-03T10:00')?.local, true);
  });

  it('accepts 29 February only in leap years', () => {
    assert.notEqual(parseIso('2028-02-29'), undefined);
    assert.equal(parseIso('2026-02-29'), undefined);
  });

  it('rejects days, months and times that do not exist', () => {
    for (const bad of [
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-11-24T24:00',
      '2026-11-24T10:60',
      '2026-11-24T10:00:61Z',
    ]) {
      assert.equal(parseIso(bad), undefined, bad);
    }
  });

  it('rejects dates written in other ways', () => {
    for (const bad of ['2026/11/24', '2026-1-5', '11/24', '2026-11-24 10:00', '2026-11-24T10:00+0900', '']) {
      assert.equal(parseIso(bad), undefined, bad);
    }
  });
});

describe('toDay and toInstant', () => {
  it('keeps a plain date on the day written, whatever the zone', () => {
    assert.equal(toDay('2026-11-24', JST), day('2026-11-24'));
    assert.equal(toDay('2026-11-24', -480), day('2026-11-24'));
  });

  it('moves a time written in another zone to the writer’s calendar day', () => {
    // 16:00 UTC on the 23rd is 01:00 on the 24th in Tokyo.
    assert.equal(toDay('2026-11-23T16:00:00Z', JST), day('2026-11-24'));
    assert.equal(toDay('2026-11-23T16:00:00Z', 0), day('2026-11-23'));
    assert.equal(toDay('2026-11-24T08:00:00+09:00', -300), day('2026-11-23'), '08:00 in Tokyo is the evening before in New York');
  });

  it('reads a time without a zone as the writer’s own wall clock', () => {
    assert.equal(toDay('2026-11-24T23:30', JST), day('2026-11-24'));
    assert.equal(toInstant('2026-11-24T10:00', JST), NOW);
  });

  it('sorts a plain date before a time on the same day', () => {
    const plain = toInstant('2026-11-20', JST)!;
    const morning = toInstant('2026-11-20T09:00:00+09:00', JST)!;
    assert.ok(plain < morning);
    assert.equal(instantToDay(plain, JST), day('2026-11-20'));
  });

  it('returns nothing for text that is not a date', () => {
    assert.equal(toDay('来週', JST), undefined);
    assert.equal(toInstant('2026-02-30', JST), undefined);
  });

  it('turns the clock into the writer’s day', () => {
    assert.equal(instantToDay(NOW, JST), day('2026-11-24'));
    assert.equal(instantToDay(Date.parse('2026-11-24T00:30:00+09:00'), JST), day('2026-11-24'));
    assert.equal(instantToDay(Date.parse('2026-11-23T23:59:00+09:00'), JST), day('2026-11-23'));
  });
});

describe('weekdays and business days', () => {
  it('knows which days are weekends', () => {
    assert.deepEqual([FRI, SAT, SUN, MON].map(weekday), [5, 6, 0, 1]);
    assert.deepEqual([FRI, SAT, SUN, MON].map(isWeekend), [false, true, true, false]);
  });

  it('counts Friday to Monday as one business day', () => {
    assert.equal(businessDaysBetween(FRI, MON), 1);
    assert.equal(businessDaysBetween(FRI, TUE), 2);
  });

  it('counts nothing for a weekend and for the same day', () => {
    assert.equal(businessDaysBetween(FRI, SUN), 0);
    assert.equal(businessDaysBetween(SAT, SUN), 0);
    assert.equal(businessDaysBetween(TUE, TUE), 0);
  });

  it('counts a message sent on Saturday from Monday', () => {
    assert.equal(businessDaysBetween(SAT, MON), 1);
  });

  it('counts backwards as negative', () => {
    assert.equal(businessDaysBetween(TUE, FRI), -2);
  });

  it('skips Japanese national holidays, as 営業日 do', () => {
    // Monday 23 November 2026 is 勤労感謝の日: Friday the 20th to Tuesday the 24th is one business day.
    assert.equal(isBusinessDay(day('2026-11-23')), false);
    assert.equal(businessDaysBetween(day('2026-11-20'), day('2026-11-24')), 1);
    assert.equal(addBusinessDays(day('2026-11-20'), 1), day('2026-11-24'));
  });

  it('knows the weekday holidays of 2026, with 振替休日 and 国民の休日', () => {
    const holidays: string[] = [];
    for (let d = day('2026-01-01'); d <= day('2026-12-31'); d++) {
      if (!isWeekend(d) && !isBusinessDay(d)) {
        holidays.push(dayToIso(d));
      }
    }
    assert.deepEqual(holidays, [
      '2026-01-01',
      '2026-01-12',
      '2026-02-11',
      '2026-02-23',
      '2026-03-20',
      '2026-04-29',
      '2026-05-04',
      '2026-05-05',
      '2026-05-06', // 憲法記念日 on Sunday moves to Wednesday the 6th
      '2026-07-20',
      '2026-08-11',
      '2026-09-21',
      '2026-09-22', // 国民の休日 between 敬老の日 and 秋分の日
      '2026-09-23',
      '2026-10-12',
      '2026-11-03',
      '2026-11-23',
    ]);
  });

  it('moves a Sunday holiday to Monday (勤労感謝の日 2025)', () => {
    assert.equal(isBusinessDay(day('2025-11-24')), false);
    assert.equal(isBusinessDay(day('2025-11-25')), true);
  });

  it('agrees with counting day by day over many spans', () => {
    const start = day('2026-04-20'); // across Golden Week
    for (let from = start; from < start + 14; from++) {
      let expected = 0;
      for (let to = from + 1; to < from + 40; to++) {
        expected += isBusinessDay(to) ? 1 : 0;
        assert.equal(businessDaysBetween(from, to), expected, `${dayToIso(from)} → ${dayToIso(to)}`);
      }
    }
  });

  it('adds business days over a weekend', () => {
    assert.equal(addBusinessDays(FRI, 1), MON);
    assert.equal(addBusinessDays(FRI, 3), day('2026-12-02'));
    assert.equal(addBusinessDays(SAT, 1), MON);
    assert.equal(addBusinessDays(TUE, 5), day('2026-12-08'));
    assert.equal(addBusinessDays(TUE, 0), TUE);
  });

  it('adds business days over Golden Week', () => {
    assert.equal(addBusinessDays(day('2026-05-01'), 1), day('2026-05-07'));
  });
});

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    assert.equal(addMonths(day('2026-11-24'), 1), day('2026-12-24'));
    assert.equal(addMonths(day('2026-12-15'), 1), day('2027-01-15'));
  });

  it('stops at the end of a shorter month', () => {
    assert.equal(addMonths(day('2026-01-31'), 1), day('2026-02-28'));
    assert.equal(addMonths(day('2028-01-31'), 1), day('2028-02-29'));
    assert.equal(addMonths(day('2026-03-31'), 1), day('2026-04-30'));
    assert.equal(addMonths(day('2026-03-31'), -1), day('2026-02-28'));
  });
});

describe('writing dates back', () => {
  it('writes a day as an ISO date and as a short month/day label', () => {
    assert.equal(dayToIso(TUE), '2026-12-01');
    assert.equal(dayToShortLabel(day('2026-12-03')), '12/3');
  });

  it('writes a moment with the writer’s own offset', () => {
    assert.equal(instantToIso(NOW, JST), '2026-11-24T10:00:00+09:00');
    assert.equal(instantToIso(NOW, -330), '2026-11-23T19:30:00-05:30');
    assert.equal(instantToIso(NOW, 0), '2026-11-24T01:00:00+00:00');
  });
});

describe('msUntilNextDay', () => {
  it('counts to the writer’s midnight, not UTC’s', () => {
    // 23:30 in Tokyo is 14:30 UTC: half an hour to go in Tokyo, nine and a half hours in London.
    const now = Date.parse('2026-11-24T23:30:00+09:00');
    assert.equal(msUntilNextDay(now, 540), 30 * 60_000);
    assert.equal(msUntilNextDay(now, 0), 9.5 * 3_600_000);
  });

  it('waits a whole day from exactly midnight', () => {
    assert.equal(msUntilNextDay(Date.parse('2026-11-25T00:00:00+09:00'), 540), 86_400_000);
  });
});

describe('business days over long spans', () => {
  it('counts spans of years exactly as day by day does', () => {
    const naive = (from: number, to: number): number => {
      let n = 0;
      for (let d = from + 1; d <= to; d++) {
        n += isBusinessDay(d) ? 1 : 0;
      }
      return n;
    };
    for (const [from, to] of [
      ['2000-01-01', '2050-12-31'],
      ['2003-05-04', '2009-09-22'],
      ['2019-04-27', '2021-08-10'],
      ['1995-12-30', '2001-01-02'],
    ] as const) {
      assert.equal(businessDaysBetween(day(from), day(to)), naive(day(from), day(to)), `${from} → ${to}`);
      assert.equal(businessDaysBetween(day(to), day(from)), -naive(day(from), day(to)));
    }
  });

  it('counts up to a typo such as year 9999 by arithmetic (day by day took 0.4 s per contract)', () => {
    const n = businessDaysBetween(day('2026-11-24'), day('9999-12-31'));
    const days = day('9999-12-31') - day('2026-11-24');
    assert.ok(n < (days * 5) / 7 && n > (days * 5) / 7 - 20 * 180, String(n)); // weekdays less holidays to 2200
  });
});
