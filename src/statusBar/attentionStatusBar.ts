import * as vscode from 'vscode';
import { moneyAtStake, stakeLines, type Locale } from '../core';
import type { StatusModel } from '../status/statusModel';

/**
 * The count of contracts that need action today, in the status bar and as the view's badge, so it
 * is seen even when the side bar is closed. Hidden when nothing needs action.
 */
export class AttentionIndicators implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('contractGuard.attention', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;
  private visible = false;

  constructor(
    private readonly model: StatusModel,
    private readonly view: vscode.TreeView<unknown>,
    private readonly locale: Locale,
  ) {
    this.item.name = 'Contract Guard';
    this.item.command = 'contractGuard.contracts.focus';
    this.subscription = model.onDidChange(() => this.update());
    this.update();
  }

  /** What the status bar shows, or undefined while hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** The status bar item's hover, or undefined while it is hidden. */
  get tooltip(): string | undefined {
    return this.visible && typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined;
  }

  private update(): void {
    const count = this.model.needingAction.length;
    const tooltip = vscode.l10n.t('{0} contract(s) need action today', count);
    this.view.badge = count > 0 ? { value: count, tooltip } : undefined;
    this.visible = count > 0;
    if (count === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(shield) ${vscode.l10n.t('{0} to act on', count)}`;
    // The money at stake over every folder, as each group of the view shows its own.
    const stake = stakeLines(moneyAtStake(this.model.all.map((e) => e.status)), this.locale, vscode.env.language);
    this.item.tooltip = [tooltip, ...stake].join('\n');
    this.item.backgroundColor = this.model.needingAction.some((e) => e.status.urgency === 'overdue')
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
