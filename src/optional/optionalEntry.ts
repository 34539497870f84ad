/**
 * A bundle of its own (dist/optional.js) for what is needed only when the writer asks for it: the
 * message templates (their texts, the engine, the YAML reader for the writer's own) and their
 * commands, the checklist panel, Archive, Add Contract, the iCalendar writer, the sample
 * contracts file, the Contracts view's hovers and the steps' texts they show (src/core/playbooks/texts). Together they weigh
 * as much as the rest of the extension, so they are loaded on first use, not at start-up
 * (esbuild.js says how the bundle shares the extension bundle's running modules).
 */
export * as templates from '../core/templates';
export { parseUserTemplate } from '../core/templates/userTemplate';
export { calendarFileText } from '../core/calendar/ics';
export { ChecklistPanel } from '../checklist/checklistPanel';
export { nextStepDetail } from '../core/playbooks/texts';
export { sampleContractsFile } from '../core/sample';
export { templateCommands } from '../templates/templateCommands';
export { createTemplateCommand } from '../templates/createTemplate';
export { archiveCommand } from '../archive/archiveCommand';
export { addContractCommand } from '../commands/addContract';
export { mergeCommands } from '../merge/mergeCommands';
export { timelineCommands } from '../timeline/timelineCommand';
