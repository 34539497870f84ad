import type { Localized } from '../i18n';

/** Why a write was refused, worded so the writer knows what to do next. */

export function fileInvalid(count: number, line: number, first: string): Localized {
  return {
    en: `Nothing was written: the contracts file has ${count} problem(s) to fix first. Line ${line}: ${first}`,
    ja: `書き込みませんでした。契約ファイルに先に直すべき問題が ${count} 件あります。最初の問題は ${line} 行目です。${first}`,
  };
}

export function unknownContract(id: string): Localized {
  return {
    en: `Nothing was written: no contract with id "${id}" is in the file any more.`,
    ja: `書き込みませんでした。id "${id}" の契約がファイルに見つかりません。`,
  };
}

export function duplicateId(id: string): Localized {
  return {
    en: `Nothing was written: a contract with id "${id}" already exists.`,
    ja: `書き込みませんでした。id "${id}" の契約はすでにあります。`,
  };
}

export function invalidValue(): Localized {
  return {
    en: 'Nothing was written: the new entry is not valid (check its dates and fields).',
    ja: '書き込みませんでした。追加する内容が正しくありません（日付や項目を確認してください）。',
  };
}

export function wouldBreak(): Localized {
  return {
    en: 'Nothing was written: the change would have left the file unreadable. Please report this.',
    ja: '書き込みませんでした。変更するとファイルが読めなくなるためです。不具合としてご報告ください。',
  };
}
