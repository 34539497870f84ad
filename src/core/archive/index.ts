/** Archive Closed Contracts: which contracts move, and the text edits that move them. */
export { planArchive, type ArchivePlan, type ArchiveFilePlan, type ArchiveResult } from './plan';
export {
  archiveFileName,
  archiveYearOf,
  FINISHED_STAGES,
  lastActivityDay,
  selectArchivable,
  type ArchiveCandidate,
  type ArchiveCriteria,
} from './select';
export { readArchive, type ArchiveRead } from './read';
