import type { Locale } from '../i18n';
import type { Contract } from '../schema';
import { BUILTIN_TEMPLATES, resolveBuiltin } from './builtins';
import type { MessageTemplate } from './types';

/** The built-ins in one language. */
export function builtinTemplates(language: Locale): MessageTemplate[] {
  return BUILTIN_TEMPLATES.map((t) => resolveBuiltin(t, language));
}

/** Built-ins plus the writer's own; one of the writer's with a built-in's id takes its place. */
export function mergeTemplates(builtins: readonly MessageTemplate[], own: readonly MessageTemplate[]): MessageTemplate[] {
  const byId = new Map<string, MessageTemplate>();
  for (const t of builtins) {
    byId.set(t.id, t);
  }
  for (const t of own) {
    byId.set(t.id, t);
  }
  return [...byId.values()];
}

/** Whether a template was written for this contract's platform and stage (an empty list fits all). */
export function fitsContract(template: MessageTemplate, contract: Contract): boolean {
  return (
    (template.platforms.length === 0 || template.platforms.includes(contract.platform)) &&
    (template.stages.length === 0 || template.stages.includes(contract.stage))
  );
}

/** Templates in the order a picker shows them: those that fit first, then the rest, each in catalog order. */
export function arrangeForContract(
  templates: readonly MessageTemplate[],
  contract: Contract,
): { readonly fitting: MessageTemplate[]; readonly others: MessageTemplate[] } {
  const fitting: MessageTemplate[] = [];
  const others: MessageTemplate[] = [];
  for (const t of templates) {
    (fitsContract(t, contract) ? fitting : others).push(t);
  }
  return { fitting, others };
}
