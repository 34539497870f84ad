import { findNodeAtLocation, modify, type Node } from 'jsonc-parser';
import { pick, type Locale, type Localized } from '../i18n';
import { isIsoDate } from '../dates';
import { jsoncTree } from '../jsoncTree';
import { parseContracts } from '../parse';
import { contactSchema, contractSchema, type Contact, type Contract, type Stage } from '../schema';
import { insertChild, layoutOf } from './insert';
import { stringifyInline, stringifyPretty } from './serialize';
import { removeOwnLines } from './remove';
import { detectStyle, indentAt, type FileStyle } from './style';
import { EditComposer, type TextEdit } from './textEdit';
import * as reasons from './refusals';

/** What a user action wants to change, independent of how the file happens to be written. */
export type EditIntent =
  | { readonly kind: 'setStage'; readonly contractId: string; readonly stage: Stage; readonly at: string }
  | { readonly kind: 'appendContact'; readonly contractId: string; readonly contact: Contact }
  | {
      readonly kind: 'setChecklistStep';
      readonly contractId: string;
      readonly stepId: string;
      readonly done: boolean;
      readonly at: string;
    }
  | { readonly kind: 'addContract'; readonly contract: Contract };

export type EditResult =
  | { readonly ok: true; readonly edits: readonly TextEdit[]; readonly newText: string }
  | { readonly ok: false; readonly reason: string };

export interface EditOptions {
  readonly locale: Locale;
  readonly utcOffsetMinutes: number;
}

type Path = (string | number)[];

/**
 * The smallest text edits that carry out `intent`. Comments, key order and indentation survive
 * because only the changed values are touched. A file that does not parse is refused, never
 * "repaired", and so is any edit whose result would not parse.
 */
export function computeEdit(text: string, intent: EditIntent, options: EditOptions): EditResult {
  const refuse = (reason: Localized): EditResult => ({ ok: false, reason: pick(reason, options.locale) });
  const parsed = parseContracts(text, options);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    return refuse(reasons.fileInvalid(parsed.problems.length, first ? first.range.start.line + 1 : 1, first?.message ?? ''));
  }
  const style = detectStyle(text);
  const composer = new EditComposer(text);
  const contracts = parsed.file.contracts;

  if (intent.kind === 'addContract') {
    const checked = contractSchema.safeParse(intent.contract);
    if (!checked.success) {
      return refuse(reasons.invalidValue());
    }
    if (contracts.some((c) => c.id === intent.contract.id)) {
      return refuse(reasons.duplicateId(intent.contract.id));
    }
    composer.add(insertAt(composer.text, ['contracts'], undefined, intent.contract, style));
    return finish(composer, text, options, refuse);
  }

  if ((intent.kind === 'setStage' || intent.kind === 'setChecklistStep') && !isIsoDate(intent.at)) {
    return refuse(reasons.invalidValue());
  }
  const index = contracts.findIndex((c) => c.id === intent.contractId);
  if (index < 0) {
    return refuse(reasons.unknownContract(intent.contractId));
  }
  const base: Path = ['contracts', index];
  switch (intent.kind) {
    case 'setStage':
      composer.add(replaceValue(composer.text, [...base, 'stage'], intent.stage));
      composer.add(setProperty(composer.text, [...base, 'stageDates'], intent.stage, intent.at, style));
      break;
    case 'appendContact': {
      if (!contactSchema.safeParse(intent.contact).success) {
        return refuse(reasons.invalidValue());
      }
      composer.add(appendToArray(composer.text, [...base, 'contacts'], intent.contact, style));
      break;
    }
    case 'setChecklistStep':
      if (intent.done) {
        composer.add(setProperty(composer.text, [...base, 'checklist'], intent.stepId, { done: true, at: intent.at }, style));
      } else if (contracts[index]?.checklist?.[intent.stepId] !== undefined) {
        composer.add(removeProperty(composer.text, [...base, 'checklist', intent.stepId]));
      }
      break;
  }
  return finish(composer, text, options, refuse);
}

function finish(
  composer: EditComposer,
  original: string,
  options: EditOptions,
  refuse: (r: Localized) => EditResult,
): EditResult {
  const newText = composer.text;
  const check = parseContracts(newText, options);
  if (!check.ok) {
    return refuse(reasons.wouldBreak());
  }
  return { ok: true, edits: newText === original ? [] : composer.edits(), newText };
}

function rootOf(text: string): Node {
  const { root } = jsoncTree(text);
  if (!root) {
    throw new Error('parsed text has no root');
  }
  return root;
}

/** Replaces (or, with undefined, removes) a value that exists; jsonc-parser keeps this minimal. */
function replaceValue(text: string, path: Path, value: unknown): TextEdit[] {
  return modify(text, path, value, {});
}

/** Removes a property that exists, keeping its neighbours' lines and comments as they are. */
function removeProperty(text: string, path: Path): TextEdit[] {
  const property = findNodeAtLocation(rootOf(text), path)?.parent;
  const container = property?.parent;
  const own = property && container ? removeOwnLines(text, container, property) : undefined;
  return own ?? replaceValue(text, path, undefined);
}

/** Sets `key` in the object at `objectPath`, creating the object if the contract has none. */
function setProperty(text: string, objectPath: Path, key: string, value: unknown, style: FileStyle): TextEdit[] {
  const root = rootOf(text);
  const existing = findNodeAtLocation(root, [...objectPath, key]);
  if (existing) {
    // Written the way the old value was (one line or spread out), not in jsonc-parser's compact form.
    const content = style.compact
      ? stringifyInline(value)
      : stringifyPretty(value, indentAt(text, existing.offset), style.unit, style.eol, layoutOf(text, existing));
    return [{ offset: existing.offset, length: existing.length, content }];
  }
  return insertAt(text, objectPath, key, value, style);
}

function appendToArray(text: string, arrayPath: Path, value: unknown, style: FileStyle): TextEdit[] {
  return insertAt(text, arrayPath, undefined, value, style);
}

/**
 * Inserts into the container at `path`; when the container itself is missing, inserts it into its
 * parent holding just the new entry.
 */
function insertAt(text: string, path: Path, key: string | undefined, value: unknown, style: FileStyle): TextEdit[] {
  const root = rootOf(text);
  const container = findNodeAtLocation(root, path);
  if (container) {
    return insertChild(text, container, key, value, style);
  }
  const parentPath = path.slice(0, -1);
  const parent = findNodeAtLocation(root, parentPath);
  const name = path[path.length - 1];
  if (!parent || typeof name !== 'string') {
    throw new Error(`no container at ${JSON.stringify(path)}`);
  }
  const wrapped = key === undefined ? [value] : { [key]: value };
  return insertChild(text, parent, name, wrapped, style);
}
