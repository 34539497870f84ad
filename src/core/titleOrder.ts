import { collator } from './collator';

/**
 * Contract titles in the order people read them (a collator's order), kept from one refresh to the
 * next. Comparing two Japanese titles with a collator costs about a microsecond, and sorting 10,000
 * contracts compares titles some hundred thousand times, a tenth of a second on every refresh. The
 * titles rarely change between refreshes (a logged contact changes none), so their order is worked
 * out once and then only patched: a new title is placed by binary search.
 */
export class TitleOrder {
  private sorted: string[] = [];
  private ranks = new Map<string, number>();

  /**
   * A rank for each of `titles`: a lower rank sorts first, and titles the collator holds equal
   * (the same text in different Unicode forms, say) share a rank, exactly as comparing them would.
   */
  ranksOf(titles: Iterable<string>): ReadonlyMap<string, number> {
    const wanted = new Set(titles);
    const missing = [...wanted].filter((t) => !this.ranks.has(t));
    const gone = this.sorted.length - (wanted.size - missing.length);
    if (missing.length === 0 && gone === 0) {
      return this.ranks;
    }
    let sorted: string[];
    if (missing.length <= 64 && this.sorted.length > 0) {
      sorted = gone === 0 ? this.sorted.slice() : this.sorted.filter((t) => wanted.has(t));
      for (const title of missing) {
        sorted.splice(this.placeOf(sorted, title), 0, title);
      }
    } else {
      sorted = [...wanted].sort(collator().compare);
    }
    const ranks = new Map<string, number>();
    sorted.forEach((title, i) => {
      const previous = sorted[i - 1];
      ranks.set(title, previous !== undefined && collator().compare(previous, title) === 0 ? ranks.get(previous)! : i);
    });
    this.sorted = sorted;
    this.ranks = ranks;
    return ranks;
  }

  private placeOf(sorted: readonly string[], title: string): number {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (collator().compare(sorted[mid]!, title) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
