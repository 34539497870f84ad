import type { Localized } from '../i18n';
import type { JsonPath, Problem } from '../problems';
import type { TextEdit } from '../edit/textEdit';

/** Which version a conflict is settled with: this machine's ("ours") or the other one ("theirs"). */
export type Side = 'ours' | 'theirs';

/**
 * Something the two versions changed in different ways, which the merge will not guess at. A value
 * of undefined means the field (or, with an empty path, the whole contract) is absent on that side.
 */
export interface MergeConflict {
  /** Stable across calls on the same texts, to answer it in `resolutions`. */
  readonly key: string;
  /** The contract's id, or undefined for a field of the file itself. */
  readonly contractId: string | undefined;
  readonly title: string | undefined;
  /** Inside the contract (or the file, for a file field); empty: the contract itself was removed on one side. */
  readonly path: JsonPath;
  readonly ours: unknown;
  readonly theirs: unknown;
}

/** What the merge decided by a rule the writer should hear about (a stage taken from the later side). */
export interface MergeNotice {
  readonly contractId: string;
  readonly message: Localized;
}

export type Resolutions = Readonly<Record<string, Side>>;

export interface MergeCounts {
  /** Contacts from the other version that this machine's did not have. */
  readonly contactsAdded: number;
  readonly contractsAdded: number;
  readonly contractsRemoved: number;
}

export type MergeResult =
  | { readonly kind: 'broken'; readonly side: Side; readonly problems: readonly Problem[]; readonly message: Localized }
  | { readonly kind: 'conflicts'; readonly conflicts: readonly MergeConflict[]; readonly notices: readonly MergeNotice[] }
  | {
      readonly kind: 'merged';
      /** Minimal edits of this machine's text; empty when it already holds everything. */
      readonly edits: readonly TextEdit[];
      readonly newText: string;
      readonly notices: readonly MergeNotice[];
      /** Conflicts settled by `resolutions`. */
      readonly resolved: readonly MergeConflict[];
      readonly counts: MergeCounts;
    };
