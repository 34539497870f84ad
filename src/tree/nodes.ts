import type { LoggedContact, Problem, StatusGroup } from '../core';
import type { ArchivedContract, ArchiveProblem } from '../archive/archivedContracts';
import type { FolderSnapshot } from '../store/folderStore';
import type { StatusEntry } from '../status/statusModel';
import type { MergeOffer } from '../merge/mergeOffers';

type Loaded = Extract<FolderSnapshot, { kind: 'loaded' }>;

/** Every kind of row in the Contracts view. Rows carry what they show; the truth stays in the store. */
export type TreeNode =
  | { readonly kind: 'problems'; readonly id: string; readonly snapshot: Loaded }
  | {
      readonly kind: 'problem';
      readonly id: string;
      readonly snapshot: Loaded;
      readonly problem: Problem;
      readonly parent: TreeNode;
    }
  | { readonly kind: 'group'; readonly id: string; readonly group: StatusGroup }
  | { readonly kind: 'contract'; readonly id: string; readonly entry: StatusEntry; readonly parent: TreeNode | undefined }
  | { readonly kind: 'next'; readonly id: string; readonly entry: StatusEntry; readonly parent: TreeNode }
  | {
      readonly kind: 'contact';
      readonly id: string;
      readonly entry: StatusEntry;
      readonly logged: LoggedContact;
      readonly parent: TreeNode;
    }
  // Show Archived: read-only rows from the archive files, under their own group.
  | { readonly kind: 'archived'; readonly id: string; readonly count: number; readonly empty: boolean }
  | { readonly kind: 'archivedContract'; readonly id: string; readonly archived: ArchivedContract; readonly parent: TreeNode }
  | { readonly kind: 'archiveProblem'; readonly id: string; readonly problem: ArchiveProblem; readonly parent: TreeNode }
  // Another version of a contracts file (git's conflict markers, a sync service's copy), with its merge.
  | { readonly kind: 'mergeOffer'; readonly id: string; readonly offer: MergeOffer };

export type ContractNode = Extract<TreeNode, { kind: 'contract' }>;

/** Commands receive whatever VS Code hands them; this tells a contract row from anything else. */
export function isContractNode(value: unknown): value is ContractNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'contract' && 'entry' in value;
}
