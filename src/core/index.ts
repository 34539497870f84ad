/** The pure core: no `vscode`, no Node `fs`. Adapters import from here only. */
export * from './schema';
export * from './i18n';
export { literalLabel, literalMessage, withoutAutolinks } from './literalText';
export { firstInvalidUtf8, lineOfByte } from './utf8';
export * from './labels';
export * from './dates';
export * from './positions';
export * from './problems';
export { forgetEarlierReads, parseContracts, type ParseResult, type ParseOptions } from './parse';
export { StatusCache } from './statusCache';
export { computeEdit, type EditIntent, type EditResult, type EditOptions } from './edit/intents';
export type { TextEdit } from './edit/textEdit';
export * from './playbooks';
export * from './status';
export * from './payment';
export type { LoggedContact, ContactFacts } from './contactLog';
export type { StepStatus, StepState } from './steps';
export { contractsJsonSchemaText } from './jsonSchema';
export { sampleContractsFile } from './sample';
export * from './grouping';
export { locateContract } from './locate';
export * from './newContract';
// Templates only as types: their texts and engine load with dist/optional.js (src/optional), on first use.
export type { MessageTemplate, Segment, TemplateProblem, TemplateOrigin, TemplateContext, WriterDetails } from './templates';
export * from './calendar';
export * from './checklist';
export * from './archive';
