import type { MessageTemplate } from './types';

/** The file a writer gets from "Create Template from Built-in": the same front matter this parser reads. */
export function userTemplateFileText(template: MessageTemplate): string {
  const list = (items: readonly string[]): string => `[${items.join(', ')}]`;
  return [
    '---',
    `id: ${template.id}`,
    `title: ${JSON.stringify(template.title)}`,
    ...(template.description === undefined ? [] : [`description: ${JSON.stringify(template.description)}`]),
    `language: ${template.language}`,
    `platforms: ${list(template.platforms)}`,
    `stages: ${list(template.stages)}`,
    `channel: ${template.channel}`,
    `expectsReply: ${String(template.expectsReply)}`,
    '---',
    template.body,
  ].join('\n');
}
