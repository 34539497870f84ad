import { knownContracts } from './contractCache';
import {
  lazyLines,
  placeOf,
  problemMaker,
  readContracts,
  readOneContract,
  type ContractSpan,
  type FullRead,
  type ParseOptions,
  type ParseResult,
} from './parse';
import { rereadOneContract, type ValidRead } from './rereadOne';

interface Kept extends FullRead {
  readonly text: string;
  readonly options: ParseOptions;
}

/**
 * Reads one contracts file again and again, each time at the cost of what changed: it keeps the last
 * read, and the last valid one. Its owner holds it (each folder's store holds its own), so two files
 * never take each other's place, and the core itself keeps nothing between calls.
 *
 * Every answer is the one a first read of the same text gives (parseContracts); only the time differs.
 */
export class ContractsReader {
  private last: Kept | undefined;
  private lastValid: (ValidRead & { readonly options: ParseOptions }) | undefined;

  /** The text read as parseContracts reads it. */
  read(text: string, options: ParseOptions): ParseResult {
    return this.keep(text, options).result;
  }

  /** Where each contract stands in a valid text; undefined for a text that is not valid. */
  spans(text: string, options: ParseOptions): readonly ContractSpan[] | undefined {
    return this.keep(text, options).spans;
  }

  private keep(text: string, options: ParseOptions): Kept {
    const last = this.last;
    if (last && last.text === text && sameOptions(last.options, options)) {
      return last; // an edit reads the text the store has just read
    }
    const valid = this.lastValid;
    let read: FullRead | undefined;
    if (valid && sameOptions(valid.options, options)) {
      // A text that differs from the last valid one inside one contract is read from it (rereadOne.ts).
      const lines = lazyLines(text);
      const placer = { lines, problem: problemMaker(text, options.locale, lines), placeOf, readOne: readOneContract };
      const again = rereadOneContract(valid, text, options, placer);
      if (again) {
        read = { result: { ok: true, file: again.file, problems: again.problems }, spans: again.spans };
      }
    }
    // Contract validation does not depend on the options, so what the last valid read checked is reused.
    read ??= readContracts(text, options, valid && knownContracts(valid.text, valid.spans, valid.file.contracts));
    const kept: Kept = { ...read, text, options: { ...options } };
    this.last = kept;
    if (kept.result.ok && kept.spans) {
      this.lastValid = { text, options: kept.options, file: kept.result.file, problems: kept.result.problems, spans: kept.spans };
    }
    return kept;
  }
}

function sameOptions(a: ParseOptions, b: ParseOptions): boolean {
  return a.locale === b.locale && a.utcOffsetMinutes === b.utcOffsetMinutes;
}
