import type { Localized } from '../i18n';
import type { Problem } from '../problems';
import type { Side } from './types';

const SIDE: Record<Side, Localized> = {
  ours: { en: "This machine's version", ja: 'このパソコンの版' },
  theirs: { en: 'The other version', ja: 'もう一方の版' },
};

/** A side that does not read: nothing is merged, and the first problem says where to look. */
export function sideBroken(side: Side, problems: readonly Problem[]): Localized {
  const first = problems[0];
  const line = first ? first.range.start.line + 1 : 1;
  const what = first?.message ?? '';
  return {
    en: `Nothing was merged: ${SIDE[side].en.toLowerCase()} of the contracts file cannot be read (${problems.length} problem(s); line ${line}: ${what}).`,
    ja: `統合しませんでした。契約ファイルの${SIDE[side].ja}を読み込めません（問題 ${problems.length} 件。${line} 行目：${what}）。`,
  };
}

export const BASE_UNREADABLE: Localized = {
  en: 'The common version git kept could not be read, so the two versions were compared without it.',
  ja: 'git が残した共通の版を読み込めなかったため、2つの版だけを比べて統合しました。',
};

export const RESULT_UNREADABLE: Localized = {
  en: 'Nothing was merged: the merged file would not have been readable. Please report this.',
  ja: '統合しませんでした。統合後のファイルが読み込めない状態になるためです。お手数ですが不具合としてご報告ください。',
};
