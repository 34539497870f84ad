import { findDateProblems } from './dateSanity';
import { checkContract } from './contractCache';
import { scanOnce } from './fastRead';
import { jsoncTree } from './jsoncTree';
import { placeOf, type FullRead, type KnownContract, type ParseOptions, type ProblemMaker } from './parse';
import type { Problem } from './problems';
import { schemas, type Contract } from './schema';

/**
 * The first read of a valid file, in one scan and one JSON.parse (fastRead.ts), then the schema per
 * contract. Undefined whenever the file has anything to report other than date warnings: the full
 * reader (parse.ts) then reads it and places every problem, so there is one way to find problems.
 * Positions are worked out only for what is reported: a date warning is placed inside its contract's
 * own text, which is what rereadOne.ts does too.
 */
export function readPlain(text: string, options: ParseOptions, problem: ProblemMaker, known?: KnownContract): FullRead | undefined {
  const scanned = scanOnce(text);
  const spans = scanned?.spans;
  if (!scanned || !spans) {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(scanned.json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const list = (value as { contracts?: unknown }).contracts;
  if (!Array.isArray(list) || list.length !== spans.length) {
    return undefined;
  }
  const shell = schemas().contractsFileSchema.safeParse({ ...value, contracts: [] });
  if (!shell.success) {
    return undefined;
  }
  const contracts: Contract[] = new Array<Contract>(list.length);
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const span = spans[i]!;
    const contract = known?.(text.slice(span.offset, span.offset + span.length)) ?? checkContract(list[i]);
    if (contract === undefined || ids.has(contract.id)) {
      return undefined; // a duplicate id: the full read says where the first one is
    }
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
