import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dayToIso, isBusinessDay } from '../../src/core/dates';
import { isJapaneseHoliday, japaneseHolidaysOf, KNOWN_HOLIDAY_YEARS } from '../../src/core/japaneseHolidays';
import { day } from './fixtures';

/** The Cabinet Office's list, as a plain table of facts (see the file's header for its source). */
function officialList(): Map<number, Map<string, string>> {
  const file = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'holidays', 'japan-2000-2050.txt');
  const byYear = new Map<number, Map<string, string>>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\d{4})-\d{2}-\d{2} (.+)$/.exec(line.trim());
    if (!m) {
      continue;
    }
    const year = Number(m[1]);
    const days = byYear.get(year) ?? new Map<string, string>();
    days.set(line.slice(0, 10), m[2] ?? '');
    byYear.set(year, days);
  }
  return byYear;
}

describe('Japanese holidays', () => {
  const official = officialList();

  it('has the official list for every year it claims to know', () => {
    for (let year = KNOWN_HOLIDAY_YEARS.first; year <= KNOWN_HOLIDAY_YEARS.last; year++) {
      assert.ok((official.get(year)?.size ?? 0) >= 15, `the table has ${year}`);
    }
  });

  it('gives exactly the official holidays of every year from 2000 to 2050', () => {
    const wrong: string[] = [];
    for (let year = KNOWN_HOLIDAY_YEARS.first; year <= KNOWN_HOLIDAY_YEARS.last; year++) {
      const expected = official.get(year) ?? new Map<string, string>();
      const computed = new Set(japaneseHolidaysOf(year).map(dayToIso));
      for (const [date, name] of expected) {
        if (!computed.has(date)) {
          wrong.push(`missing ${date} ${name}`);
        }
      }
      for (const date of computed) {
        if (!expected.has(date)) {
          wrong.push(`not a holiday: ${date}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('answers day by day as the list says, across the whole range', () => {
    const all = new Set([...official.values()].flatMap((m) => [...m.keys()]));
    for (let d = day('2000-01-01'); d <= day('2050-12-31'); d++) {
      assert.equal(isJapaneseHoliday(d), all.has(dayToIso(d)), dayToIso(d));
    }
  });

  it('follows the law of the year: the cases that were wrong when today’s rules were applied to the past', () => {
    assert.equal(isBusinessDay(day('2018-12-24')), false, '天皇誕生日 12/23 (Sunday) moved to Monday in 2018');
    assert.equal(isBusinessDay(day('2019-12-23')), true, 'no 天皇誕生日 in 2019');
    assert.equal(isBusinessDay(day('2002-07-15')), true, '海の日 was 7/20, not a Monday, before 2003');
    assert.equal(isBusinessDay(day('2002-09-16')), false, '敬老の日 9/15 (Sunday) moved to Monday in 2002');
    assert.equal(isBusinessDay(day('2015-08-11')), true, 'no 山の日 before 2016');
    assert.equal(isBusinessDay(day('2019-04-30')), false, 'the enthronement week of 2019');
    assert.equal(isBusinessDay(day('2019-05-02')), false, 'the enthronement week of 2019');
    assert.equal(isBusinessDay(day('2019-10-22')), false, '即位礼正殿の儀');
    assert.equal(isBusinessDay(day('2006-05-04')), false, 'a 休日 between two holidays before 2007');
    assert.equal(isBusinessDay(day('2008-05-06')), false, '振替休日 after みどりの日 from 2007');
    assert.equal(isBusinessDay(day('2020-10-12')), true, 'スポーツの日 moved to 7/24 in 2020');
  });
});
