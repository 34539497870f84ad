import * as vscode from 'vscode';
import { literalLabel, type MergeConflict, type Resolutions } from '../core';

export type ConflictAnswer =
  | { readonly kind: 'answered'; readonly resolutions: Resolutions }
  | { readonly kind: 'openBoth' }
  | { readonly kind: 'cancelled' };

/** The question on screen, for the tests (and other extensions) to see and answer as a writer would. */
export interface OpenQuestion {
  readonly title: string;
  readonly items: readonly string[];
  /** Moves the highlight to an item, as the arrow keys do; Enter (acceptSelectedQuickOpenItem) picks it. */
  highlight(label: string): void;
  /** The highlighted item as the quick pick on screen last reported it. */
  highlighted(): string | undefined;
}

/** Holds the merge question shown right now, if any. */
export class MergeQuestions {
  current: OpenQuestion | undefined;
}

type Choice = vscode.QuickPickItem & { readonly answer: 'ours' | 'theirs' | 'openBoth' };

/**
 * Asks about each conflict in a quick pick: this machine's value, the other version's, or open both
 * versions side by side (then nothing is merged). Escape stops and merges nothing.
 */
export async function askConflicts(conflicts: readonly MergeConflict[], questions: MergeQuestions): Promise<ConflictAnswer> {
  const resolutions: Record<string, 'ours' | 'theirs'> = {};
  for (const [i, conflict] of conflicts.entries()) {
    const answer = await askOne(conflict, i + 1, conflicts.length, questions);
    if (answer === undefined) {
      return { kind: 'cancelled' };
    }
    if (answer === 'openBoth') {
      return { kind: 'openBoth' };
    }
    resolutions[conflict.key] = answer;
  }
  return { kind: 'answered', resolutions };
}

function askOne(
  conflict: MergeConflict,
  n: number,
  total: number,
  questions: MergeQuestions,
): Promise<Choice['answer'] | undefined> {
  const where = conflict.path.length === 0 ? vscode.l10n.t('the contract itself') : conflict.path.join('.');
  const title = vscode.l10n.t(
    'Merge ({0}/{1}): “{2}”, {3}',
    n,
    total,
    literalLabel(conflict.title ?? conflict.contractId ?? ''),
    where,
  );
  const items: Choice[] = [
    {
      label: `$(device-desktop) ${vscode.l10n.t("This machine's")}`,
      description: describe(conflict.ours, conflict.path.length === 0),
      answer: 'ours',
    },
    {
      label: `$(cloud) ${vscode.l10n.t("The other version's")}`,
      description: describe(conflict.theirs, conflict.path.length === 0),
      answer: 'theirs',
    },
    { label: `$(split-horizontal) ${vscode.l10n.t('Open both to compare (nothing is merged)')}`, answer: 'openBoth' },
  ];
  const pick = vscode.window.createQuickPick<Choice>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('The two versions differ here. Which one should the contracts file keep?');
  pick.items = items;
  pick.ignoreFocusOut = true;
  return new Promise((resolve) => {
    let answer: Choice['answer'] | undefined;
    const done = (): void => {
      questions.current = undefined;
      pick.dispose();
      resolve(answer);
    };
    pick.onDidAccept(() => {
      answer = pick.selectedItems[0]?.answer ?? pick.activeItems[0]?.answer;
      pick.hide();
    });
    pick.onDidHide(done);
    let shown: string | undefined;
    pick.onDidChangeActive((active) => (shown = active[0]?.label));
    questions.current = {
      title,
      items: items.map((i) => i.label),
      highlight: (label) => {
        pick.activeItems = items.filter((i) => i.label === label);
      },
      highlighted: () => shown,
    };
    pick.show();
  });
}

/** A value as the writer can recognise it in one line. */
function describe(value: unknown, wholeContract: boolean): string {
  if (value === undefined) {
    return wholeContract ? vscode.l10n.t('(removed)') : vscode.l10n.t('(not set)');
  }
  if (wholeContract) {
    return vscode.l10n.t('(kept, with its changes)');
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return literalLabel(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}
