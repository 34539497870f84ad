/**
 * A bundle of its own (dist/optional.js) for code only some writers use: the YAML reader for their
 * own templates and the iCalendar writer. Together they weigh more than the rest of the extension,
 * so they are loaded on first use, not at start-up.
 */
export { parseUserTemplate } from '../core/templates/userTemplate';
export { buildCalendar } from '../core/calendar/ics';
