import * as vscode from 'vscode';
import {
  dayToShortLabel,
  pick,
  PLAYBOOKS,
  PLATFORM_LABELS,
  STAGE_LABELS,
  type ContractStatus,
  type Locale,
  type StepStatus,
} from '../core';
import type { StatusModel } from '../status/statusModel';

export const CHECKLIST_SCHEME = 'contract-guard-checklist';

/**
 * The ghosting-response checklist of one contract as a read-only Markdown document shown in the
 * preview. It follows the status model, so it updates as the file changes.
 */
export class ChecklistDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly open = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly model: StatusModel,
    private readonly locale: Locale,
  ) {
    this.subscription = vscode.Disposable.from(
      model.onDidChange(() => {
        for (const uri of this.open) {
          this.changed.fire(vscode.Uri.parse(uri));
        }
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.open.delete(doc.uri.toString())),
    );
  }

  uriFor(key: string, title: string): vscode.Uri {
    const uri = vscode.Uri.from({
      scheme: CHECKLIST_SCHEME,
      path: `/${title.replace(/[\\/]/g, '_')}.md`,
      query: encodeURIComponent(key),
    });
    this.open.add(uri.toString());
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const entry = this.model.entryFor(decodeURIComponent(uri.query));
    if (!entry) {
      return `# ${vscode.l10n.t('This contract is no longer in the contracts file.')}\n`;
    }
    return renderChecklist(entry.status, this.locale);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function renderChecklist(status: ContractStatus, locale: Locale): string {
  const c = status.contract;
  const lines = [
    `# ${c.title}`,
    '',
    `${pick(PLATFORM_LABELS[c.platform], locale)} · ${pick(STAGE_LABELS[c.stage], locale)} · ${c.client.name}`,
    '',
  ];
  if (status.steps.length === 0) {
    lines.push(vscode.l10n.t('No steps apply at this stage.'));
  }
  for (const s of status.steps) {
    lines.push(...renderStep(s, locale), '');
  }
  for (const note of PLAYBOOKS[c.platform].notes ?? []) {
    lines.push(`> ${pick(note, locale)}`, '');
  }
  return lines.join('\n');
}

function renderStep(s: StepStatus, locale: Locale): string[] {
  // VS Code's preview does not draw task-list boxes, so the state is a glyph in a heading.
  const mark = s.state === 'done' ? '☑' : s.state === 'next' ? '➜' : '☐';
  const due = s.due === undefined ? '' : ` — ${vscode.l10n.t('due {0}', dayToShortLabel(s.due))}`;
  const next = s.state === 'next' ? ` (${vscode.l10n.t('next')})` : '';
  const out = [`### ${mark} ${pick(s.step.title, locale)}${due}${next}`, '', pick(s.step.detail, locale), ''];
  const notes: string[] = [];
  if (s.step.verification === 'reportedByUsers') {
    notes.push(`_${vscode.l10n.t('Reported by users, not confirmed by the platform.')}_`);
  } else if (s.step.verification === 'etiquette') {
    notes.push(`_${vscode.l10n.t('Contract Guard’s advice, not a platform rule.')}_`);
  }
  notes.push(`${vscode.l10n.t('Sources')}: ${s.step.sources.join(' · ')}`);
  out.push(notes.join('  \n'));
  return out;
}
