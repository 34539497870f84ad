import type { DayNumber } from './dates';
import { madeOnFirstUse } from './memo';

/**
 * Japanese national holidays (国民の祝日 and the 休日 the 祝日法 adds), computed from the law as it
 * stood in each year, so business-day counts over an old contact log are right too.
 *
 * Years known: **2000 to 2050** (KNOWN_HOLIDAY_YEARS), each holiday of each year checked against the
 * Cabinet Office list (test/fixtures/holidays). Outside them the result is an approximation: before
 * 2000 the rules of 2000 apply, after 2050 today's rules (the law may change, and the equinox formula
 * holds to 2099 only).
 *
 * The history encoded here:
 * - Happy Monday: 成人の日 and 体育の日 on Mondays from 2000; 海の日 (7/20 since 1996) and 敬老の日
 *   (9/15) from 2003.
 * - 2007: 4/29 becomes 昭和の日, 5/4 becomes みどりの日 (before, it was a 休日 only as a weekday between
 *   two holidays), and 振替休日 moves to the next day that is not a holiday (before, only Monday).
 * - 天皇誕生日: 12/23 through 2018, none in 2019, 2/23 from 2020.
 * - 山の日 (8/11) from 2016. 体育の日 is renamed スポーツの日 from 2020 (same rule).
 * - One-off days by special law: 2019-05-01 and 2019-10-22 (the enthronement), and the Olympic moves
 *   of 海の日, スポーツの日 and 山の日 in 2020 and 2021.
 */
export const KNOWN_HOLIDAY_YEARS = { first: 2000, last: 2050 } as const;

const MS_PER_DAY = 86_400_000;

function dayOf(year: number, month: number, date: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
}

function nthMonday(year: number, month: number, n: number): DayNumber {
  const first = dayOf(year, month, 1);
  const firstMonday = first + ((8 - weekdayOf(first)) % 7);
  return firstMonday + (n - 1) * 7;
}

/** The equinox day of March (base 20.8431) or September (23.2488); valid 1980–2099. */
function equinox(year: number, base: number): number {
  return Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

/** The 祝日 themselves (not 振替休日 or 国民の休日) of a year, by the law of that year. */
function namedHolidays(year: number): DayNumber[] {
  const days = [
    dayOf(year, 1, 1), // 元日
    nthMonday(year, 1, 2), // 成人の日
    dayOf(year, 2, 11), // 建国記念の日
    dayOf(year, 3, equinox(year, 20.8431)), // 春分の日
    dayOf(year, 4, 29), // みどりの日, from 2007 昭和の日
    dayOf(year, 5, 3), // 憲法記念日
    dayOf(year, 5, 5), // こどもの日
    dayOf(year, 9, equinox(year, 23.2488)), // 秋分の日
    dayOf(year, 11, 3), // 文化の日
    dayOf(year, 11, 23), // 勤労感謝の日
  ];
  if (year >= 2007) {
    days.push(dayOf(year, 5, 4)); // みどりの日
  }
  if (year <= 2018) {
    days.push(dayOf(year, 12, 23)); // 天皇誕生日 (Heisei)
  } else if (year >= 2020) {
    days.push(dayOf(year, 2, 23)); // 天皇誕生日 (Reiwa)
  }
  days.push(year < 2003 ? dayOf(year, 9, 15) : nthMonday(year, 9, 3)); // 敬老の日
  if (year === 2019) {
    days.push(dayOf(2019, 5, 1), dayOf(2019, 10, 22)); // 即位の日, 即位礼正殿の儀
  }
  if (year === 2020) {
    days.push(dayOf(2020, 7, 23), dayOf(2020, 7, 24), dayOf(2020, 8, 10)); // Olympics
  } else if (year === 2021) {
    days.push(dayOf(2021, 7, 22), dayOf(2021, 7, 23), dayOf(2021, 8, 8)); // Olympics, postponed
  } else {
    days.push(year < 2003 ? dayOf(year, 7, 20) : nthMonday(year, 7, 3)); // 海の日
    days.push(nthMonday(year, 10, 2)); // 体育の日, from 2020 スポーツの日
    if (year >= 2016) {
      days.push(dayOf(year, 8, 11)); // 山の日
    }
  }
  return days;
}

// The years a contact log or a deadline normally falls in, worked out together on first use; a year
// outside them (a typo) is worked out on each call.
const FIRST_KEPT_YEAR = 1990;
const LAST_KEPT_YEAR = 2070;
const keptYears = madeOnFirstUse(() =>
  Array.from({ length: LAST_KEPT_YEAR - FIRST_KEPT_YEAR + 1 }, (_, i) => computeHolidaysOf(FIRST_KEPT_YEAR + i)),
);

function holidaysOf(year: number): ReadonlySet<DayNumber> {
  return year >= FIRST_KEPT_YEAR && year <= LAST_KEPT_YEAR ? keptYears()[year - FIRST_KEPT_YEAR]! : computeHolidaysOf(year);
}

function computeHolidaysOf(year: number): ReadonlySet<DayNumber> {
  const named = new Set(namedHolidays(year));
  const all = new Set(named);
  for (const day of named) {
    if (weekdayOf(day) !== 0) {
      continue;
    }
    // 振替休日: from 2007 the next day that is not a 祝日; before, the Monday (never a 祝日 then).
    let substitute = day + 1;
    while (year >= 2007 && named.has(substitute)) {
      substitute++;
    }
    all.add(substitute);
  }
  for (const day of named) {
    // 国民の休日: a day between two 祝日 that is not one itself; before 2007 not on a Sunday.
    const between = day + 1;
    if (named.has(day + 2) && !named.has(between) && (year >= 2007 || weekdayOf(between) !== 0)) {
      all.add(between);
    }
  }
  return all;
}

/** Every holiday of a year, sorted: for tests against the official list. */
export function japaneseHolidaysOf(year: number): DayNumber[] {
  return [...holidaysOf(year)].sort((a, b) => a - b);
}

export function isJapaneseHoliday(day: DayNumber): boolean {
  const year = new Date(day * MS_PER_DAY).getUTCFullYear();
  return holidaysOf(year).has(day);
}
