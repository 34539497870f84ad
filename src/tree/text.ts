import * as vscode from 'vscode';
import { dayToShortLabel, literalLabel, type ContractStatus } from '../core';
import { log } from '../log/log';

/** Small text helpers shared by the tree, tooltip and status bar, so they all say it the same way. */

export function describeContract(status: ContractStatus, multiRootFolder?: string): string {
  const parts: string[] = [];
  if (status.payment.overdueDays !== undefined) {
    parts.push(vscode.l10n.t('payment {0}d overdue', status.payment.overdueDays));
  }
  if (status.silentDays !== undefined && status.silentDays > 0) {
    parts.push(vscode.l10n.t('silent {0}d', status.silentDays));
  }
  if (status.next?.due !== undefined) {
    parts.push(vscode.l10n.t('due {0}', dayToShortLabel(status.next.due)));
  } else if (status.deadline !== undefined && status.contract.stage === 'escrowFunded') {
    parts.push(vscode.l10n.t('deadline {0}', dayToShortLabel(status.deadline)));
  }
  if (multiRootFolder) {
    parts.push(multiRootFolder);
  }
  return literalLabel(parts.join(' · '));
}

export function formatAmount(amount: number | undefined, currency: string | undefined): string | undefined {
  if (amount === undefined) {
    return undefined;
  }
  try {
    return new Intl.NumberFormat(vscode.env.language, { style: 'currency', currency: currency ?? 'JPY' }).format(amount);
  } catch (error) {
    log.debug(`Amount shown unformatted (${String(currency)}): ${String(error)}`);
    return `${amount} ${currency ?? ''}`.trim();
  }
}
