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
import { rereadEdited, rereadOneContract, type Placer, type ValidRead } from './rereadOne';
import type { TextEdit } from './edit/textEdit';

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

  /**
   * `text`, known to be `base` with `edits` applied (an edit's result), read as read(text) reads it.
   * When `base` is the last valid text read, the change is found from the edits, without comparing
   * or copying the new text (see rereadEdited).
   */
  readEdited(base: string, edits: readonly TextEdit[], text: string, options: ParseOptions): ParseResult {
    const valid = this.lastValid;
    // `valid.text` is normally `base` itself, so the comparison costs nothing; the new text is never compared.
    if (!valid || valid.text !== base || !sameOptions(valid.options, options)) {
      return this.read(text, options);
    }
    const again = rereadEdited(valid, edits, options, placerFor(text, options));
    return again ? this.remember(text, options, asFullRead(again)).result : this.read(text, options);
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
      const again = rereadOneContract(valid, text, options, placerFor(text, options));
      read = again && asFullRead(again);
    }
    // Contract validation does not depend on the options, so what the last valid read checked is reused.
    read ??= readContracts(text, options, valid && knownContracts(valid.text, valid.spans, valid.file.contracts));
    return this.remember(text, options, read);
  }

  private remember(text: string, options: ParseOptions, read: FullRead): Kept {
    const kept: Kept = { ...read, text, options: { ...options } };
    this.last = kept;
    if (kept.result.ok && kept.spans) {
      this.lastValid = { text, options: kept.options, file: kept.result.file, problems: kept.result.problems, spans: kept.spans };
    }
    return kept;
  }
}

/** A reread's answer as a whole read gives it. */
function asFullRead(again: Omit<ValidRead, 'text'>): FullRead {
  return { result: { ok: true, file: again.file, problems: again.problems }, spans: again.spans };
}

/** How a reread places what it finds in the new text: lines are counted only if a problem needs them. */
function placerFor(text: string, options: ParseOptions): Placer {
  const lines = lazyLines(text);
  return { lines, problem: problemMaker(text, options.locale, lines), placeOf, readOne: readOneContract };
}

function sameOptions(a: ParseOptions, b: ParseOptions): boolean {
  return a.locale === b.locale && a.utcOffsetMinutes === b.utcOffsetMinutes;
}
