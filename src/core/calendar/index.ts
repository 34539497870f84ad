/** Contract dates for the writer's own calendar. The iCalendar writer (ics.ts) is loaded only when used. */
export { calendarEntries, entryUid, type CalendarEntry } from './entries';
export { readPreviousEvents, type PreviousEvent } from './previous';
