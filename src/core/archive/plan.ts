import { findNodeAtLocation } from 'jsonc-parser';
import { pick, type Localized } from '../i18n';
import { jsoncTree } from '../jsoncTree';
import { parseContracts, readOnce, type ParseOptions } from '../parse';
import * as editRefusals from '../edit/refusals';
import { detectStyle, indentAt } from '../edit/style';
import { applyTextEdits, type TextEdit } from '../edit/textEdit';
import type { Contract } from '../schema';
import { sameValue } from '../merge/values';
import { appendToArchive, newArchiveText } from './archiveFile';
import { movedText, removeElements, type MovedText } from './cut';
import * as reasons from './refusals';
import { archiveFileName, selectArchivable, type ArchiveCandidate, type ArchiveCriteria } from './select';

/** One archive file's part of the move. */
export interface ArchiveFilePlan {
  readonly year: number;
  readonly name: string;
  /** The archive file does not exist yet: create it with `text`. */
  readonly create: boolean;
  /** For an existing file, the edits that append to it (empty when created). */
  readonly edits: readonly TextEdit[];
  /** The archive file's whole text afterwards. */
  readonly text: string;
  readonly moved: readonly ArchiveCandidate[];
}

export interface ArchivePlan {
  readonly moved: readonly ArchiveCandidate[];
  /** The removals in the contracts file. */
  readonly edits: readonly TextEdit[];
  readonly newText: string;
  readonly files: readonly ArchiveFilePlan[];
}

export type ArchiveResult = { readonly ok: true; readonly plan: ArchivePlan } | { readonly ok: false; readonly reason: string };

/**
 * Moves the finished contracts older than the criteria out of the contracts file into one archive
 * file per year (`existing` holds the text of those that exist, by year). Pure: it only says what to
 * change. Refuses when a file does not parse, when an id is already archived, and when the result
 * would not hold exactly the contracts there were.
 */
export function planArchive(
  text: string,
  criteria: ArchiveCriteria,
  existing: ReadonlyMap<number, string>,
  options: ParseOptions,
): ArchiveResult {
  const refuse = (reason: Localized): ArchiveResult => ({ ok: false, reason: pick(reason, options.locale) });
  const parsed = parseContracts(text, options);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    return refuse(editRefusals.fileInvalid(parsed.problems.length, first ? first.range.start.line + 1 : 1, first?.message ?? ''));
  }
  const before = parsed.file.contracts;
  const moved = selectArchivable(before, criteria);
  if (moved.length === 0) {
    return { ok: true, plan: { moved, edits: [], newText: text, files: [] } };
  }
  const root = jsoncTree(text).root;
  const array = root && findNodeAtLocation(root, ['contracts']);
  const elements = array?.children ?? [];
  const style = detectStyle(text);
  const texts = new Map<number, MovedText>(moved.map((m) => [m.index, movedText(text, elements[m.index]!, style)]));
  const contractsKey = array?.parent;
  const schema = root && findNodeAtLocation(root, ['$schema']);
  const frame = {
    style,
    outer: contractsKey && !style.compact ? indentAt(text, contractsKey.offset) : style.unit,
    ...(typeof schema?.value === 'string' ? { schema: schema.value } : {}),
  };

  const files: ArchiveFilePlan[] = [];
  for (const year of [...new Set(moved.map((m) => m.year))].sort((a, b) => a - b)) {
    const name = archiveFileName(year);
    const going = moved.filter((m) => m.year === year);
    const items = going.map((m) => texts.get(m.index)!);
    const old = existing.get(year);
    if (old === undefined) {
      files.push({ year, name, create: true, edits: [], text: newArchiveText(items, frame), moved: going });
      continue;
    }
    const archived = readOnce(old, options).result;
    if (!archived.ok) {
      const first = archived.problems[0];
      return refuse(
        reasons.archiveInvalid(name, archived.problems.length, first ? first.range.start.line + 1 : 1, first?.message ?? ''),
      );
    }
    const clash = going.find((m) => archived.file.contracts.some((c) => c.id === m.id));
    if (clash) {
      return refuse(reasons.alreadyArchived(clash.id, name));
    }
    const oldArray = findNodeAtLocation(jsoncTree(old).root!, ['contracts'])!;
    const edits = appendToArchive(old, oldArray, items, detectStyle(old));
    files.push({ year, name, create: false, edits, text: applyTextEdits(old, edits), moved: going });
  }
  const edits = removeElements(
    text,
    array!,
    moved.map((m) => elements[m.index]!),
  );
  const plan: ArchivePlan = { moved, edits, newText: applyTextEdits(text, edits), files };
  return holdsTheSameContracts(plan, before, existing, options) ? { ok: true, plan } : refuse(reasons.wouldLoseContracts());
}

/** The check every move passes: the files afterwards hold exactly the contracts there were, by value. */
function holdsTheSameContracts(
  plan: ArchivePlan,
  before: readonly Contract[],
  existing: ReadonlyMap<number, string>,
  options: ParseOptions,
): boolean {
  const gone = new Set(plan.moved.map((m) => m.index));
  // The archive files are read without keeping them (parse.ts's readOnce); the contracts file's new
  // text is kept, since the view reads it next.
  const contractsOf = (text: string, kept = false): readonly Contract[] | undefined => {
    const parsed = kept ? parseContracts(text, options) : readOnce(text, options).result;
    return parsed.ok ? parsed.file.contracts : undefined;
  };
  // By value, not by text: a contract's keys come in the file's order from one reader and in the
  // schema's from the other (asIs.ts), and that order means nothing.
  const same = (a: readonly Contract[] | undefined, b: readonly Contract[]): boolean => a !== undefined && sameValue(a, b);
  if (
    !same(
      contractsOf(plan.newText, true),
      before.filter((_, i) => !gone.has(i)),
    )
  ) {
    return false;
  }
  return plan.files.every((file) => {
    const earlier = file.create ? [] : (contractsOf(existing.get(file.year)!) ?? []);
    return same(contractsOf(file.text), [...earlier, ...file.moved.map((m) => before[m.index]!)]);
  });
}
