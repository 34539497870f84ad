import type { TextRange } from './positions';

export type ProblemKind = 'syntax' | 'nesting' | 'duplicateKey' | 'schema' | 'duplicateId' | 'dateOrder' | 'unreadable' | 'tooLarge';
export type Severity = 'error' | 'warning';
export type JsonPath = readonly (string | number)[];

/**
 * Something wrong with the contracts file, placed exactly so the editor can underline it.
 * Errors make the file unreadable (and unwritable); warnings are dates that make no sense but
 * do not stop the writer from working.
 */
export interface Problem {
  readonly kind: ProblemKind;
  readonly severity: Severity;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly range: TextRange;
  readonly path: JsonPath;
}
