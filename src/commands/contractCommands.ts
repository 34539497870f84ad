import * as vscode from 'vscode';
import {
  canEscalate,
  dayToIso,
  instantToDay,
  legalNextStages,
  literalLabel,
  pick,
  stageLabel,
  type Channel,
  type Direction,
  type Stage,
} from '../core';
import { log } from '../log/log';
import { applyIntent } from './applyIntent';
import { askContact } from './askContact';
import type { CommandContext } from './context';
import { resolveContract } from './pickContract';
import { answersOf, contactPreset, presetOf, stagePreset } from './presets';
import { revealInFile } from './revealInFile';

/** Commands that act on one contract: from its row, or from the palette with a picker. */
export function registerContractCommands(ctx: CommandContext): vscode.Disposable[] {
  const logContact =
    (title: () => string, direction: Direction, channel: Channel, askExpectsReply: boolean, allowed?: (s: Stage) => boolean) =>
    async (arg: unknown, answers?: unknown): Promise<void> => {
      const entry = await resolveContract(ctx, arg, allowed);
      const store = entry && ctx.stores.storeFor(entry.folder.uri.toString());
      if (!entry || !store) {
        return;
      }
      const preset = presetOf(contactPreset, answersOf(arg, answers));
      const contact = await askContact(
        { title: `${title()} — ${literalLabel(entry.status.contract.title)}`, direction, channel, askExpectsReply },
        ctx.clock,
        preset,
      );
      if (contact) {
        await applyIntent(ctx, store, { kind: 'appendContact', contractId: entry.status.contract.id, contact });
      }
    };

  return [
    vscode.commands.registerCommand(
      'contractGuard.logSent',
      logContact(() => vscode.l10n.t('Log Message Sent'), 'sent', 'platformMessage', true),
    ),
    vscode.commands.registerCommand(
      'contractGuard.logReply',
      logContact(() => vscode.l10n.t('Log Client Reply'), 'received', 'platformMessage', true),
    ),
    vscode.commands.registerCommand(
      'contractGuard.recordOperatorReport',
      logContact(() => vscode.l10n.t('Record Operator Report'), 'sent', 'operatorReport', false, canEscalate),
    ),
    vscode.commands.registerCommand(
      'contractGuard.recordTerminationRequest',
      logContact(() => vscode.l10n.t('Record Termination Request'), 'sent', 'terminationRequest', false, canEscalate),
    ),
    vscode.commands.registerCommand('contractGuard.setStage', async (arg: unknown, answers?: unknown) => {
      const entry = await resolveContract(ctx, arg, (s) => legalNextStages(s).length > 0);
      const store = entry && ctx.stores.storeFor(entry.folder.uri.toString());
      if (!entry || !store) {
        return;
      }
      const current = entry.status.contract.stage;
      const preset = presetOf(stagePreset, answersOf(arg, answers));
      const items = legalNextStages(current).map((stage) => ({
        label: pick(stageLabel(stage, entry.status.contract.platform), ctx.locale),
        description: stage,
        stage,
      }));
      if (preset && !items.some((i) => i.stage === preset.stage)) {
        log.warn(`Set Stage refused: ${entry.status.contract.id} cannot move from ${current} to ${preset.stage}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('A contract cannot move from {0} to {1}.', current, preset.stage));
        return;
      }
      const chosen =
        items.find((i) => i.stage === preset?.stage) ??
        (await vscode.window.showQuickPick(items, {
          title: `${vscode.l10n.t('Set Stage')} — ${literalLabel(entry.status.contract.title)}`,
          placeHolder: vscode.l10n.t('Now: {0}', pick(stageLabel(current, entry.status.contract.platform), ctx.locale)),
        }));
      if (chosen) {
        const at = dayToIso(instantToDay(ctx.clock.now(), ctx.clock.utcOffsetMinutes()));
        await applyIntent(ctx, store, { kind: 'setStage', contractId: entry.status.contract.id, stage: chosen.stage, at });
      }
    }),
    vscode.commands.registerCommand('contractGuard.revealContract', async (arg: unknown) => {
      const entry = await resolveContract(ctx, arg);
      if (entry) {
        await revealInFile(entry.uri, entry.status.contract.id);
      }
    }),
    vscode.commands.registerCommand('contractGuard.openClientPage', async (arg: unknown) => {
      const entry = await resolveContract(ctx, arg);
      const url = entry && (entry.status.contract.url ?? entry.status.contract.client.profileUrl);
      if (!entry) {
        return;
      }
      if (!url) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This contract has no "url" or client "profileUrl" yet.'));
        return;
      }
      await vscode.env.openExternal(vscode.Uri.parse(url));
    }),
  ];
}
