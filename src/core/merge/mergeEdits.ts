import { findNodeAtLocation } from 'jsonc-parser';
import { contractPiece, insertAt, removeProperty, setProperty, wholeRoot, type Path, type RootOf } from '../edit/intents';
import { removeInline, removeOwnLines } from '../edit/remove';
import { detectStyle, type FileStyle } from '../edit/style';
import { applyTextEdits, EditComposer, type TextEdit } from '../edit/textEdit';
import { readOneContract, type ContractSpan } from '../parse';
import type { Contact, Contract } from '../schema';
import { insertBefore } from './insertBefore';
import type { MergePlan } from './mergeModel';
import { isPlainObject, sameValue } from './values';

/**
 * The plan written as the smallest edits of ours' text: only the values that differ are touched, so
 * the writer's comments, key order and indentation stay. Each changed contract is edited as a text of
 * its own (as computeEdit does), so a merge of a large file costs what the changed contracts cost.
 */
export interface PlannedEdits {
  /** The edits of ours' text, none overlapping, and the text they make. */
  readonly edits: readonly TextEdit[];
  readonly newText: string;
  /**
   * Whether an edit reached beyond one contract's own text (a contract removed or added, a field of
   * the file, a contract sharing its line): then only a read of the whole new text can vouch for it.
   * Otherwise each edited contract was checked on its own (see diffPiece), and the text around them
   * is unchanged and was valid.
   */
  readonly beyondContracts: boolean;
  /** A contract whose edited text did not read back as its merged value. */
  readonly failed: boolean;
}

export function planEdits(
  text: string,
  spans: readonly ContractSpan[],
  oursContracts: readonly Contract[],
  oursShell: Record<string, unknown>,
  plan: MergePlan,
): PlannedEdits {
  // Read from the whole text, so only when an edit outside one contract's own text needs it.
  let style: FileStyle | undefined;
  const fileStyle = (): FileStyle => (style ??= detectStyle(text));
  const whole: number[] = [];
  const pieceEdits: TextEdit[] = []; // all against the original text, added in one go
  for (const [index, merged] of plan.changed) {
    if (merged === 'removed') {
      continue;
    }
    const span = spans[index];
    const piece = span ? contractPiece(text, span) : undefined;
    if (!piece) {
      whole.push(index);
      continue;
    }
    const local = new EditComposer(piece.text);
    diffInto(wholeRoot, local, [], oursContracts[index]!, merged, detectStyle(text, piece), true);
    const back = readOneContract(local.text.slice(piece.lead));
    if (!back || !sameValue(back.contract, merged)) {
      return { edits: [], newText: text, beyondContracts: false, failed: true };
    }
    pieceEdits.push(...local.edits().map((e) => ({ ...e, offset: e.offset + piece.start })));
  }
  const removed = [...plan.changed]
    .filter(([, v]) => v === 'removed')
    .map(([i]) => i)
    .sort((a, b) => b - a);
  const shellChanged = !sameValue(oursShell, plan.shell);
  if (whole.length === 0 && removed.length === 0 && plan.added.length === 0 && !shellChanged) {
    // The usual merge: only contracts edited in place. Their edits lie in distinct contracts, so they are
    // applied to the file in one pass; a composer over a large file would copy it once per edit.
    return { edits: pieceEdits, newText: applyTextEdits(text, pieceEdits), beyondContracts: false, failed: false };
  }
  const composer = new EditComposer(text);
  composer.add(pieceEdits);
  // A contract that shares its line with other text: edited in the whole file, by its index (not moved yet).
  for (const index of whole) {
    const merged = plan.changed.get(index);
    if (merged && merged !== 'removed') {
      diffInto(wholeRoot, composer, ['contracts', index], oursContracts[index]!, merged, fileStyle(), true);
    }
  }
  for (const index of removed) {
    const list = findNodeAtLocation(wholeRoot(composer.text), ['contracts']);
    const node = list?.children?.[index];
    if (list && node) {
      composer.add(removeOwnLines(composer.text, list, node) ?? removeInline(composer.text, list, node));
    }
  }
  for (const contract of plan.added) {
    composer.add(insertAt(wholeRoot, composer.text, ['contracts'], undefined, contract, fileStyle()));
  }
  if (shellChanged) {
    diffInto(wholeRoot, composer, [], oursShell, plan.shell, fileStyle(), false);
  }
  return { edits: composer.edits(), newText: composer.text, beyondContracts: true, failed: false };
}

/** Edits that turn the object at `path` from `from` into `to`, key by key. */
function diffInto(
  rootOf: RootOf,
  composer: EditComposer,
  path: Path,
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  style: FileStyle,
  isContract: boolean,
): void {
  for (const key of Object.keys(from)) {
    if (to[key] === undefined && from[key] !== undefined) {
      composer.add(removeProperty(rootOf, composer.text, [...path, key]));
    }
  }
  for (const [key, value] of Object.entries(to)) {
    const old = from[key];
    if (value === undefined || sameValue(old, value)) {
      continue;
    }
    if (isPlainObject(old) && isPlainObject(value)) {
      diffInto(rootOf, composer, [...path, key], old, value, style, false);
    } else if (isContract && key === 'contacts' && Array.isArray(old) && Array.isArray(value)) {
      insertContacts(rootOf, composer, [...path, key], old as Contact[], value as Contact[], style);
    } else {
      composer.add(setProperty(rootOf, composer.text, path, key, value, style));
    }
  }
}

/** `to` is `from` with entries put in (mergeContacts keeps ours in order): each goes in at its place. */
function insertContacts(
  rootOf: RootOf,
  composer: EditComposer,
  path: Path,
  from: readonly Contact[],
  to: readonly Contact[],
  style: FileStyle,
): void {
  let i = 0;
  let inserted = 0;
  for (const contact of to) {
    if (i < from.length && (contact === from[i] || sameValue(contact, from[i]))) {
      i++;
      continue;
    }
    if (i >= from.length) {
      composer.add(insertAt(rootOf, composer.text, path, undefined, contact, style));
    } else {
      const list = findNodeAtLocation(rootOf(composer.text), path);
      if (!list) {
        throw new Error(`no contact log at ${JSON.stringify(path)}`);
      }
      composer.add(insertBefore(composer.text, list, i + inserted, contact, style));
    }
    inserted++;
  }
  if (i < from.length) {
    throw new Error('merged contacts lost an entry of this machine');
  }
}
