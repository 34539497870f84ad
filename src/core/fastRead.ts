import { MAX_NESTING } from './nesting';
import type { ContractSpan } from './parse';

/** What one scan of a text found, when the text needs nothing but JSON.parse to be read. */
export interface Scanned {
  /** Where each element of the root object's "contracts" list stands. */
  readonly spans: readonly ContractSpan[];
  /** The list's `[` and `]`. */
  readonly listOpen: number;
  readonly listClose: number;
  /** What JSON does not allow (comments, trailing commas), as [start, end) pairs in order. */
  readonly blanks: readonly number[];
}

/**
 * The first read's single pass over the text. It finds, in one scan without recursion, what JSON.parse
 * cannot say: comments and trailing commas (JSONC), nesting deeper than MAX_NESTING, a key twice in
 * one object or a `__proto__` key, and each contract's { … }. JSON.parse, native and far faster than
 * any scanner written here, then makes the values, contract by contract (plainRead.ts).
 *
 * Undefined means "not sure": anything this scan does not vouch for (nesting too deep, a repeated or
 * escaped key, an unclosed comment, a comma with nothing before it) goes to the full reader
 * (parse.ts), which reports it with its exact place. So the scan only has to be right about texts
 * that are valid; JSON.parse rejects everything else that is malformed (a line break in a string, a
 * bad number), since blanking a comment or a comma after a value never makes a broken text valid.
 */
export function scanOnce(text: string): Scanned | undefined {
  const n = text.length;
  const blanks: number[] = []; // [start, end) pairs
  // Keys of the objects open now, innermost last: each key's start and length in the text, the first
  // `keys` of these lists (stacks with a count, not lists cut to length: cutting a list is slow in V8).
  const keyStart: number[] = [];
  const keyLength: number[] = [];
  let keys = 0;
  const objectKeysFrom: number[] = []; // per open container: where its keys begin (-1: an array)
  let depth = 0;
  let lastStringStart = -1;
  let lastStringEnd = -1;
  let previous = 0; // the last significant character: 0 at the start
  let previousAt = -1;
  // The "contracts" list: its depth once open (the root's property), and its elements' places.
  let listDepth = -1;
  let listOpen = -1;
  let listClose = -1;
  let contractsKeyAt = -1;
  let spans: ContractSpan[] | undefined;
  let elementStart = -1;
  let commaBefore = -1; // the significant character before the last comma (to refuse `[,]` and `{,}`)

  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    switch (ch) {
      case 0x20:
      case 0x09:
      case 0x0a:
      case 0x0d:
        continue;
      case 0x22 /* " */: {
        const end = stringEnd(text, i);
        if (end < 0) return undefined;
        lastStringStart = i;
        lastStringEnd = end + 1;
        i = end;
        break;
      }
      case 0x2f /* / */: {
        const next = text.charCodeAt(i + 1);
        let end: number;
        if (next === 0x2f) {
          end = i + 2;
          while (end < n && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
        } else if (next === 0x2a /* * */) {
          const close = text.indexOf('*/', i + 2);
          if (close < 0) return undefined;
          end = close + 2;
        } else {
          return undefined;
        }
        blanks.push(i, end);
        i = end - 1;
        continue; // a comment is not significant
      }
      case 0x7b /* { */:
      case 0x5b /* [ */:
        if (++depth > MAX_NESTING) return undefined;
        objectKeysFrom[depth - 1] = ch === 0x7b ? keys : -1;
        if (depth === listDepth + 1 && listDepth > 0 && ch === 0x7b && spans) elementStart = i;
        if (ch === 0x5b && contractsKeyAt >= 0 && previous === 0x3a && depth === 2) {
          listDepth = 2;
          listOpen = i;
          spans = [];
        }
        break;
      case 0x7d /* } */:
      case 0x5d /* ] */: {
        if (previous === 0x2c /* , */) {
          const before = text.charCodeAt(commaBefore);
          if (before === 0x5b || before === 0x7b || before === 0x2c || before === 0x3a) return undefined;
          insertBlank(blanks, previousAt); // before the comments that followed the comma
        }
        if (depth === 0) return undefined;
        const from = objectKeysFrom[depth - 1]!;
        if (from >= 0) keys = from;
        if (depth === listDepth + 1 && elementStart >= 0 && spans) {
          spans.push({ offset: elementStart, length: i + 1 - elementStart });
          elementStart = -1;
        } else if (depth === listDepth) {
          listDepth = -listDepth; // closed: no later list of that name counts (a repeat is refused anyway)
          listClose = i;
        }
        depth--;
        break;
      }
      case 0x3a /* : */: {
        if (previous !== 0x22 || lastStringEnd !== previousAt + 1) return undefined;
        const from = depth > 0 ? objectKeysFrom[depth - 1]! : -1;
        if (from < 0) return undefined;
        if (!newKey(text, lastStringStart, lastStringEnd - lastStringStart, keyStart, keyLength, from, keys)) return undefined;
        keyStart[keys] = lastStringStart;
        keyLength[keys] = lastStringEnd - lastStringStart;
        keys++;
        if (depth === 1 && lastStringEnd - lastStringStart === 11 && text.startsWith('"contracts"', lastStringStart)) {
          contractsKeyAt = lastStringStart;
        } else if (depth === 1) {
          contractsKeyAt = -1;
        }
        break;
      }
      case 0x2c /* , */:
        commaBefore = previousAt;
        break;
      default:
        // A number, true, false or null (or something JSON.parse will refuse): skip to its end.
        while (i + 1 < n && !isDelimiter(text.charCodeAt(i + 1))) i++;
        previous = 0x30; // a value
        previousAt = i;
        continue;
    }
    previous = ch;
    previousAt = i;
  }
  if (depth !== 0 || !spans || listClose < 0) return undefined;
  return { spans, listOpen, listClose, blanks };
}

/**
 * The closing quote of the string that opens at `open`, or -1. The native search finds each quote; a
 * quote after an odd run of backslashes is escaped. A line break inside is left to JSON.parse, which
 * refuses it.
 */
function stringEnd(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at > 0 && text.charCodeAt(at - 1) === 0x5c /* \ */) {
    let before = at - 1;
    while (text.charCodeAt(before) === 0x5c) before--;
    if ((at - 1 - before) % 2 === 0) break;
    at = text.indexOf('"', at + 1);
  }
  return at;
}

/**
 * Whether a key is one a plain read can take: not `__proto__`, not yet in its object, and without an
 * escape ("\u0061" and "a" are one key: the full reader compares them decoded).
 */
function newKey(text: string, start: number, length: number, starts: number[], lengths: number[], from: number, to: number): boolean {
  if (length === 11 && text.startsWith('"__proto__"', start)) {
    return false;
  }
  for (let j = start + 1; j < start + length - 1; j++) {
    if (text.charCodeAt(j) === 0x5c) return false;
  }
  for (let k = from; k < to; k++) {
    if (lengths[k] !== length) continue;
    const other = starts[k]!;
    let same = true;
    for (let j = 1; j < length - 1; j++) {
      if (text.charCodeAt(start + j) !== text.charCodeAt(other + j)) {
        same = false;
        break;
      }
    }
    if (same) return false;
  }
  return true;
}

/** Adds the one-character blank at `at` to `blanks`, keeping them in order. */
function insertBlank(blanks: number[], at: number): void {
  let k = blanks.length;
  while (k > 0 && blanks[k - 2]! > at) k -= 2;
  blanks.splice(k, 0, at, at + 1);
}

function isDelimiter(ch: number): boolean {
  return (
    ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0x2c || ch === 0x3a || ch === 0x5b || ch === 0x5d ||
    ch === 0x7b || ch === 0x7d || ch === 0x22 || ch === 0x2f
  );
}

/**
 * `text` from `from` to `to` with the blanks inside turned to spaces, so every offset holds. `k` is
 * the index in `blanks` of the first pair that may lie inside; the answer says where the next search
 * starts. A slice without blanks is V8's view of the text, not a copy: the file is never copied whole.
 */
export function blankedSlice(text: string, from: number, to: number, blanks: readonly number[], k: number): { readonly text: string; readonly next: number } {
  while (k < blanks.length && blanks[k + 1]! <= from) k += 2;
  if (k >= blanks.length || blanks[k]! >= to) {
    return { text: text.slice(from, to), next: k };
  }
  let out = '';
  let at = from;
  for (; k < blanks.length && blanks[k]! < to; k += 2) {
    const start = blanks[k]!;
    const end = blanks[k + 1]!;
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return { text: out + text.slice(at, to), next: k };
}
