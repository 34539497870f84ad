import * as vscode from 'vscode';
import type { CommandHandlers } from '../optional/lazyCommands';
// Not from '../core': this module is in dist/optional.js, and the index would bring the whole core along.
import { instantToDay, isIsoDate } from '../core/dates';
import { pick } from '../core/i18n';
import { PLATFORM_LABELS, stageLabel } from '../core/labels';
import { newContract, type NewContractInput } from '../core/newContract';
import { PLATFORMS, type Stage } from '../core/schema';
import type { FolderStore } from '../store/folderStore';
import { newContractPreset, presetOf } from './presets';
import { applyIntent } from './applyIntent';
import type { CommandContext } from './context';
import { pickStore } from './pickStore';

const STARTING_STAGES: readonly Stage[] = ['applied', 'contracted', 'escrowFunded', 'delivered'];

/** Add Contract: five short questions (title, platform, client, stage, deadline); Escape cancels. */
export function addContractCommand(ctx: CommandContext): CommandHandlers<'contractGuard.addContract'> {
  return {
    'contractGuard.addContract': async (answers?: unknown) => {
      const preset = presetOf(newContractPreset, answers);
      const store = await pickStore(ctx, (s) => s.snapshot.kind === 'loaded', preset?.folder || undefined);
      if (!store && preset) {
        void vscode.window.showErrorMessage(vscode.l10n.t('No contracts file to add to in that folder.'));
        return;
      }
      if (!store) {
        const create = vscode.l10n.t('Create Contracts File');
        const answer = await vscode.window.showInformationMessage(vscode.l10n.t('There is no contracts file yet.'), create);
        if (answer === create) {
          await vscode.commands.executeCommand('contractGuard.createContractsFile');
        }
        return;
      }
      if (preset) {
        await append(ctx, store, preset);
        return;
      }
      const step = (n: number): string => `${vscode.l10n.t('Add Contract')} (${n}/5)`;
      const title = await vscode.window.showInputBox({
        title: step(1),
        prompt: vscode.l10n.t('Job title'),
        placeHolder: vscode.l10n.t('e.g. 美容系SEO記事 5本'),
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('A title is needed.') : undefined),
      });
      if (title === undefined) {
        return;
      }
      const platform = await vscode.window.showQuickPick(
        PLATFORMS.map((p) => ({ label: pick(PLATFORM_LABELS[p], ctx.locale), description: p, value: p })),
        { title: step(2), placeHolder: vscode.l10n.t('Platform'), ignoreFocusOut: true },
      );
      if (!platform) {
        return;
      }
      const clientName = await vscode.window.showInputBox({
        title: step(3),
        prompt: vscode.l10n.t('Client name'),
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('A client name is needed.') : undefined),
      });
      if (clientName === undefined) {
        return;
      }
      const stage = await vscode.window.showQuickPick(
        STARTING_STAGES.map((s) => ({ label: pick(stageLabel(s, platform.value), ctx.locale), description: s, value: s })),
        { title: step(4), placeHolder: vscode.l10n.t('Where does it stand?'), ignoreFocusOut: true },
      );
      if (!stage) {
        return;
      }
      const deadline = await vscode.window.showInputBox({
        title: step(5),
        prompt: vscode.l10n.t('Deadline (納期), such as 2026-12-03. Leave empty if none.'),
        ignoreFocusOut: true,
        validateInput: (v) =>
          v.trim() === '' || isIsoDate(v.trim()) ? undefined : vscode.l10n.t('Write a date like 2026-12-03'),
      });
      if (deadline === undefined) {
        return;
      }
      await append(ctx, store, {
        title: title.trim(),
        platform: platform.value,
        clientName: clientName.trim(),
        stage: stage.value,
        deadline: deadline.trim() || undefined,
      });
    },
  };
}

async function append(ctx: CommandContext, store: FolderStore, input: NewContractInput): Promise<void> {
  const snapshot = store.snapshot;
  const ids = snapshot.kind === 'loaded' ? snapshot.contracts.map((c) => c.id) : [];
  const today = instantToDay(ctx.clock.now(), ctx.clock.utcOffsetMinutes());
  await applyIntent(ctx, store, { kind: 'addContract', contract: newContract(input, ids, today) });
}
