import * as vscode from 'vscode';
import { GROUPINGS, type Grouping } from '../core';
import type { CommandContext } from './context';

export const GROUPING_KEY = 'contractGuard.grouping';

/** The grouping the writer chose last in this workspace, urgency by default. */
export function rememberedGrouping(state: vscode.Memento): Grouping {
  const stored = state.get<string>(GROUPING_KEY);
  return GROUPINGS.find((g) => g === stored) ?? 'urgency';
}

export async function applyGrouping(ctx: CommandContext, grouping: Grouping): Promise<void> {
  ctx.tree.setGrouping(grouping);
  await ctx.workspaceState.update(GROUPING_KEY, grouping);
  await vscode.commands.executeCommand('setContext', GROUPING_KEY, grouping);
}

export function registerGroupingCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('contractGuard.groupByUrgency', () => applyGrouping(ctx, 'urgency')),
    vscode.commands.registerCommand('contractGuard.groupByStage', () => applyGrouping(ctx, 'stage')),
    vscode.commands.registerCommand('contractGuard.groupByPlatform', () => applyGrouping(ctx, 'platform')),
  ];
}
