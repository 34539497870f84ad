import { addMonths, dayToYear, toDay, type DayNumber } from '../dates';
import { STAGES, type Contract, type Stage } from '../schema';

/** Stages after which nothing more happens to a contract: accepted (検収済み), closed, cancelled. */
export const FINISHED_STAGES: readonly Stage[] = ['accepted', 'closed', 'cancelled'];

export interface ArchiveCriteria {
  /** Today in the writer's zone. */
  readonly today: DayNumber;
  /** A finished contract whose last activity is more than this many months before today moves. */
  readonly olderThanMonths: number;
  readonly utcOffsetMinutes: number;
}

/** A contract chosen to move, and the archive year it goes to. */
export interface ArchiveCandidate {
  /** Its index in the file's `contracts` array. */
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly year: number;
}

/**
 * The last day anything was recorded for the contract: a message either way, a stage change, or a
 * checklist tick. The deadline is not activity (it is a plan), so it does not count. Undefined when
 * nothing is dated, and such a contract is never archived: its age cannot be told.
 */
export function lastActivityDay(contract: Contract, utcOffsetMinutes: number): DayNumber | undefined {
  let last: DayNumber | undefined;
  const consider = (value: unknown): void => {
    const day = typeof value === 'string' ? toDay(value, utcOffsetMinutes) : undefined;
    if (day !== undefined && (last === undefined || day > last)) {
      last = day;
    }
  };
  for (const contact of contract.contacts ?? []) {
    consider(contact.at);
  }
  // Only the known stages: stageDates keeps unknown keys, whose values may be anything.
  for (const stage of STAGES) {
    consider(contract.stageDates?.[stage]);
  }
  for (const entry of Object.values(contract.checklist ?? {})) {
    consider(entry.at);
  }
  return last;
}

/** The finished contracts old enough to move, in file order; each goes to the year of its last activity. */
export function selectArchivable(contracts: readonly Contract[], criteria: ArchiveCriteria): ArchiveCandidate[] {
  const cutoff = addMonths(criteria.today, -criteria.olderThanMonths);
  const chosen: ArchiveCandidate[] = [];
  contracts.forEach((contract, index) => {
    if (!FINISHED_STAGES.includes(contract.stage)) {
      return;
    }
    const last = lastActivityDay(contract, criteria.utcOffsetMinutes);
    if (last !== undefined && last < cutoff) {
      chosen.push({ index, id: contract.id, title: contract.title, year: dayToYear(last) });
    }
  });
  return chosen;
}

/** The archive file for a year, beside the contracts file. */
export function archiveFileName(year: number): string {
  return `contracts-archive-${year}.json`;
}

/** Whether a file name is one of the archive files (what Show Archived reads). */
export function archiveYearOf(fileName: string): number | undefined {
  const m = /^contracts-archive-(\d{4})\.json$/.exec(fileName);
  return m ? Number(m[1]) : undefined;
}
