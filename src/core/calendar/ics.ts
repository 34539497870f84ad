import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { dayToIso, type DayNumber } from '../dates';
import { pick, type Locale } from '../i18n';
import type { ContractStatus } from '../status';
import { calendarEntries, type CalendarEntry } from './entries';
import { readPreviousEvents, type PreviousEvent } from './previous';

/** The reminder rings at 09:00 on the day: all-day events start at midnight, so 9 hours after the start. */
const MORNING_SECONDS = 9 * 3600;

const NAME = { en: 'Contract Guard: contract dates', ja: 'Contract Guard: 契約の期日' };
const REMINDER = { en: 'Contract Guard reminder', ja: 'Contract Guard のリマインダー' };

/** A folder's calendar file for these contracts, given the text of the last export ('' if none). */
export function calendarFileText(statuses: readonly ContractStatus[], lastExport: string, locale: Locale, now: number): string {
  return buildCalendar(calendarEntries(statuses, locale), readPreviousEvents(lastExport), locale, now);
}

/**
 * The iCalendar file (RFC 5545) for these entries, written with ical-generator, which does the
 * escaping and the 75-octet line folding that hand-written exporters get wrong. `previous` is what
 * the last export said: an event whose date moved gets a higher SEQUENCE, and one that is gone now
 * is written once more as cancelled, so subscribed calendars update rather than duplicate.
 */
export function buildCalendar(
  entries: readonly CalendarEntry[],
  previous: ReadonlyMap<string, PreviousEvent>,
  locale: Locale,
  now: number,
): string {
  const calendar = ical({
    name: pick(NAME, locale),
    prodId: { company: 'contract-guard', product: 'contract-guard', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  const stamp = new Date(now);
  const seen = new Set<string>();
  for (const entry of entries) {
    seen.add(entry.uid);
    const date = compactDate(entry.day);
    const before = previous.get(entry.uid);
    const changed =
      before !== undefined && (before.date !== date || before.cancelled !== entry.cancelled || before.summary !== entry.summary);
    const event = calendar.createEvent({
      id: entry.uid,
      sequence: before === undefined ? 0 : before.sequence + (changed ? 1 : 0),
      stamp,
      start: localNoon(entry.day),
      allDay: true,
      summary: entry.summary,
      description: entry.description,
      ...(entry.url ? { url: entry.url } : {}),
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (!entry.cancelled) {
      // The relation must be set after the trigger: setting the trigger resets it.
      const alarm = event.createAlarm({
        type: ICalAlarmType.display,
        description: `${pick(REMINDER, locale)}: ${entry.summary}`,
      });
      alarm.triggerAfter(MORNING_SECONDS);
      alarm.relatesTo('START');
    }
  }
  for (const gone of previous.values()) {
    if (seen.has(gone.uid) || gone.cancelled) {
      continue;
    }
    calendar.createEvent({
      id: gone.uid,
      sequence: gone.sequence + 1,
      stamp,
      start: localNoon(dayFromCompact(gone.date)),
      allDay: true,
      summary: gone.summary,
      status: ICalEventStatus.CANCELLED,
    });
  }
  return calendar.toString();
}

function compactDate(day: DayNumber): string {
  return dayToIso(day).replace(/-/g, '');
}

function dayFromCompact(date: string): DayNumber {
  return Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))) / 86_400_000);
}

/**
 * ical-generator writes an all-day date from the Date's local fields; noon on that day, local
 * time, gives the right date in any time zone the extension host runs in.
 */
function localNoon(day: DayNumber): Date {
  const utc = new Date(day * 86_400_000);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 12);
}
