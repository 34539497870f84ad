/** Merging two versions of the contracts file by meaning (pure: no vscode, no fs). */
export { mergeTexts, type MergeTexts } from './mergeTexts';
export { splitConflictMarkers, hasConflictMarkers, type ConflictVersions } from './conflictMarkers';
export { countMissingContacts, readOtherVersion } from './missing';
export { wholeTextEdits } from './wholeTextEdit';
export { syncCopyOf, type SyncCopy, type SyncService } from './syncCopies';
export type { MergeConflict, MergeNotice, MergeResult, MergeCounts, Resolutions, Side } from './types';
