import * as vscode from 'vscode';
import {
  CHANNEL_LABELS,
  dayToShortLabel,
  pick,
  PLATFORM_LABELS,
  stageLabel,
  type ContractStatus,
  type Locale,
  type Localized,
  type LoggedContact,
  literalLabel,
  withoutAutolinks,
} from '../core';
import { formatAmount } from './text';

/**
 * Everything a writer checks before deciding what to do, in one hover. `detail` is the next step's,
 * from dist/optional.js (see ContractsTree.resolveTreeItem).
 */
export function contractTooltip(status: ContractStatus, locale: Locale, detail: Localized | undefined): vscode.MarkdownString {
  const c = status.contract;
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escape(c.title)}**  \n`);
  md.appendMarkdown(
    `${escape(pick(PLATFORM_LABELS[c.platform], locale))} · ${escape(pick(stageLabel(c.stage, c.platform), locale))}\n\n`,
  );
  const client = [escape(c.client.name)];
  if (c.client.identityVerified === true) {
    client.push(vscode.l10n.t('identity verified'));
  } else if (c.client.identityVerified === false) {
    client.push(vscode.l10n.t('identity NOT verified'));
  }
  if (c.client.rating !== undefined) {
    client.push(`★${c.client.rating}`);
  }
  md.appendMarkdown(`$(person) ${client.join(' · ')}  \n`);
  if (c.client.reviewNotes) {
    md.appendMarkdown(`$(comment) ${escape(c.client.reviewNotes)}  \n`);
  }
  const amount = formatAmount(c.amount, c.currency);
  if (amount) {
    md.appendMarkdown(`$(credit-card) ${escape(amount)}  \n`);
  }
  if (status.deadline !== undefined) {
    md.appendMarkdown(`$(calendar) ${vscode.l10n.t('Deadline {0}', dayToShortLabel(status.deadline))}  \n`);
  }
  md.appendMarkdown(`\n${lastLine(vscode.l10n.t('Last sent'), status.facts.lastSent, locale)}  \n`);
  md.appendMarkdown(`${lastLine(vscode.l10n.t('Last reply'), status.facts.lastReceived, locale)}\n\n`);
  if (status.next) {
    const due = status.next.due === undefined ? '' : ` — ${vscode.l10n.t('due {0}', dayToShortLabel(status.next.due))}`;
    md.appendMarkdown(`$(arrow-right) **${escape(pick(status.next.title, locale))}**${escape(due)}  \n`);
    if (detail) {
      md.appendMarkdown(`${escape(pick(detail, locale))}  \n`);
    }
    if (status.next.step?.verification === 'reportedByUsers') {
      md.appendMarkdown(`_${vscode.l10n.t('Reported by users, not confirmed by the platform.')}_  \n`);
    }
  }
  return md;
}

function lastLine(label: string, logged: LoggedContact | undefined, locale: Locale): string {
  if (!logged) {
    return `${label}: —`;
  }
  const summary = logged.contact.summary ? ` “${escape(logged.contact.summary)}”` : '';
  return `${label}: ${dayToShortLabel(logged.day)} (${escape(pick(CHANNEL_LABELS[logged.contact.channel], locale))})${summary}`;
}

/**
 * Titles and notes are the writer's own text: never let them turn into Markdown, HTML, links or
 * icons. Markdown escapes alone leave `$(alert)` an icon (the hover renders icons after Markdown)
 * and bare addresses links, so both are broken up as well (seen in the browser test).
 */
export function escape(value: string): string {
  return literalLabel(withoutAutolinks(value)).replace(/[\\`*_{}[\]()#+\-.!<>|$~&]/g, (ch) => `\\${ch}`);
}
