import { knownContracts } from '../contractCache';
import { readContracts, readOnce, type ParseOptions } from '../parse';
import type { Problem } from '../problems';
import { BASE_UNREADABLE, RESULT_UNREADABLE, sideBroken } from './messages';
import { planEdits } from './mergeEdits';
import { planMerge, withoutContracts } from './mergeModel';
import type { MergeNotice, MergeResult, Resolutions, Side } from './types';
import { sameValue } from './values';

export interface MergeTexts {
  /** This machine's text: the one that is edited, whose formatting and comments are kept. */
  readonly ours: string;
  readonly theirs: string;
  /** The common version (git's base), when known. */
  readonly base?: string;
}

/**
 * Two or three versions of the contracts file merged by meaning (see planMerge and the field rules in
 * fieldMerge.ts). Nothing is kept between calls: ours is read first, and the other versions reuse
 * what that read validated (contracts with the very same text). Open
 * conflicts come back as a list and no text is made; answer them in `resolutions` and call again.
 * A side that does not read is an error and nothing is made.
 */
export function mergeTexts(texts: MergeTexts, options: ParseOptions, resolutions: Resolutions = {}): MergeResult {
  const ours = readOnce(texts.ours, options);
  if (!ours.result.ok) {
    return broken('ours', ours.result.problems);
  }
  // Both versions come from one file, so most of the other side's contracts are ours to the character:
  // those are taken as ours' read validated them, and only the ones that differ are validated again.
  // The answer is the one a read of its own gives (readContracts), only faster.
  const known = knownContracts(texts.ours, ours.spans, ours.result.file.contracts);
  const theirs = readContracts(texts.theirs, options, known);
  if (!theirs.result.ok) {
    return broken('theirs', theirs.result.problems);
  }
  const notices: MergeNotice[] = [];
  let base = texts.base === undefined ? undefined : readContracts(texts.base, options, known).result;
  if (base && !base.ok) {
    notices.push({ contractId: '', message: BASE_UNREADABLE });
    base = undefined;
  }
  const plan = planMerge(ours.result.file, theirs.result.file, base?.file, resolutions, options.utcOffsetMinutes);
  notices.push(...plan.log.notices);
  if (plan.log.conflicts.length > 0) {
    return { kind: 'conflicts', conflicts: plan.log.conflicts, notices };
  }
  const oursShell = withoutContracts(ours.result.file);
  const { edits, newText, beyondContracts, failed } = planEdits(
    texts.ours,
    ours.spans,
    ours.result.file.contracts,
    oursShell,
    plan,
  );
  // The written text must read back as exactly the merge: a slip in the edits is refused, never written.
  const check = beyondContracts && !failed ? readOnce(newText, options).result : undefined;
  if (failed || (check && (!check.ok || !sameValue(check.file.contracts, plan.contracts)))) {
    return { kind: 'broken', side: 'ours', problems: check && !check.ok ? check.problems : [], message: RESULT_UNREADABLE };
  }
  return { kind: 'merged', edits, newText, notices, resolved: plan.log.resolved, counts: plan.counts };
}

function broken(side: Side, problems: readonly Problem[]): MergeResult {
  return { kind: 'broken', side, problems, message: sideBroken(side, problems) };
}
