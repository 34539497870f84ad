import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { pick, type Locale, type Localized } from '../i18n';
import { isIsoDate } from '../dates';
import { jsoncTree } from '../jsoncTree';
import { isValidContractText, type ContractSpan } from '../parse';
import { ContractsReader } from '../reader';
import { schemas, type Contact, type Contract, type Stage } from '../schema';
import { insertChild, layoutOf } from './insert';
import { stringifyInline, stringifyPretty } from './serialize';
import { removeInline, removeOwnLines } from './remove';
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

export type Path = (string | number)[];

/** The intents that change one contract that is already in the file. */
type ContractIntent = Exclude<EditIntent, { readonly kind: 'addContract' }>;

/**
 * The smallest text edits that carry out `intent`. Comments, key order and indentation survive
 * because only the changed values are touched. A file that does not parse is refused, never
 * "repaired", and so is any edit whose result would not parse.
 *
 * `reader`: the file's reader (the store's), which has usually just read `text`, so the edit costs what
 * the changed contract costs. Without one, the text is read first, and the result is the same.
 */
export function computeEdit(text: string, intent: EditIntent, options: EditOptions, reader = new ContractsReader()): EditResult {
  const refuse = (reason: Localized): EditResult => ({ ok: false, reason: pick(reason, options.locale) });
  const parsed = reader.read(text, options);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    return refuse(reasons.fileInvalid(parsed.problems.length, first ? first.range.start.line + 1 : 1, first?.message ?? ''));
  }
  const composer = new EditComposer(text);
  const contracts = parsed.file.contracts;

  if (intent.kind === 'addContract') {
    const checked = schemas().contractSchema.safeParse(intent.contract);
    if (!checked.success) {
      return refuse(reasons.invalidValue());
    }
    if (contracts.some((c) => c.id === intent.contract.id)) {
      return refuse(reasons.duplicateId(intent.contract.id));
    }
    composer.add(insertAt(wholeRoot, composer.text, ['contracts'], undefined, intent.contract, detectStyle(text)));
    return finish(composer, text, options, refuse, reader);
  }

  if ((intent.kind === 'setStage' || intent.kind === 'setChecklistStep') && !isIsoDate(intent.at)) {
    return refuse(reasons.invalidValue());
  }
  if (intent.kind === 'appendContact' && !schemas().contactSchema.safeParse(intent.contact).success) {
    return refuse(reasons.invalidValue());
  }
  const index = contracts.findIndex((c) => c.id === intent.contractId);
  if (index < 0) {
    return refuse(reasons.unknownContract(intent.contractId));
  }
  const span = reader.spans(text, options)?.[index];
  const piece = span ? contractPiece(text, span) : undefined;
  // On a large file an edit then costs what one contract costs, not what the file costs.
  if (piece) {
    const local = editPiece(piece, intent, contracts[index]!, detectStyle(text, piece));
    if (local) {
      return local;
    }
  }
  // The whole file as the document (a contract that shares its line with other text, or an edit
  // whose result only the whole file can judge).
  steps(wholeRoot, composer, ['contracts', index], intent, contracts[index]!, detectStyle(text));
  return finish(composer, text, options, refuse, reader);
}

/** The edit steps of an intent on one contract, found at `base` in the composer's text. */
function steps(rootOf: RootOf, composer: EditComposer, base: Path, intent: ContractIntent, contract: Contract, style: FileStyle): void {
  switch (intent.kind) {
    case 'setStage':
      composer.add(setProperty(rootOf, composer.text, base, 'stage', intent.stage, style));
      composer.add(setProperty(rootOf, composer.text, [...base, 'stageDates'], intent.stage, intent.at, style));
      break;
    case 'appendContact':
      composer.add(insertAt(rootOf, composer.text, [...base, 'contacts'], undefined, intent.contact, style));
      break;
    case 'setChecklistStep':
      if (intent.done) {
        composer.add(setProperty(rootOf, composer.text, [...base, 'checklist'], intent.stepId, { done: true, at: intent.at }, style));
      } else if (contract.checklist?.[intent.stepId] !== undefined) {
        composer.add(removeProperty(rootOf, composer.text, [...base, 'checklist', intent.stepId]));
      }
      break;
  }
}

function finish(
  composer: EditComposer,
  original: string,
  options: EditOptions,
  refuse: (r: Localized) => EditResult,
  reader: ContractsReader,
): EditResult {
  const newText = composer.text;
  if (newText === original) {
    return { ok: true, edits: [], newText };
  }
  const edits = composer.edits();
  const check = reader.read(newText, options);
  if (!check.ok) {
    return refuse(reasons.wouldBreak());
  }
  return { ok: true, edits, newText };
}

/**
 * One contract's text as a document of its own, from the start of its line so that indentation reads
 * as it does in the file. Only when white space alone stands before its brace on that line.
 */
export interface ContractPiece {
  /** The file's text. */
  readonly whole: string;
  /** Where the piece starts in the file, and where it ends. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The white space before the brace. */
  readonly lead: number;
}

export function contractPiece(text: string, span: ContractSpan): ContractPiece | undefined {
  const start = text.lastIndexOf('\n', span.offset - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(start, span.offset))) {
    return undefined;
  }
  const end = span.offset + span.length;
  return { whole: text, start, end, text: text.slice(start, end), lead: span.offset - start };
}

/**
 * An edit inside one contract, worked out on that contract's text alone: on a large file the edit
 * then costs what the contract costs, not what the file costs. The text around the contract is
 * unchanged and was valid, and ids are not edited, so the file stays valid exactly when the new
 * contract text is one valid contract object. Undefined when it is not, so that the caller works on
 * the whole file and gives the answer it always gave.
 */
function editPiece(piece: ContractPiece, intent: ContractIntent, contract: Contract, style: FileStyle): EditResult | undefined {
  const composer = new EditComposer(piece.text);
  steps(wholeRoot, composer, [], intent, contract, style);
  const changed = composer.text;
  if (changed === piece.text) {
    return { ok: true, edits: [], newText: piece.whole };
  }
  if (!isValidContractText(changed.slice(piece.lead))) {
    return undefined;
  }
  const edits = composer.edits().map((e) => ({ ...e, offset: e.offset + piece.start }));
  return { ok: true, edits, newText: piece.whole.slice(0, piece.start) + changed + piece.whole.slice(piece.end) };
}

/** The syntax tree an edit step looks paths up in, for the text as the steps so far left it. */
export type RootOf = (text: string) => Node;

export function wholeRoot(text: string): Node {
  const { root } = jsoncTree(text);
  if (!root) {
    throw new Error('parsed text has no root');
  }
  return root;
}

/** Removes a property that exists, keeping its neighbours' lines and comments as they are. */
export function removeProperty(rootOf: RootOf, text: string, path: Path): TextEdit[] {
  const property = findNodeAtLocation(rootOf(text), path)?.parent;
  const container = property?.parent;
  if (!property || !container) {
    return [];
  }
  return removeOwnLines(text, container, property) ?? removeInline(text, container, property);
}

/** Sets `key` in the object at `objectPath`, creating the object if the contract has none. */
export function setProperty(rootOf: RootOf, text: string, objectPath: Path, key: string, value: unknown, style: FileStyle): TextEdit[] {
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
export function insertAt(rootOf: RootOf, text: string, path: Path, key: string | undefined, value: unknown, style: FileStyle): TextEdit[] {
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
