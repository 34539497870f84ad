/** The pure core: no `vscode`, no Node `fs`. Adapters import from here only. */
export * from './schema';
export * from './i18n';
export { literalLabel, literalMessage, withoutAutolinks } from './literalText';
export { firstInvalidUtf8, lineOfByte } from './utf8';
export * from './labels';
export * from './dates';
export * from './positions';
export * from './problems';
export { parseContracts, readContracts, type ParseResult, type ParseOptions, type ContractSpan } from './parse';
export { ContractsReader } from './reader';
export { StatusCache } from './statusCache';
export { computeEdit, type EditIntent, type EditResult, type EditOptions } from './edit/intents';
export type { TextEdit } from './edit/textEdit';
export * from './playbooks';
export * from './status';
export * from './payment';
export type { LoggedContact, ContactFacts } from './contactLog';
export type { StepStatus, StepState } from './steps';
export { contractsJsonSchemaText } from './jsonSchema';
export * from './grouping';
export { locateContract } from './locate';
export * from './newContract';
// Templates only as types: their texts and engine load with dist/optional.js (src/optional), on first use.
export type { MessageTemplate, Segment, TemplateProblem, TemplateOrigin, TemplateContext, WriterDetails } from './templates';
// Not the checklist, the calendar or the steps' texts (playbooks/texts): they load with dist/optional.js,
// which imports them from their own folders.
export * from './archive';
export * from './merge';
