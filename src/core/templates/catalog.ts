import type { Locale } from '../i18n';
import type { Contract } from '../schema';
import { BUILTIN_TEMPLATES, resolveBuiltin } from './builtins';
import type { WordName } from '../playbooks/types';
import { isWordName, platformWord } from '../playbooks/words';
import { isStageName, parseBody, type BodyNode } from './sections';
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

/**
 * Whether every sentence of a template is true for this contract: it was written for the contract's
 * platform and stage (an empty list fits all), and each of the platform's own words it uses outside
 * a section that depends on them exists on that platform at that stage. A notice of a termination
 * request does not fit a platform with no such request, however the lists read.
 */
export function fitsContract(template: MessageTemplate, contract: Contract): boolean {
  const listed =
    (template.platforms.length === 0 || template.platforms.includes(contract.platform)) &&
    (template.stages.length === 0 || template.stages.includes(contract.stage));
  if (!listed) {
    return false;
  }
  const parsed = parseBody(template.body, template.language);
  if (!parsed.ok) {
    return false;
  }
  const has = (name: WordName): boolean => platformWord(contract.platform, name, contract.stage, template.language) !== undefined;
  const wordsHold = (nodes: readonly BodyNode[]): boolean =>
    nodes.every((node) => {
      if (node.kind === 'text') {
        return true;
      }
      if (node.kind === 'placeholder') {
        return !isWordName(node.name) || has(node.name);
      }
      // A section on the stage or on a platform word is decided here; any other may go either way, so both must hold.
      const decided = isStageName(node.name) ? contract.stage === node.name : isWordName(node.name) ? has(node.name) : undefined;
      return decided !== undefined && decided === node.inverted ? true : wordsHold(node.children);
    });
  return wordsHold(parsed.nodes);
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
