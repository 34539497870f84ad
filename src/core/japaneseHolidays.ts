import type { DayNumber } from './dates';

/**
 * Japanese national holidays (国民の祝日), computed from the rules of the 祝日法 rather than listed,
 * so the count of business days stays right in any year from 2000 to 2099. CrowdWorks' "営業日"
 * skips them; a table would silently go stale.
 *
 * Rules: fixed days, Happy Monday days, the equinoxes (astronomical approximation valid 1980–2099),
 * 振替休日 (a holiday on Sunday moves to the next non-holiday weekday) and 国民の休日 (a weekday
 * between two holidays). One-off days (e.g. imperial events) are not included.
 */

const MS_PER_DAY = 86_400_000;

function dayOf(year: number, month: number, date: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

function nthMonday(year: number, month: number, n: number): DayNumber {
  const first = dayOf(year, month, 1);
  const weekday = (((first + 4) % 7) + 7) % 7; // 0 = Sunday
  const firstMonday = first + ((8 - weekday) % 7);
  return firstMonday + (n - 1) * 7;
}

function equinox(year: number, base: number): number {
  return Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

function namedHolidays(year: number): DayNumber[] {
  const days = [
    dayOf(year, 1, 1),
    nthMonday(year, 1, 2), // 成人の日
    dayOf(year, 2, 11),
    dayOf(year, 3, equinox(year, 20.8431)), // 春分の日
    dayOf(year, 4, 29),
    dayOf(year, 5, 3),
    dayOf(year, 5, 4),
    dayOf(year, 5, 5),
    nthMonday(year, 9, 3), // 敬老の日
    dayOf(year, 9, equinox(year, 23.2488)), // 秋分の日
    dayOf(year, 11, 3),
    dayOf(year, 11, 23),
  ];
  if (year >= 2020) {
    days.push(dayOf(year, 2, 23)); // 天皇誕生日
  }
  if (year === 2020) {
    days.push(dayOf(2020, 7, 23), dayOf(2020, 7, 24), dayOf(2020, 8, 10));
  } else if (year === 2021) {
    days.push(dayOf(2021, 7, 22), dayOf(2021, 7, 23), dayOf(2021, 8, 8));
  } else {
    days.push(nthMonday(year, 7, 3), nthMonday(year, 10, 2), dayOf(year, 8, 11)); // 海の日, スポーツの日, 山の日
  }
  return days;
}

const cache = new Map<number, ReadonlySet<DayNumber>>();

function holidaysOf(year: number): ReadonlySet<DayNumber> {
  const cached = cache.get(year);
  if (cached) {
    return cached;
  }
  const named = new Set(namedHolidays(year));
  const all = new Set(named);
  for (const day of named) {
    // 振替休日: a holiday falling on Sunday moves to the next day that is not already a holiday.
    if ((((day + 4) % 7) + 7) % 7 === 0) {
      let substitute = day + 1;
      while (named.has(substitute)) {
        substitute++;
      }
      all.add(substitute);
    }
  }
  for (const day of named) {
    // 国民の休日: a weekday squeezed between two holidays.
    if (named.has(day + 2) && !named.has(day + 1) && (((day + 5) % 7) + 7) % 7 !== 0) {
      all.add(day + 1);
    }
  }
  cache.set(year, all);
  return all;
}

export function isJapaneseHoliday(day: DayNumber): boolean {
  const year = new Date(day * MS_PER_DAY).getUTCFullYear();
  return holidaysOf(year).has(day);
}
