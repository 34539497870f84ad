/** Message templates: pure, like the rest of the core. The YAML reader lives apart (userTemplate.ts) so it loads only when used. */
export type { MessageTemplate, Segment, TemplateProblem, TemplateOrigin, BuiltinTemplate } from './types';
export { BUILTIN_TEMPLATES } from './builtins';
export { builtinTemplates, mergeTemplates, fitsContract, arrangeForContract } from './catalog';
export { renderTemplate, segmentsToText, segmentsToSnippet, escapeSnippetText, previewLine, checkTemplateBody, type RenderResult } from './render';
export { PLACEHOLDER_NAMES, type TemplateContext, type WriterDetails } from './placeholders';
export { formatMessageDate, formatDateList } from './dateText';
export { userTemplateFileText } from './templateFile';
