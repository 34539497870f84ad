import type { Contract, ContractsFile } from '../schema';
import { mergeObject, mergeValue, MergeLog } from './fieldMerge';
import { contactsMissing } from './contacts';
import { mergeContract } from './mergeContract';
import type { MergeCounts, Resolutions } from './types';
import { sameValue } from './values';

/** What the merged file holds, said as changes to ours (the text that will be edited). */
export interface MergePlan {
  /** For each of ours' contracts by index: its merged value, or 'removed'; absent when unchanged. */
  readonly changed: ReadonlyMap<number, Contract | 'removed'>;
  /** The other side's contracts that ours lacks, in their order, to append. */
  readonly added: readonly Contract[];
  /** The file's own fields besides the contracts, merged; compared with ours' to find edits. */
  readonly shell: Readonly<Record<string, unknown>>;
  readonly contracts: readonly Contract[];
  readonly log: MergeLog;
  readonly counts: MergeCounts;
}

/** Both sides' contracts merged by id (see mergeTexts); pure data, no text. */
export function planMerge(
  ours: ContractsFile,
  theirs: ContractsFile,
  base: ContractsFile | undefined,
  resolutions: Resolutions,
  utcOffsetMinutes: number,
): MergePlan {
  const log = new MergeLog(resolutions);
  const hasBase = base !== undefined;
  const theirsById = new Map(theirs.contracts.map((c) => [c.id, c] as const));
  const baseById = new Map((base?.contracts ?? []).map((c) => [c.id, c] as const));
  const oursIds = new Set(ours.contracts.map((c) => c.id));
  const changed = new Map<number, Contract | 'removed'>();
  const contracts: Contract[] = [];
  let contactsAdded = 0;
  let contractsRemoved = 0;

  ours.contracts.forEach((own, index) => {
    const other = theirsById.get(own.id);
    const common = baseById.get(own.id);
    const place = { contractId: own.id, title: own.title, utcOffsetMinutes, log, platform: own.platform };
    if (other === undefined) {
      // Gone on the other side: removed there if it was in the common version and ours left it as it was.
      const keep = !common || !sameValue(own, common) ? log.conflictIfRemoved(own, common, 'theirs', place) : false;
      if (keep) {
        contracts.push(own);
      } else {
        changed.set(index, 'removed');
        contractsRemoved++;
      }
      return;
    }
    if (sameValue(own, other)) {
      contracts.push(own);
      return;
    }
    const merged = mergeContract(own, other, common, hasBase, place);
    contactsAdded += contactsMissing(own.contacts, other.contacts).length;
    contracts.push(merged);
    if (!sameValue(merged, own)) {
      changed.set(index, merged);
    }
  });

  const added: Contract[] = [];
  for (const other of theirs.contracts) {
    if (oursIds.has(other.id)) {
      continue;
    }
    const common = baseById.get(other.id);
    const place = { contractId: other.id, title: other.title, utcOffsetMinutes, log };
    const add = !common || !sameValue(other, common) ? log.conflictIfRemoved(other, common, 'ours', place) : false;
    if (add) {
      added.push(other);
      contracts.push(other);
      contactsAdded += other.contacts?.length ?? 0;
    }
  }

  const shell = mergeObject(
    withoutContracts(ours),
    withoutContracts(theirs),
    base && withoutContracts(base),
    hasBase,
    [],
    {
      contractId: undefined,
      title: undefined,
      utcOffsetMinutes,
      log,
    },
    mergeValue,
  );
  return { changed, added, shell, contracts, log, counts: { contactsAdded, contractsAdded: added.length, contractsRemoved } };
}

/** The file's own fields, the contracts list left out (it is merged contract by contract). */
export function withoutContracts(file: ContractsFile): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...file };
  delete rest.contracts;
  return rest;
}
