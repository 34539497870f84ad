import { MAX_NESTING } from './nesting';
import type { ContractSpan } from './parse';

/** What one scan of a text found, when the text needs nothing but JSON.parse to be read. */
export interface Scanned {
  /** The text as strict JSON: comments and trailing commas blanked out, every offset unchanged. */
  readonly json: string;
  /** Where each element of the root object's "contracts" list stands, or undefined without one. */
  readonly spans: readonly ContractSpan[] | undefined;
}

/**
 * The first read's single pass over the text. It finds, in one scan without recursion, what JSON.parse
 * cannot say: comments and trailing commas (JSONC), nesting deeper than MAX_NESTING, a key twice in
 * one object or a `__proto__` key, and each contract's { … }. JSON.parse, native and far faster than
 * any scanner written here, then makes the values.
 *
 * Undefined means "not sure": anything this scan does not vouch for (nesting too deep, a repeated or
 * escaped key, an unclosed comment, a comma with nothing before it) goes to the full reader
 * (parse.ts), which reports it with its exact place. So the scan only has to be right about texts
 * that are valid; JSON.parse rejects everything else that is malformed, since blanking a comment or a
 * comma after a value never makes a broken text valid.
 */
export function scanOnce(text: string): Scanned | undefined {
  const n = text.length;
  const blanks: number[] = []; // [start, end) pairs
  // Keys of the objects open now, innermost last: each key's start and length in the text.
  const keyStart: number[] = [];
  const keyLength: number[] = [];
  const objectKeysFrom: number[] = []; // per open container: where its keys begin (-1: an array)
  let depth = 0;
  let lastStringStart = -1;
  let lastStringEnd = -1;
  let previous = 0; // the last significant character: 0 at the start
  let previousAt = -1;
  // The "contracts" list: its depth once open (the root's property), and its elements' places.
  let listDepth = -1;
  let contractsKeyAt = -1;
  let spans: ContractSpan[] | undefined;
  let elementStart = -1;
  let commaBefore = -1; // the significant character before the last comma (to refuse `[,]` and `{,}`)
  // Made per read, not per module: a sticky expression carries its position (lastIndex) between uses.
  const plainRun = /[^"\\\r\n]*/y;

  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    switch (ch) {
      case 0x20:
      case 0x09:
      case 0x0a:
      case 0x0d:
        continue;
      case 0x22 /* " */: {
        const start = i;
        let escaped = false;
        for (i++; i < n; i++) {
          plainRun.lastIndex = i; // the native matcher skips the ordinary characters
          plainRun.test(text);
          i = plainRun.lastIndex;
          const c = text.charCodeAt(i);
          if (c === 0x22) break;
          if (c === 0x5c /* \ */) {
            i++;
            escaped = true;
          } else if (i < n) {
            return undefined; // a string cut by a line break
          }
        }
        if (i >= n) return undefined;
        lastStringStart = escaped ? -1 : start; // "\u0061" and "a" are one key: the full reader compares them decoded
        lastStringEnd = i + 1;
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
        objectKeysFrom.push(ch === 0x7b ? keyStart.length : -1);
        if (depth === listDepth + 1 && listDepth > 0 && ch === 0x7b && spans) elementStart = i;
        if (ch === 0x5b && contractsKeyAt >= 0 && previous === 0x3a && depth === 2) {
          listDepth = 2;
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
        const from = objectKeysFrom.pop();
        if (from === undefined) return undefined;
        if (from >= 0) {
          keyStart.length = from;
          keyLength.length = from;
        }
        if (depth === listDepth + 1 && elementStart >= 0 && spans) {
          spans.push({ offset: elementStart, length: i + 1 - elementStart });
          elementStart = -1;
        } else if (depth === listDepth) {
          listDepth = -listDepth; // closed: no later list of that name counts (a repeat is refused anyway)
        }
        depth--;
        break;
      }
      case 0x3a /* : */: {
        if (previous !== 0x22 || lastStringEnd !== previousAt + 1 || lastStringStart < 0) return undefined;
        const from = objectKeysFrom[objectKeysFrom.length - 1];
        if (from === undefined || from < 0) return undefined;
        if (!newKey(text, lastStringStart, lastStringEnd - lastStringStart, keyStart, keyLength, from)) return undefined;
        keyStart.push(lastStringStart);
        keyLength.push(lastStringEnd - lastStringStart);
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
  if (depth !== 0) return undefined;
  return { json: blanks.length === 0 ? text : blankOut(text, blanks), spans };
}

/** Whether a key is one a plain read can take: not `__proto__`, not yet in its object. */
function newKey(text: string, start: number, length: number, starts: number[], lengths: number[], from: number): boolean {
  if (length === 11 && text.startsWith('"__proto__"', start)) {
    return false;
  }
  for (let k = from; k < starts.length; k++) {
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

/** `text` with the [start, end) ranges in `blanks` turned to spaces: the same length, so every offset holds. */
function blankOut(text: string, blanks: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < blanks.length; k += 2) {
    const start = blanks[k]!;
    const end = blanks[k + 1]!;
    parts.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
