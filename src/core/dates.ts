/**
 * Dates as the writer sees them: whole calendar days in their own time zone.
 *
 * Everything the status logic does ("silent 5 days", "due 12/3", business days) is about calendar
 * days, so moments are turned into day numbers (days since 1970-01-01 in the writer's zone) once,
 * and all arithmetic is on integers. The zone is passed in as an offset so tests are deterministic.
 */

import { isJapaneseHoliday, japaneseHolidaysOf } from './japaneseHolidays';
import { readIsoFields, type IsoFields } from './isoText';

export type DayNumber = number;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The pattern the JSON Schema shows editors; calendar validity is checked in code as well. */
export const ISO_DATE_PATTERN = ISO_PATTERN.source;

const MS_PER_DAY = 86_400_000;

export interface ParsedIso {
  /** The calendar day written in the text, before any zone conversion. */
  readonly writtenDay: DayNumber;
  /** The moment in UTC milliseconds, or undefined for a plain date. */
  readonly instant?: number;
  /** Whether the text had no zone and must be read in the writer's zone. */
  readonly local: boolean;
}

export function parseIso(text: string): ParsedIso | undefined {
  const m = readIsoFields(text); // ISO_PATTERN's shape, without its match arrays
  if (!m) {
    return undefined;
  }
  if (!inRange(m)) {
    return undefined;
  }
  const { year, month, day } = m;
  const dayMs = Date.UTC(year, month - 1, day);
  const writtenDay = Math.floor(dayMs / MS_PER_DAY);
  if (m.hour === undefined) {
    return { writtenDay, local: true };
  }
  const { hour, minute = 0, second = 0 } = m;
  const wallMs = dayMs + ((hour * 60 + minute) * 60 + second) * 1000;
  if (m.zone === undefined) {
    return { writtenDay, instant: wallMs, local: true };
  }
  return { writtenDay, instant: wallMs - m.zone * 60_000, local: false };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the written fields name a real day and time. */
function inRange(m: IsoFields): boolean {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = m;
  // Years below 100 are refused: Date.UTC would read them as 19xx.
  return (
    year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59
  );
}

/** Whether parseIso reads `text`, without working out the moment (the schema asks this of every date at each read). */
export function isIsoDate(text: string): boolean {
  const m = readIsoFields(text);
  return m !== undefined && inRange(m);
}

/**
 * A sortable moment for ordering contact-log entries. Plain dates and local times are read in the
 * writer's zone, so "2026-11-20" sorts before "2026-11-20T09:00:00+09:00".
 */
export function toInstant(text: string, utcOffsetMinutes: number): number | undefined {
  const parsed = parseIso(text);
  if (!parsed) {
    return undefined;
  }
  if (parsed.instant === undefined) {
    return parsed.writtenDay * MS_PER_DAY - utcOffsetMinutes * 60_000;
  }
  return parsed.local ? parsed.instant - utcOffsetMinutes * 60_000 : parsed.instant;
}

/** The writer's calendar day for a written date or date-time. */
export function toDay(text: string, utcOffsetMinutes: number): DayNumber | undefined {
  const parsed = parseIso(text);
  if (!parsed) {
    return undefined;
  }
  if (parsed.instant === undefined || parsed.local) {
    return parsed.writtenDay;
  }
  return instantToDay(parsed.instant, utcOffsetMinutes);
}

export function instantToDay(instant: number, utcOffsetMinutes: number): DayNumber {
  return Math.floor((instant + utcOffsetMinutes * 60_000) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** Platforms in Japan count 営業日: Monday to Friday, national holidays excluded. */
export function isBusinessDay(day: DayNumber): boolean {
  return !isWeekend(day) && !isJapaneseHoliday(day);
}

/** Business days from `from` to `to`: business days after `from` up to and including `to`. */
export function businessDaysBetween(from: DayNumber, to: DayNumber): number {
  const [start, end, sign] = to >= from ? [from, to, 1] : [to, from, -1];
  if (end - start > LONG_SPAN_DAYS) {
    return sign * businessDaysOverYears(start, end);
  }
  let count = 0;
  for (let d = start + 1; d <= end; d++) {
    if (isBusinessDay(d)) {
      count++;
    }
  }
  return sign * count;
}

/**
 * Past two years, count by arithmetic instead of day by day: a typo such as "9999-12-03" in a
 * contact would otherwise cost millions of steps per contract on every refresh (seconds of frozen view).
 */
const LONG_SPAN_DAYS = 731;

/** Business days in (start, end]: weekdays by whole weeks, minus holidays on weekdays, year by year. */
function businessDaysOverYears(start: DayNumber, end: DayNumber): number {
  let count = weekdaysUpTo(end) - weekdaysUpTo(start);
  const firstYear = dayToYear(start + 1);
  const lastYear = dayToYear(end);
  // Years before 1900 or after 2200 can only be typos: their holidays are not worth computing.
  for (let year = Math.max(firstYear, 1900); year <= Math.min(lastYear, 2200); year++) {
    for (const holiday of japaneseHolidaysOf(year)) {
      if (holiday > start && holiday <= end && !isWeekend(holiday)) {
        count--;
      }
    }
  }
  return count;
}

/** Weekdays among the days up to `day`, counted from a fixed far-past origin (only differences matter). */
function weekdaysUpTo(day: DayNumber): number {
  const shifted = day + 7 * 10_000_000; // a whole number of weeks, so every weekday stays the same
  const weeks = Math.floor(shifted / 7);
  let count = weeks * 5;
  for (let k = 0; k <= shifted % 7; k++) {
    count += isWeekend(k) ? 0 : 1;
  }
  return count;
}

export function addBusinessDays(from: DayNumber, n: number): DayNumber {
  let day = from;
  let left = n;
  while (left > 0) {
    day++;
    if (isBusinessDay(day)) {
      left--;
    }
  }
  return day;
}

export function addMonths(from: DayNumber, n: number): DayNumber {
  const d = new Date(from * MS_PER_DAY);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return Math.floor(target.getTime() / MS_PER_DAY);
}

/** "2026-12-03" for a day number: used when the core writes a date into the file. */
/** The calendar year of a day (day numbers are days in the writer's zone, counted like UTC). */
export function dayToYear(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function dayToIso(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A short month/day label, "12/3", as Japanese and English UIs both read it. */
export function dayToShortLabel(day: DayNumber): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

/** A moment written with the writer's own offset, e.g. 2026-11-24T10:05:00+09:00. */
export function instantToIso(instant: number, utcOffsetMinutes: number): string {
  const wall = new Date(instant + utcOffsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${sign}${hh}:${mm}`;
}

/** Milliseconds from `now` until the writer's next midnight: when "today", and so urgency, changes. */
export function msUntilNextDay(now: number, utcOffsetMinutes: number): number {
  const offsetMs = utcOffsetMinutes * 60_000;
  const nextMidnight = (Math.floor((now + offsetMs) / MS_PER_DAY) + 1) * MS_PER_DAY - offsetMs;
  return nextMidnight - now;
}
