/** Merging two versions of the contracts file by meaning (pure: no vscode, no fs). */
export { mergeTexts, type MergeTexts } from './mergeTexts';
export { splitConflictMarkers, hasConflictMarkers, type ConflictVersions } from './conflictMarkers';
export { countMissingContacts } from './missing';
export { syncCopyOf, type SyncCopy, type SyncService } from './syncCopies';
export type { MergeConflict, MergeNotice, MergeResult, MergeCounts, Resolutions, Side } from './types';
