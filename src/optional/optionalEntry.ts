/**
 * A bundle of its own (dist/optional.js) for what is needed only when the writer asks for it: the
 * message templates (their texts, the engine, the YAML reader for the writer's own) and the
 * iCalendar writer. They weigh as much as the rest of the extension, so they are loaded on first
 * use, not at start-up.
 */
export * as templates from '../core/templates';
export { parseUserTemplate } from '../core/templates/userTemplate';
export { buildCalendar } from '../core/calendar/ics';
