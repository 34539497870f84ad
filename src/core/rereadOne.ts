import type { Node } from 'jsonc-parser';
import { findDateProblems } from './dateSanity';
import type { ContractSpan, ParseOptions, ProblemMaker } from './parse';
import type { LineIndex } from './positions';
import type { Problem } from './problems';
import type { TextEdit } from './edit/textEdit';
import type { Contract, ContractsFile } from './schema';

/** A valid read: what the last read of a text found, and where each contract stands in it. */
export interface ValidRead {
  readonly text: string;
  readonly file: ContractsFile;
  readonly problems: readonly Problem[];
  readonly spans: readonly ContractSpan[];
}

/** What reading a single contract's text gives (parse.ts's readOneContract). */
export type OneContractReader = (text: string) => { readonly contract: Contract; readonly root: Node } | undefined;

export interface Placer {
  /** The new text's line index (parse.ts's lazyLines), and problems placed with it. */
  readonly lines: () => LineIndex;
  readonly problem: ProblemMaker;
  /** The place of a path inside a contract's own syntax tree (parse.ts's placeOf). */
  readonly placeOf: (root: Node, path: readonly (string | number)[]) => { offset: number; length: number };
  readonly readOne: OneContractReader;
}

/**
 * The read of `text` worked out from the read `before`, when the two texts differ only inside one
 * contract's { … }: the common case, since the file is read again after every change, and a change
 * (a hand edit, a logged contact) nearly always stays in one contract. Then only that contract's
 * text is parsed and validated, and the rest is carried over, moved by the change's length.
 *
 * Why that gives what a full read gives: the text before the contract is the same, so the parser
 * reaches its `{` as before; the new contract text reads as exactly one object, so the parser leaves
 * it where it left the old one; the text after it is the same. Every other contract, and the file
 * around the list, reads as before. What can depend on more than one contract is checked here again
 * (ids stay unique). Anything else (the change reaches past the contract, the contract no longer reads
 * as one valid object) returns undefined, and the caller reads the whole text, which reports it.
 */
export function rereadOneContract(before: ValidRead, text: string, options: ParseOptions, at: Placer): Omit<ValidRead, 'text'> | undefined {
  const old = before.text;
  const start = commonPrefixLength(old, text);
  const end = old.length - commonSuffixLength(old, text, start); // the change's end, in the old text
  const index = spanHolding(before.spans, start, end);
  if (index === undefined) {
    return undefined;
  }
  const span = before.spans[index]!;
  const delta = text.length - old.length;
  // A copy of its own: the strings read from it then keep only this contract's text alive, not the
  // whole version of the file it came from (a large file, kept once per edit otherwise).
  const source = detached(text.slice(span.offset, span.offset + span.length + delta));
  return rereadAt(before, index, delta, source, options, at);
}

/**
 * The same, for a text known to be `before.text` with `edits` applied (non-overlapping, in order):
 * the change is where the edits are, and the contract's new text is made from its old text and the
 * edits. The new text of the file is neither compared nor copied, which for a large file joined from
 * pieces (as an edit's result is) costs more than all the rest.
 */
export function rereadEdited(
  before: ValidRead,
  edits: readonly TextEdit[],
  options: ParseOptions,
  at: Placer,
): Omit<ValidRead, 'text'> | undefined {
  const first = edits[0];
  const last = edits[edits.length - 1];
  if (!first || !last) {
    return undefined;
  }
  const index = spanHolding(before.spans, first.offset, last.offset + last.length);
  if (index === undefined) {
    return undefined;
  }
  const span = before.spans[index]!;
  let source = '';
  let from = span.offset;
  let delta = 0;
  for (const edit of edits) {
    if (edit.offset < from) {
      return undefined; // out of order or overlapping: not what an edit's result is
    }
    source += before.text.slice(from, edit.offset) + edit.content;
    from = edit.offset + edit.length;
    delta += edit.content.length - edit.length;
  }
  source += before.text.slice(from, span.offset + span.length);
  return rereadAt(before, index, delta, detached(source), options, at);
}

/** The read of a text whose only change is that contract `index` now reads `source`, `delta` longer. */
function rereadAt(
  before: ValidRead,
  index: number,
  delta: number,
  source: string,
  options: ParseOptions,
  at: Placer,
): Omit<ValidRead, 'text'> | undefined {
  const span = before.spans[index]!;
  const read = at.readOne(source);
  if (!read) {
    return undefined;
  }
  const contracts = before.file.contracts;
  const { contract } = read;
  if (contract.id !== contracts[index]!.id && contracts.some((c, i) => i !== index && c.id === contract.id)) {
    return undefined; // a duplicate id: the full read says where the first one is
  }
  const spans = before.spans.map((s, i) =>
    i < index ? s : i === index ? { offset: s.offset, length: s.length + delta } : { offset: s.offset + delta, length: s.length },
  );
  const nextContracts = contracts.slice();
  nextContracts[index] = contract;

  // Date warnings: the changed contract's are found again, the others' are the same, moved.
  const problems: Problem[] = [];
  // Before the contract nothing moved; after it, the line and column are counted again.
  const moved = (p: Problem): Problem => {
    const offset = p.offset + delta;
    return p.offset < span.offset ? p : { ...p, offset, range: at.lines().rangeAt(offset, p.length) };
  };
  const own = findDateProblems({ ...before.file, contracts: [contract] }, options.utcOffsetMinutes).map((found) => {
    const { offset, length } = at.placeOf(read.root, found.path.slice(2));
    return at.problem('dateOrder', 'warning', found.message, span.offset + offset, length, ['contracts', index, ...found.path.slice(2)]);
  });
  for (const p of before.problems) {
    if (p.path[1] === index) {
      continue;
    }
    if (own.length > 0 && typeof p.path[1] === 'number' && p.path[1] > index) {
      problems.push(...own.splice(0));
    }
    problems.push(moved(p));
  }
  problems.push(...own);
  return { file: { ...before.file, contracts: nextContracts }, problems, spans };
}

/** A flat copy of `s` that does not hold on to the larger string it was sliced from. */
function detached(s: string): string {
  // Joining forces V8 to copy the characters into a new string; the slice then points into that copy.
  return `${s} `.slice(0, -1);
}

/** The contract whose text holds the whole change [start, end) of the old text, by index. */
function spanHolding(spans: readonly ContractSpan[], start: number, end: number): number | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (start < span.offset) {
      high = mid - 1;
    } else if (start >= span.offset + span.length) {
      low = mid + 1;
    } else {
      return end <= span.offset + span.length ? mid : undefined;
    }
  }
  return undefined;
}

// Compared a block at a time: one native string comparison per block is about ten times faster
// than comparing a large text character by character.
const BLOCK = 1 << 14;

export function commonPrefixLength(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= most && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) {
    i += BLOCK;
  }
  while (i < most && a.charCodeAt(i) === b.charCodeAt(i)) {
    i++;
  }
  return i;
}

/** The length of the common end of `a` and `b` that does not reach back before `notBefore`. */
export function commonSuffixLength(a: string, b: string, notBefore: number): number {
  const most = Math.min(a.length, b.length) - notBefore;
  let n = 0;
  while (n + BLOCK <= most && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) {
    n += BLOCK;
  }
  while (n < most && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) {
    n++;
  }
  return n;
}
