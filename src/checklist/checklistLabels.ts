import * as vscode from 'vscode';
import type { LabelKey } from './protocol';

/** The words of the panel's own chrome, from the l10n bundle; the contract's content comes from the core. */
export function checklistLabels(): Record<LabelKey, string> {
  return {
    empty: vscode.l10n.t('Select a contract in the Contracts view to see what to do.'),
    stale: vscode.l10n.t('The contracts file cannot be read right now; this is its last readable version.'),
    silentDays: vscode.l10n.t('silent {0} days'),
    steps: vscode.l10n.t('Steps'),
    due: vscode.l10n.t('due {0}'),
    overdue: vscode.l10n.t('overdue'),
    doneOn: vscode.l10n.t('done {0}'),
    next: vscode.l10n.t('next'),
    optional: vscode.l10n.t('optional'),
    sources: vscode.l10n.t('Sources'),
    datesThatFollow: vscode.l10n.t('Dates that follow'),
    timeline: vscode.l10n.t('Messages'),
    sent: vscode.l10n.t('sent'),
    received: vscode.l10n.t('received'),
    vetting: vscode.l10n.t('Before you take the job'),
    verified: vscode.l10n.t('yes'),
    notVerified: vscode.l10n.t('no'),
    unknown: vscode.l10n.t('not recorded'),
    notes: vscode.l10n.t('Which source this follows'),
    insertTemplate: vscode.l10n.t('Insert message'),
    recordOperatorReport: vscode.l10n.t('Record the report'),
    recordTerminationRequest: vscode.l10n.t('Record the termination request'),
    openContractPage: vscode.l10n.t('Open the contract page'),
    setStage: vscode.l10n.t('Set the stage'),
    exportTimeline: vscode.l10n.t('Export the timeline'),
    doneByRecord: vscode.l10n.t('Done: the contact log or the calendar says so.'),
    reportedByUsersNote: vscode.l10n.t('Reported by users, not confirmed by the platform.'),
    noSteps: vscode.l10n.t('No steps apply at this stage.'),
    noMessages: vscode.l10n.t('No messages logged yet.'),
  };
}
