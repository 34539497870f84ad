import type { Contact } from '../schema';
import { canonical } from './values';

/** A contact log entry's identity: the same message logged on both machines is one entry. */
export const contactKey = canonical;

/** The other side's contacts that ours lacks, counting repeats (logged twice there, once here: one is missing). */
export function contactsMissing(ours: readonly Contact[] | undefined, theirs: readonly Contact[] | undefined): Contact[] {
  const have = new Map<string, number>();
  for (const c of ours ?? []) {
    const k = contactKey(c);
    have.set(k, (have.get(k) ?? 0) + 1);
  }
  const missing: Contact[] = [];
  for (const c of theirs ?? []) {
    const k = contactKey(c);
    const n = have.get(k) ?? 0;
    if (n > 0) {
      have.set(k, n - 1);
    } else {
      missing.push(c);
    }
  }
  return missing;
}
