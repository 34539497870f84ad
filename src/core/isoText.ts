/** The fields of a date or date-time as written; `zone` in minutes east of UTC, undefined without one. */
export interface IsoFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Undefined for a plain date. */
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly zone?: number;
}

/**
 * Reads `YYYY-MM-DD`, optionally followed by `THH:MM`, `:SS`, `.fraction` and `Z` or `±HH:MM`: the
 * shape ISO_PATTERN (dates.ts) describes, read character by character. A read of the file checks
 * every date of every log entry, and the regular expression's match arrays were a large part of
 * the garbage a first read made. Ranges (month 1–12, …) are the caller's to check.
 */
export function readIsoFields(text: string): IsoFields | undefined {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) {
    return undefined;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) {
    return undefined;
  }
  if (n === 10) {
    return { year, month, day };
  }
  if (n < 16 || text.charCodeAt(10) !== 0x54 /* T */ || text.charCodeAt(13) !== 0x3a) {
    return undefined;
  }
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  let second = 0;
  let i = 16;
  if (i < n && text.charCodeAt(i) === 0x3a) {
    second = digits(text, i + 1, 2);
    i += 3;
    if (i < n && text.charCodeAt(i) === 0x2e /* . */) {
      const start = ++i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      if (i === start) return undefined;
    }
  }
  if (hour < 0 || minute < 0 || second < 0 || i > n) {
    return undefined;
  }
  if (i === n) {
    return { year, month, day, hour, minute, second };
  }
  const sign = text.charCodeAt(i);
  if (sign === 0x5a /* Z */ && i + 1 === n) {
    return { year, month, day, hour, minute, second, zone: 0 };
  }
  if ((sign !== 0x2b && sign !== 0x2d) || i + 6 !== n || text.charCodeAt(i + 3) !== 0x3a) {
    return undefined;
  }
  const zoneHours = digits(text, i + 1, 2);
  const zoneMinutes = digits(text, i + 4, 2);
  if (zoneHours < 0 || zoneMinutes < 0) {
    return undefined;
  }
  return { year, month, day, hour, minute, second, zone: (sign === 0x2d ? -1 : 1) * (zoneHours * 60 + zoneMinutes) };
}

/** The number written by `count` ASCII digits at `at`, or -1 when they are not all digits. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const ch = text.charCodeAt(i);
    if (!isDigit(ch)) return -1;
    value = value * 10 + (ch - 0x30);
  }
  return value;
}

function isDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}
