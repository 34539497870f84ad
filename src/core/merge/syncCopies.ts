/**
 * The names sync services give the second copy of a file that two machines changed before they
 * synced. Each pattern below has its source, and a test file name in test/unit/syncCopies.test.ts.
 *
 * - Dropbox: "contracts (Laptop's conflicted copy 2026-12-01).json", and " (1)" inside the
 *   parentheses for a second one on the same day. Dropbox Help Center, "What's a conflicted copy?"
 *   (help.dropbox.com/organize/conflicted-copy): the name gets "conflicted copy", the person or
 *   computer responsible, and the date.
 * - OneDrive: "contracts-DESKTOP-1.json": the copy that could not be merged keeps the name with the
 *   computer's name added after a hyphen (a Windows computer name: letters, digits, hyphens, at most
 *   15 characters). Microsoft Support, "Fix OneDrive sync problems" (conflicting copies).
 * - iCloud Drive and Google Drive for desktop: "contracts 2.json": a number after a space.
 * - Syncthing: "contracts.sync-conflict-20261201-101500-ABCDEF.json". Syncthing documentation,
 *   "Understanding Synchronization", conflicting changes:
 *   <filename>.sync-conflict-<date>-<time>-<modifiedBy>.<ext> (docs.syncthing.net/users/syncing.html).
 *
 * The archive files Contract Guard writes itself ("contracts-archive-2026.json") are not copies.
 */
export type SyncService = 'dropbox' | 'onedrive' | 'numbered' | 'syncthing';

export interface SyncCopy {
  readonly name: string;
  readonly service: SyncService;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Which service made `name` as a copy of the file `original` (both plain names, no folders), if any. */
export function syncCopyOf(original: string, name: string): SyncCopy | undefined {
  const dot = original.lastIndexOf('.');
  const stem = escape(dot > 0 ? original.slice(0, dot) : original);
  const ext = escape(dot > 0 ? original.slice(dot) : '');
  const patterns: readonly [SyncService, RegExp][] = [
    ['dropbox', new RegExp(`^${stem} \\(.+'s conflicted copy \\d{4}-\\d{2}-\\d{2}(?: \\(\\d+\\))?\\)${ext}$`, 'i')],
    ['syncthing', new RegExp(`^${stem}\\.sync-conflict-\\d{8}-\\d{6}(?:-[A-Z0-9]{1,16})?${ext}$`)],
    ['numbered', new RegExp(`^${stem} \\d{1,3}${ext}$`)],
    ['onedrive', new RegExp(`^${stem}-(?!archive-\\d{4}${ext}$)[A-Za-z0-9][A-Za-z0-9-]{0,14}${ext}$`)],
  ];
  for (const [service, pattern] of patterns) {
    if (pattern.test(name)) {
      return { name, service };
    }
  }
  return undefined;
}
