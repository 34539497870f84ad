import * as vscode from 'vscode';
import { pick, mergeTexts, splitConflictMarkers, wholeTextEdits, type Locale, type MergeResult, type MergeTexts } from '../core';
import type { Log } from '../log/log';
import type { CommandHandlers } from '../optional/lazyCommands';
import type { ContractsStores } from '../store/contractsStores';
import { applyMerge, settledDocument } from './applyMerge';
import { askConflicts, type MergeQuestions } from './askConflicts';
import { basename } from './fileName';
import type { MergeOffer, MergeOffers } from './mergeOffers';

export interface MergeContext {
  readonly stores: ContractsStores;
  readonly offers: MergeOffers;
  readonly questions: MergeQuestions;
  readonly locale: Locale;
  readonly utcOffsetMinutes: () => number;
  /** The running extension's log: handed over, since the optional bundle must not make a second one. */
  readonly log: Log;
}

/**
 * Merge Both Versions (git's conflict markers) and Merge Into Contracts File (a sync service's copy).
 * In the optional bundle: the merge itself is needed only when a second version turns up.
 */
export function mergeCommands(
  ctx: MergeContext,
): CommandHandlers<'contractGuard.mergeBothVersions' | 'contractGuard.mergeSyncCopy'> {
  return {
    'contractGuard.mergeBothVersions': (arg: unknown) => guarded(ctx, () => mergeGitConflict(ctx, arg)),
    'contractGuard.mergeSyncCopy': (arg: unknown) => guarded(ctx, () => mergeSyncCopy(ctx, arg)),
  };
}

async function guarded(ctx: MergeContext, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    ctx.log.error('The merge failed', error);
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
  }
}

/** The offer a command was given (a row's uri as text, or a row itself), or the only one of its kind. */
function offerFor<K extends MergeOffer['kind']>(
  ctx: MergeContext,
  kind: K,
  arg: unknown,
): Extract<MergeOffer, { kind: K }> | undefined {
  const offers = ctx.offers.offers.filter((o): o is Extract<MergeOffer, { kind: K }> => o.kind === kind);
  const key = (o: MergeOffer): string => (o.kind === 'syncCopy' ? o.copy : o.uri).toString();
  const fromRow = typeof arg === 'object' && arg !== null && 'offer' in arg ? (arg as { offer: MergeOffer }).offer : undefined;
  const wanted = typeof arg === 'string' ? arg : fromRow ? key(fromRow) : undefined;
  if (wanted === undefined) {
    return offers.length === 1 ? offers[0] : undefined; // from the palette: the only one, or none to guess at
  }
  return offers.find((o) => key(o) === wanted);
}

async function mergeGitConflict(ctx: MergeContext, arg: unknown): Promise<void> {
  await ctx.offers.reload();
  const offer = offerFor(ctx, 'gitConflict', arg);
  if (!offer) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No contracts file holds git conflict markers now.'));
    return;
  }
  const doc = await settledDocument(offer.uri);
  const marked = doc.getText();
  const versions = splitConflictMarkers(marked);
  if (!versions) {
    return;
  }
  const texts: MergeTexts = versions.base === undefined ? versions : { ...versions, base: versions.base };
  const merged = await settle(ctx, texts, () => openBoth(texts, versions.theirsLabel));
  if (!merged) {
    return;
  }
  const saved = await applyMerge(doc, wholeTextEdits(marked, merged.newText));
  await afterMerge(
    ctx,
    merged,
    saved,
    vscode.l10n.t('Merged both versions into {0}. To finish the merge in git, stage the file (git add).', basename(offer.uri)),
  );
}

async function mergeSyncCopy(ctx: MergeContext, arg: unknown): Promise<void> {
  await ctx.offers.reload();
  const offer = offerFor(ctx, 'syncCopy', arg);
  if (!offer) {
    void vscode.window.showInformationMessage(vscode.l10n.t('That copy of the contracts file is no longer there.'));
    return;
  }
  const doc = await settledDocument(offer.uri);
  const copy = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(offer.copy)).replace(/^\uFEFF/, '');
  const texts = { ours: doc.getText(), theirs: copy };
  const merged = await settle(ctx, texts, () =>
    vscode.commands.executeCommand(
      'vscode.diff',
      offer.uri,
      offer.copy,
      vscode.l10n.t('{0} ↔ {1}', basename(offer.uri), basename(offer.copy)),
    ),
  );
  if (!merged) {
    return;
  }
  const saved = await applyMerge(doc, merged.edits);
  let done = vscode.l10n.t('Merged {0} into {1} and moved the copy to the trash.', basename(offer.copy), basename(offer.uri));
  try {
    if (!vscode.workspace.isTrusted) {
      // In Restricted Mode Contract Guard writes the contracts file only (the manifest says so).
      throw new Error('restricted mode');
    }
    // Never deleted outright: from the trash the writer can still get the copy back.
    await vscode.workspace.fs.delete(offer.copy, { useTrash: true });
  } catch (error) {
    ctx.log.warn(`Could not move ${offer.copy.toString()} to the trash`, error);
    done = vscode.l10n.t(
      'Merged {0} into {1}. The copy could not be moved to the trash here, so it is still there: delete it yourself once you have checked the result.',
      basename(offer.copy),
      basename(offer.uri),
    );
  }
  await afterMerge(ctx, merged, saved, done);
}

/** Merges, asking about each conflict; undefined when the writer stopped, compared instead, or a side does not read. */
async function settle(
  ctx: MergeContext,
  texts: MergeTexts,
  compare: () => Thenable<unknown>,
): Promise<Extract<MergeResult, { kind: 'merged' }> | undefined> {
  const options = { locale: ctx.locale, utcOffsetMinutes: ctx.utcOffsetMinutes() };
  let result = mergeTexts(texts, options);
  if (result.kind === 'conflicts') {
    const answer = await askConflicts(result.conflicts, ctx.questions);
    if (answer.kind === 'openBoth') {
      await compare();
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Nothing was merged. Compare the two versions, then run the merge again.'),
      );
      return undefined;
    }
    if (answer.kind === 'cancelled') {
      return undefined;
    }
    result = mergeTexts(texts, options, answer.resolutions);
  }
  if (result.kind === 'broken') {
    void vscode.window.showErrorMessage(pick(result.message, ctx.locale));
    return undefined;
  }
  if (result.kind === 'conflicts') {
    return undefined; // every conflict was answered above; nothing is guessed
  }
  return result;
}

async function afterMerge(
  ctx: MergeContext,
  merged: Extract<MergeResult, { kind: 'merged' }>,
  saved: boolean,
  done: string,
): Promise<void> {
  await ctx.stores.reloadAll();
  await ctx.offers.reload();
  const notices = merged.notices.map((n) => pick(n.message, ctx.locale));
  const unsaved = saved ? [] : [vscode.l10n.t('The merge is in the editor, not saved yet.')];
  void vscode.window.showInformationMessage([done, ...unsaved, ...notices].join(' '));
}

/** Both versions from git's markers, side by side in untitled editors: nothing is written. */
async function openBoth(texts: MergeTexts, theirsLabel: string): Promise<void> {
  const ours = await vscode.workspace.openTextDocument({ content: texts.ours, language: 'jsonc' });
  const theirs = await vscode.workspace.openTextDocument({ content: texts.theirs, language: 'jsonc' });
  await vscode.commands.executeCommand(
    'vscode.diff',
    ours.uri,
    theirs.uri,
    vscode.l10n.t("This machine's ↔ {0}", theirsLabel || vscode.l10n.t("the other version's")),
  );
}
