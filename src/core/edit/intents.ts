import { findNodeAtLocation, modify, type Node } from 'jsonc-parser';
import { pick, type Locale, type Localized } from '../i18n';
import { isIsoDate } from '../dates';
import { jsoncTree } from '../jsoncTree';
import { contractSpans, isValidContractText, parseContracts, type ContractSpan } from '../parse';
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
    composer.add(insertAt(wholeRoot, composer.text, ['contracts'], undefined, intent.contract, style));
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
  const span = contractSpans(text, options)?.[index];
  const rootOf = span ? contractRoot(text, span, index) : wholeRoot;
  switch (intent.kind) {
    case 'setStage':
      composer.add(replaceValue(rootOf, composer.text, [...base, 'stage'], intent.stage));
      composer.add(setProperty(rootOf, composer.text, [...base, 'stageDates'], intent.stage, intent.at, style));
      break;
    case 'appendContact': {
      if (!contactSchema.safeParse(intent.contact).success) {
        return refuse(reasons.invalidValue());
      }
      composer.add(insertAt(rootOf, composer.text, [...base, 'contacts'], undefined, intent.contact, style));
      break;
    }
    case 'setChecklistStep':
      if (intent.done) {
        composer.add(setProperty(rootOf, composer.text, [...base, 'checklist'], intent.stepId, { done: true, at: intent.at }, style));
      } else if (contracts[index]?.checklist?.[intent.stepId] !== undefined) {
        composer.add(removeProperty(rootOf, composer.text, [...base, 'checklist', intent.stepId]));
      }
      break;
  }
  return finish(composer, text, options, refuse, span);
}

function finish(
  composer: EditComposer,
  original: string,
  options: EditOptions,
  refuse: (r: Localized) => EditResult,
  contract?: ContractSpan,
): EditResult {
  const newText = composer.text;
  if (newText === original) {
    return { ok: true, edits: [], newText };
  }
  const edits = composer.edits();
  if (contract && stillValidContract(newText, edits, contract)) {
    return { ok: true, edits, newText };
  }
  const check = parseContracts(newText, options);
  if (!check.ok) {
    return refuse(reasons.wouldBreak());
  }
  return { ok: true, edits, newText };
}

/**
 * Whether edits that all fall inside one contract's braces leave a valid file, judged from that
 * contract alone: the text around it is unchanged and was valid, ids are not edited, so the file is
 * valid exactly when the new contract text is one well-formed, valid object. Reading a large file
 * again for every logged message would freeze the editor for seconds; this reads one contract.
 * When it cannot tell, the caller reads the whole file.
 */
function stillValidContract(newText: string, edits: readonly TextEdit[], contract: ContractSpan): boolean {
  const start = contract.offset;
  const end = contract.offset + contract.length;
  let growth = 0;
  for (const edit of edits) {
    if (edit.offset <= start || edit.offset + edit.length >= end) {
      return false;
    }
    growth += edit.content.length - edit.length;
  }
  return isValidContractText(newText.slice(start, end + growth));
}

/** The syntax tree an edit step looks paths up in, for the text as the steps so far left it. */
type RootOf = (text: string) => Node;

function wholeRoot(text: string): Node {
  const { root } = jsoncTree(text);
  if (!root) {
    throw new Error('parsed text has no root');
  }
  return root;
}

/**
 * A tree holding only the edited contract, at its place in the file (["contracts", index, …] finds
 * it, with the offsets of the whole text). Steps edit only inside that contract, so it starts where
 * it did and has grown by what the text has grown. Reading one contract instead of a whole large
 * file is what keeps an edit fast; if the contract's text does not read as one object, the whole
 * file is read instead.
 */
function contractRoot(original: string, span: ContractSpan, index: number): RootOf {
  return (text) => {
    const length = span.length + text.length - original.length;
    const { root: contract, errors } = jsoncTree(text.slice(span.offset, span.offset + length));
    if (errors.length > 0 || contract?.type !== 'object' || contract.length !== length) {
      return wholeRoot(text);
    }
    const children: Node[] = [];
    children[index] = shifted(contract, span.offset);
    const list: Node = { type: 'array', offset: 0, length: 0, children };
    const key: Node = { type: 'string', offset: 0, length: 0, value: 'contracts' };
    const property: Node = { type: 'property', offset: 0, length: 0, children: [key, list] };
    return { type: 'object', offset: 0, length: text.length, children: [property] };
  };
}

/** A copy of `node` moved `by` characters on, with its parent links (jsonc-parser's nodes are read-only). */
function shifted(node: Node, by: number, parent?: Node): Node {
  const copy: { -readonly [K in keyof Node]: Node[K] } = { type: node.type, offset: node.offset + by, length: node.length };
  if (node.value !== undefined) {
    // A literal's value (string, number, boolean, null), typed `any` by jsonc-parser.
    copy.value = node.value as unknown;
  }
  if (node.colonOffset !== undefined) {
    copy.colonOffset = node.colonOffset + by;
  }
  if (parent) {
    copy.parent = parent;
  }
  if (node.children) {
    copy.children = node.children.map((child) => shifted(child, by, copy));
  }
  return copy;
}

/** Replaces an existing value. */
function replaceValue(rootOf: RootOf, text: string, path: Path, value: unknown): TextEdit[] {
  const existing = findNodeAtLocation(rootOf(text), path);
  return existing ? [{ offset: existing.offset, length: existing.length, content: JSON.stringify(value) }] : modify(text, path, value, {});
}

/** Removes a property that exists, keeping its neighbours' lines and comments as they are. */
function removeProperty(rootOf: RootOf, text: string, path: Path): TextEdit[] {
  const property = findNodeAtLocation(rootOf(text), path)?.parent;
  const container = property?.parent;
  const own = property && container ? removeOwnLines(text, container, property) : undefined;
  return own ?? modify(text, path, undefined, {});
}

/** Sets `key` in the object at `objectPath`, creating the object if the contract has none. */
function setProperty(rootOf: RootOf, text: string, objectPath: Path, key: string, value: unknown, style: FileStyle): TextEdit[] {
  const root = rootOf(text);
  const existing = findNodeAtLocation(root, [...objectPath, key]);
  if (existing) {
    // Written the way the old value was (one line or spread out), not in jsonc-parser's compact form.
    const content = style.compact
      ? stringifyInline(value)
      : stringifyPretty(value, indentAt(text, existing.offset), style.unit, style.eol, layoutOf(text, existing));
    return [{ offset: existing.offset, length: existing.length, content }];
  }
  return insertAt(rootOf, text, objectPath, key, value, style);
}

/**
 * Inserts into the container at `path`; when the container itself is missing, inserts it into its
 * parent holding just the new entry.
 */
function insertAt(rootOf: RootOf, text: string, path: Path, key: string | undefined, value: unknown, style: FileStyle): TextEdit[] {
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
