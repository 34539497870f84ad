import type { Localized } from '../i18n';

/** Why an archive was refused, worded so the writer knows what to do next. */

export function archiveInvalid(name: string, count: number, line: number, first: string): Localized {
  return {
    en: `Nothing was moved: ${name} has ${count} problem(s) to fix first. Line ${line}: ${first}`,
    ja: `移動しませんでした。${name} に先に直すべき問題が ${count} 件あります。最初の問題は ${line} 行目です。${first}`,
  };
}

export function alreadyArchived(id: string, name: string): Localized {
  return {
    en: `Nothing was moved: a contract with id "${id}" is already in ${name}. Rename one of them first.`,
    ja: `移動しませんでした。id "${id}" の契約はすでに ${name} にあります。先にどちらかの id を変えてください。`,
  };
}

export function wouldLoseContracts(): Localized {
  return {
    en: 'Nothing was moved: the result would not have held exactly the same contracts. Please report this.',
    ja: '移動しませんでした。移動後の内容が元の契約と一致しないためです。不具合としてご報告ください。',
  };
}
