const MS_PER_DAY = 86_400_000;
const DATE = /\b(\d{4})-(\d{2})-(\d{2})(?=T|"|\b)/g;

/** Moves every ISO calendar date in a text by `days`, leaving times and everything else untouched. */
export function shiftIsoDates(text: string, days: number): string {
  if (days === 0) {
    return text;
  }
  return text.replace(DATE, (whole, y: string, m: string, d: string) => {
    const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
    if (Number.isNaN(ms)) {
      return whole;
    }
    return new Date(ms + days * MS_PER_DAY).toISOString().slice(0, 10);
  });
}

/** Whole weeks from an ISO day to `now` (never negative). */
export function weeksSince(isoDay: string, now: Date): number {
  const from = Date.parse(`${isoDay}T00:00:00Z`);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.max(0, Math.floor((today - from) / MS_PER_DAY / 7));
}
