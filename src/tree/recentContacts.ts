import type { LoggedContact } from '../core';

/**
 * The newest `count` entries of a contract's log (oldest first, as the core gives it), newest first,
 * each with its row id: `<key>/contact/<time>/<n>`, n being how many entries before it share its time.
 * Logging a new message then leaves the ids of the older rows (and their selection) as they were.
 *
 * The log is in time order, so the entries that share a time stand together; only the rows shown are
 * given an id (the whole view is rebuilt on every change, and a long log made most of that work).
 */
export function recentContacts(
  entries: readonly LoggedContact[],
  key: string,
  count: number,
): { readonly logged: LoggedContact; readonly id: string }[] {
  const recent: { logged: LoggedContact; id: string }[] = [];
  for (let i = entries.length - 1; i >= 0 && i >= entries.length - count; i--) {
    const logged = entries[i]!;
    let n = 0;
    while (n < i && entries[i - n - 1]!.instant === logged.instant) {
      n++;
    }
    recent.push({ logged, id: `${key}/contact/${logged.instant}/${n}` });
  }
  return recent;
}
