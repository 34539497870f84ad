import * as vscode from 'vscode';
import type { CommandHandlers } from '../optional/lazyCommands';
import * as z from 'zod/mini';
// Not from '../core': this module is in dist/optional.js, and the index would bring the whole core along.
import { selectArchivable, type ArchiveCriteria } from '../core/archive/select';
import { instantToDay } from '../core/dates';
import { literalMessage } from '../core/literalText';
import { maxFileSizeBytes } from '../config';
import { pickStore } from '../commands/pickStore';
import type { CommandContext } from '../commands/context';
import { presetOf } from '../commands/presets';
import { isWriteRefused } from '../store/writeContracts';
import { applyArchive, archiveUri } from './applyArchive';

/**
 * Answers the command can be given instead of asking (a keybinding's "args", the tests):
 * `{ "olderThanMonths": 6 }` skips the age question; `"confirmed": true` also skips the modal
 * confirmation, for a keybinding of someone who archives often (and for the tests). Kept on purpose:
 * only a keybinding the writer writes in their own keybindings.json (or another extension, which can
 * edit any workspace file anyway) can pass it, nothing is deleted (contracts move verbatim into the
 * year's archive file), and one Undo in the contracts file takes the whole move back. The dialog
 * guards against a slip of the hand, which a deliberate keybinding is not.
 */
const archivePreset = z.object({
  olderThanMonths: z.number().check(z.int(), z.minimum(1), z.maximum(1200)),
  confirmed: z.optional(z.boolean()),
  /** The workspace folder's URI, for multi-root workspaces. */
  folder: z.optional(z.string()),
});

const AGES = [3, 6, 12] as const;

export function archiveCommand(ctx: CommandContext): CommandHandlers<'contractGuard.archiveClosed'> {
  return {
    'contractGuard.archiveClosed': async (arg?: unknown) => {
      const preset = presetOf(archivePreset, arg);
      const store = await pickStore(ctx, (s) => s.snapshot.kind === 'loaded' && !s.snapshot.invalid, preset?.folder || undefined);
      if (!store || store.snapshot.kind !== 'loaded') {
        void vscode.window.showInformationMessage(vscode.l10n.t('There is no readable contracts file to archive from.'));
        return;
      }
      const contracts = store.snapshot.contracts;
      const criteria = (months: number): ArchiveCriteria => ({
        today: instantToDay(ctx.clock.now(), ctx.clock.utcOffsetMinutes()),
        olderThanMonths: months,
        utcOffsetMinutes: ctx.clock.utcOffsetMinutes(),
      });
      let months = preset?.olderThanMonths;
      if (months === undefined) {
        const items = AGES.map((m) => ({
          label: m === 12 ? vscode.l10n.t('Older than 1 year') : vscode.l10n.t('Older than {0} months', m),
          description: vscode.l10n.t('{0} contract(s)', selectArchivable(contracts, criteria(m)).length),
          months: m,
        }));
        const chosen = await vscode.window.showQuickPick(items, {
          title: vscode.l10n.t('Archive Closed Contracts'),
          placeHolder: vscode.l10n.t('Move accepted, closed and cancelled contracts whose last activity is…'),
        });
        months = chosen?.months;
      }
      if (months === undefined) {
        return;
      }
      const going = selectArchivable(contracts, criteria(months));
      if (going.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No finished contract is that old: nothing to archive.'));
        return;
      }
      if (preset?.confirmed !== true) {
        const years = [...new Set(going.map((g) => g.year))].sort();
        const detail = years
          .map((y) => `${vscode.workspace.asRelativePath(archiveUri(store.uri, y))}: ${going.filter((g) => g.year === y).length}`)
          .join('\n');
        const move = vscode.l10n.t('Archive');
        const answer = await vscode.window.showWarningMessage(
          vscode.l10n.t('Move {0} finished contract(s) out of {1}?', going.length, vscode.workspace.asRelativePath(store.uri)),
          { modal: true, detail: `${detail}\n\n${vscode.l10n.t('Undo (Ctrl+Z) in the contracts file takes it back.')}` },
          move,
        );
        if (answer !== move) {
          return;
        }
      }
      try {
        const done = await store.exclusive(() =>
          applyArchive(
            store.uri,
            criteria(months),
            { locale: ctx.locale, utcOffsetMinutes: ctx.clock.utcOffsetMinutes() },
            maxFileSizeBytes(store.folder),
          ),
        );
        await store.reload();
        const names = done.plan.files.map((f) => f.name).join(', ');
        const message = done.unsaved.length
          ? vscode.l10n.t(
              'Moved {0} contract(s) to {1}. Saving would run your save actions, so the files are left unsaved.',
              done.plan.moved.length,
              names,
            )
          : vscode.l10n.t('Moved {0} contract(s) to {1}.', done.plan.moved.length, names);
        void vscode.window.showInformationMessage(message);
      } catch (error) {
        if (isWriteRefused(error)) {
          ctx.log.warn(`Archive refused: ${error.message}`);
        } else {
          ctx.log.error('Archive failed', error);
        }
        void vscode.window.showErrorMessage(literalMessage(error instanceof Error ? error.message : String(error)));
      }
    },
  };
}
