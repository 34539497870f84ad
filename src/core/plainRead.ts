import { findDateProblems } from './dateSanity';
import { checkContract } from './contractCache';
import { blankedSlice, scanOnce } from './fastRead';
import { jsoncTree } from './jsoncTree';
import { placeOf, type ContractSpan, type FullRead, type KnownContract, type ParseOptions, type ProblemMaker } from './parse';
import type { Problem } from './problems';
import { schemas, type Contract } from './schema';

/**
 * The first read of a valid file, in one scan (fastRead.ts), then JSON.parse and the schema contract by
 * contract, and once for the file around the list. Undefined whenever the file has anything to report
 * other than date warnings: the full reader (parse.ts) then reads it and places every problem, so
 * there is one way to find problems. Positions are worked out only for what is reported: a date
 * warning is placed inside its contract's own text, which is what rereadOne.ts does too.
 *
 * Parsed piece by piece, the file is never copied whole: a copy of a large file cost more than
 * JSON.parse itself (a fresh block of memory the size of the file, every read).
 */
export function readPlain(text: string, options: ParseOptions, problem: ProblemMaker, known?: KnownContract): FullRead | undefined {
  const scanned = scanOnce(text);
  if (!scanned) {
    return undefined;
  }
  const { spans, blanks, listOpen, listClose } = scanned;
  if (!separatedByCommas(text, listOpen + 1, listClose, spans, blanks)) {
    return undefined;
  }
  // The file around the list, with the list left empty: checked with the file's own schema.
  const before = blankedSlice(text, 0, listOpen + 1, blanks, 0);
  const after = blankedSlice(text, listClose, text.length, blanks, 0);
  const outside = parsed(before.text + after.text);
  if (typeof outside !== 'object' || outside === null || Array.isArray(outside)) {
    return undefined;
  }
  const shell = schemas().contractsFileSchema.safeParse(outside);
  if (!shell.success) {
    return undefined;
  }
  const contracts: Contract[] = new Array<Contract>(spans.length);
  const ids = new Set<string>();
  let k = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const end = span.offset + span.length;
    const contract = known?.(text.slice(span.offset, end)) ?? readContract(text, span.offset, end, blanks, k);
    if (contract === undefined || ids.has(contract.id)) {
      return undefined; // a duplicate id: the full read says where the first one is
    }
    while (k < blanks.length && blanks[k + 1]! <= end) k += 2;
    ids.add(contract.id);
    contracts[i] = contract;
  }
  const file = { ...shell.data, contracts };
  const problems: Problem[] = [];
  for (const found of findDateProblems(file, options.utcOffsetMinutes)) {
    const index = found.path[1] as number;
    const span = spans[index]!;
    const { root } = jsoncTree(text.slice(span.offset, span.offset + span.length));
    const { offset, length } = root ? placeOf(root, found.path.slice(2)) : { offset: 0, length: 0 };
    problems.push(problem('dateOrder', 'warning', found.message, span.offset + offset, length, found.path));
  }
  return { result: { ok: true, file, problems }, spans };
}

/** JSON.parse's value, or undefined for a text it refuses. */
function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function readContract(text: string, from: number, to: number, blanks: readonly number[], k: number): Contract | undefined {
  const value = parsed(blankedSlice(text, from, to, blanks, k).text);
  return value === undefined ? undefined : checkContract(value);
}

/**
 * Whether the list's contracts stand one after another with one comma between each two, and nothing
 * else but JSON's whitespace and what `blanks` takes out (comments, a trailing comma): what JSON.parse
 * of the whole list would have checked, since each contract is parsed on its own.
 */
function separatedByCommas(text: string, from: number, to: number, spans: readonly ContractSpan[], blanks: readonly number[]): boolean {
  let at = from;
  let k = 0;
  for (let i = 0; i <= spans.length; i++) {
    const end = i < spans.length ? spans[i]!.offset : to;
    let commas = 0;
    while (at < end) {
      while (k < blanks.length && blanks[k + 1]! <= at) k += 2;
      if (k < blanks.length && blanks[k]! <= at) {
        at = blanks[k + 1]!; // a comment or a trailing comma
        continue;
      }
      const ch = text.charCodeAt(at);
      if (ch === 0x2c) {
        commas++;
      } else if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d) {
        return false;
      }
      at++;
    }
    if (commas !== (i === 0 || i === spans.length ? 0 : 1)) {
      return false;
    }
    at = i < spans.length ? end + spans[i]!.length : at;
  }
  return true;
}
