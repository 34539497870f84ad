/** What an earlier export said of one event: enough to keep its SEQUENCE rising and cancel it later. */
export interface PreviousEvent {
  readonly uid: string;
  /** The all-day date as written, yyyymmdd. */
  readonly date: string;
  readonly sequence: number;
  readonly summary: string;
  readonly cancelled: boolean;
}

/**
 * Reads back the events of a file Contract Guard wrote before. It reads only what our own exports
 * contain (RFC 5545 line unfolding and text unescaping included) and ignores anything else.
 */
export function readPreviousEvents(ics: string): Map<string, PreviousEvent> {
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const events = new Map<string, PreviousEvent>();
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') {
      current = {};
    } else if (line === 'END:VEVENT' && current) {
      const { UID: uid, DTSTART: date } = current;
      if (uid && date && /^\d{8}$/.test(date)) {
        events.set(uid, {
          uid,
          date,
          sequence: Number.parseInt(current['SEQUENCE'] ?? '0', 10) || 0,
          summary: current['SUMMARY'] ?? '',
          cancelled: current['STATUS'] === 'CANCELLED',
        });
      }
      current = undefined;
    } else if (current) {
      const m = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
      // Only the event's own properties: those of an alarm inside it (DESCRIPTION) do not matter here.
      if (m && !(m[1]! in current)) {
        current[m[1]!] = unescapeText(m[2]!);
      }
    }
  }
  return events;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}
