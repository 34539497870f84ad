import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import { jsoncTree } from './jsoncTree';
import type * as z from 'zod/mini';
import { pick, type Locale, type Localized } from './i18n';
import { LineIndex } from './positions';
import type { JsonPath, Problem, ProblemKind, Severity } from './problems';
import { DATE_ISSUE, schemas, type Contract, type ContractsFile } from './schema';
import * as msg from './parseMessages';
import { findDateProblems } from './dateSanity';
import { findTooDeepNesting, MAX_NESTING } from './nesting';
import { findKeyProblems } from './keys';
import { checkContract, validateWithReuse } from './contractCache';
import { readPlain } from './plainRead';

export type ParseResult =
  | { readonly ok: true; readonly file: ContractsFile; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ParseOptions {
  readonly locale: Locale;
  /** The writer's zone, to compare a plain date with a date-time on the same footing. */
  readonly utcOffsetMinutes: number;
}


/**
 * Reads the contracts file. Comments and trailing commas are fine (people edit it by hand);
 * everything else that is wrong comes back as a problem with its exact place in the text.
 *
 * A first read: nothing is kept, and the answer depends on the arguments alone. To read the same file
 * again after a change at the cost of the change, hold a ContractsReader (reader.ts) and read through it.
 */
export function parseContracts(text: string, options: ParseOptions): ParseResult {
  return readContracts(text, options).result;
}

/** Where each contract's { … } stands in the text, by index. */
export interface ContractSpan {
  readonly offset: number;
  readonly length: number;
}

/** The contracts' places in a valid file (a first read of it); undefined for a file that is not valid. */
export function contractSpans(text: string, options: ParseOptions): readonly ContractSpan[] | undefined {
  return readContracts(text, options).spans;
}

/** A whole read of a text: the result, and for a valid file where each contract stands. */
export interface FullRead {
  readonly result: ParseResult;
  readonly spans?: readonly ContractSpan[];
}

/** A contract already validated, by its exact source text (from an earlier read that its owner kept). */
export type KnownContract = (source: string) => Contract | undefined;

/**
 * A whole read of `text`. `known` hands back contracts an earlier read validated, by their text; the
 * answer is the same with or without it, only faster.
 */
export function readContracts(text: string, options: ParseOptions, known?: KnownContract): FullRead {
  const lines = lazyLines(text);
  const problem = problemMaker(text, options.locale, lines);
  return readPlain(text, options, problem, known) ?? readFully(text, options, lines, problem, known);
}

/** The full reader alone, which finds and places every problem: the reference the one-pass read is tested against. */
export function readContractsFully(text: string, options: ParseOptions): FullRead {
  const lines = lazyLines(text);
  return readFully(text, options, lines, problemMaker(text, options.locale, lines));
}

/** Kept for the archive's callers: a first read of another file, which keeps nothing (as every read now). */
export function readOnce(text: string, options: ParseOptions): { readonly result: ParseResult; readonly spans: readonly ContractSpan[] } {
  const read = readContracts(text, options);
  return { result: read.result, spans: read.spans ?? [] };
}

/** The text's line index, built on first use: most reads place no problem, and a large file has many lines. */
export function lazyLines(text: string): () => LineIndex {
  let lineIndex: LineIndex | undefined;
  return () => (lineIndex ??= new LineIndex(text));
}

/** Builds problems placed in `text`, with its line index (lazyLines). */
export type ProblemMaker = (kind: ProblemKind, severity: Severity, message: Localized, offset: number, length: number, path: JsonPath) => Problem;

export function problemMaker(text: string, locale: Locale, lines: () => LineIndex): ProblemMaker {
  return (kind, severity, message, offset, length, path) => {
    const clipped = Math.max(0, Math.min(length, text.length - offset)); // an unclosed comment can reach past the end
    return { kind, severity, message: pick(message, locale), offset, length: clipped, range: lines().rangeAt(offset, clipped), path };
  };
}

/**
 * The full read, with a syntax tree: the reference for every problem and its place. A valid file
 * seldom comes here (readPlain reads it); a file with a problem always does, so problems are found and
 * placed in one way only.
 */
function readFully(text: string, options: ParseOptions, lines: () => LineIndex, problem: ProblemMaker, known?: KnownContract): FullRead {
  if (text.trim() === '') {
    return { result: { ok: false, problems: [problem('syntax', 'error', msg.EMPTY_FILE, 0, 0, [])] } };
  }

  const tooDeep = findTooDeepNesting(text); // before anything recursive reads the text
  if (tooDeep) {
    return { result: { ok: false, problems: [problem('nesting', 'error', tooDeep.message, tooDeep.offset, 1, [])] } };
  }
  const { root, errors } = jsoncTree(text);
  if (errors.length > 0 || !root) {
    const syntax = errors.map((e) => problem('syntax', 'error', msg.syntaxMessage(e.error), e.offset, e.length, []));
    return { result: { ok: false, problems: syntax.length > 0 ? syntax : [problem('syntax', 'error', msg.EMPTY_FILE, 0, 0, [])] } };
  }
  const keys = findKeyProblems(root); // before getNodeValue, which would act on them
  if (keys.length > 0) {
    return { result: { ok: false, problems: keys.map((k) => problem('duplicateKey', 'error', k.message, k.offset, k.length, [])) } };
  }

  const reused = validateWithReuse(text, root, known);
  const parsed = reused ? { success: true as const, data: reused } : schemas().contractsFileSchema.safeParse(getNodeValue(root), { reportInput: true });
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems: Problem[] = [];
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const key = JSON.stringify(path);
      if (seen.has(key)) {
        continue; // one message per place is enough for a person to fix it
      }
      seen.add(key);
      const { offset, length } = placeOf(root, path);
      problems.push(problem('schema', 'error', describeIssue(issue, path), offset, length, path));
    }
    return { result: { ok: false, problems } };
  }

  const file = parsed.data;
  const problems: Problem[] = [];
  const firstById = new Map<string, number>();
  file.contracts.forEach((contract, index) => {
    const path = ['contracts', index, 'id'];
    const node = findNodeAtLocation(root, path);
    const first = firstById.get(contract.id);
    if (first === undefined) {
      firstById.set(contract.id, node?.offset ?? 0);
    } else if (node) {
      const firstLine = lines().positionAt(first).line + 1;
      problems.push(problem('duplicateId', 'error', msg.duplicateId(contract.id, firstLine), node.offset, node.length, path));
    }
  });
  if (problems.length > 0) {
    return { result: { ok: false, problems } };
  }
  for (const found of findDateProblems(file, options.utcOffsetMinutes)) {
    const { offset, length } = placeOf(root, found.path);
    problems.push(problem('dateOrder', 'warning', found.message, offset, length, found.path));
  }
  const spans = (findNodeAtLocation(root, ['contracts'])?.children ?? []).map((node) => ({ offset: node.offset, length: node.length }));
  return { result: { ok: true, file, problems }, spans };
}

/** The value at a path; for a missing field, the opening brace of the object that lacks it. */
export function placeOf(root: Node, path: JsonPath): { offset: number; length: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) {
      return depth === path.length ? { offset: node.offset, length: node.length } : { offset: node.offset, length: 1 };
    }
  }
  return { offset: 0, length: 0 };
}

function describeIssue(issue: z.core.$ZodIssue, path: JsonPath): Localized {
  const field = String([...path].reverse().find((k) => typeof k === 'string') ?? 'contracts');
  if (path.length === 0) {
    return msg.notAnObject();
  }
  if (issue.message === DATE_ISSUE) {
    return msg.badDate(field, issue.input);
  }
  switch (issue.code) {
    case 'invalid_type':
      if (typeof issue.input === 'number') {
        return msg.notFinite(field); // 1e400 reads as Infinity: a number, but none zod or anyone can use
      }
      return issue.input === undefined ? msg.missingField(field) : msg.wrongType(field, issue.expected);
    case 'invalid_value':
      if (issue.input === undefined) {
        return msg.missingField(field); // a missing literal ("version") is reported as a wrong value
      }
      return path.length === 1 && path[0] === 'version'
        ? msg.unsupportedVersion(issue.input)
        : msg.unknownValue(field, issue.input, issue.values);
    case 'too_small':
      return issue.origin === 'string' ? msg.emptyText(field) : msg.outOfRange(field, Number(issue.minimum), undefined);
    case 'too_big':
      return msg.outOfRange(field, undefined, Number(issue.maximum));
    case 'invalid_format':
      return issue.format === 'url' ? msg.badUrl(field) : msg.badCurrency(field);
    default:
      return { en: `“${field}”: ${issue.message}`, ja: `「${field}」: ${issue.message}` };
  }
}

/**
 * Whether `text` is exactly one contract object that the file could hold: well-formed, no duplicate
 * or unsafe keys, not nested too deep, and valid against the contract's schema.
 */
export function isValidContractText(text: string): boolean {
  return readOneContract(text) !== undefined;
}

/**
 * `text` read as one contract of the file (its value and syntax tree), or undefined when it is not
 * exactly one valid contract object. A contract sits two levels deep in the file (the file's object,
 * the list), so it may nest two levels less than a whole file.
 */
export function readOneContract(text: string): { readonly contract: Contract; readonly root: Node } | undefined {
  if (findTooDeepNesting(text, MAX_NESTING - 2)) {
    return undefined;
  }
  const { root, errors } = jsoncTree(text);
  if (errors.length > 0 || root?.type !== 'object' || root.offset !== 0 || root.length !== text.length) {
    return undefined;
  }
  if (findKeyProblems(root).length > 0) {
    return undefined;
  }
  const contract = checkContract(getNodeValue(root));
  return contract ? { contract, root } : undefined;
}
