import { ParseErrorCode } from 'jsonc-parser';
import type { Localized } from './i18n';
import { STAGE_LABELS } from './labels';
import { STAGES } from './schema';

/** Messages for a writer who edits the file by hand, not for a programmer. */

export function syntaxMessage(code: ParseErrorCode): Localized {
  switch (code) {
    case ParseErrorCode.CommaExpected:
      return { en: 'A comma (,) is missing between two entries here.', ja: 'ここで項目の間にカンマ（,）が抜けています。' };
    case ParseErrorCode.ColonExpected:
      return { en: 'A colon (:) is missing after the field name.', ja: '項目名の後にコロン（:）が抜けています。' };
    case ParseErrorCode.PropertyNameExpected:
      return {
        en: 'A field name in double quotes ("…") is expected here.',
        ja: 'ここにはダブルクォート（"…"）で囲んだ項目名が必要です。',
      };
    case ParseErrorCode.ValueExpected:
      return { en: 'A value is missing here.', ja: 'ここに値が抜けています。' };
    case ParseErrorCode.CloseBraceExpected:
      return { en: 'A closing brace (}) is missing.', ja: '閉じ括弧（}）が抜けています。' };
    case ParseErrorCode.CloseBracketExpected:
      return { en: 'A closing bracket (]) is missing.', ja: '閉じ括弧（]）が抜けています。' };
    case ParseErrorCode.EndOfFileExpected:
      return {
        en: 'There is text after the end of the file’s main { … } block.',
        ja: 'ファイル全体を囲む { … } の後に余分な文字があります。',
      };
    case ParseErrorCode.UnexpectedEndOfString:
      return {
        en: 'A text value is missing its closing double quote (").',
        ja: '文字列の閉じるダブルクォート（"）がありません。',
      };
    case ParseErrorCode.UnexpectedEndOfComment:
      return { en: 'A /* comment */ is not closed.', ja: '/* コメント */ が閉じられていません。' };
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return { en: 'This number is not written correctly.', ja: '数値の書き方が正しくありません。' };
    default:
      return {
        en: 'This is not valid JSON here. Text values need double quotes ("…").',
        ja: 'ここは JSON として読めません。文字列はダブルクォート（"…"）で囲んでください。',
      };
  }
}

export const EMPTY_FILE: Localized = {
  en: 'The contracts file is empty. It needs at least { "version": 1, "contracts": [] }.',
  ja: '契約ファイルが空です。少なくとも { "version": 1, "contracts": [] } が必要です。',
};

export function missingField(field: string): Localized {
  return { en: `“${field}” is missing.`, ja: `「${field}」がありません。` };
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { en: 'text in double quotes', ja: 'ダブルクォートで囲んだ文字列' },
  number: { en: 'a number', ja: '数値' },
  boolean: { en: 'true or false', ja: 'true か false' },
  array: { en: 'a list [ … ]', ja: 'リスト [ … ]' },
  object: { en: 'an object { … }', ja: 'オブジェクト { … }' },
};

export function wrongType(field: string, expected: string): Localized {
  const name = TYPE_NAMES[expected] ?? { en: expected, ja: expected };
  return { en: `“${field}” should be ${name.en}.`, ja: `「${field}」は${name.ja}にしてください。` };
}

export function unknownValue(field: string, value: unknown, allowed: readonly unknown[]): Localized {
  const shown = JSON.stringify(value);
  if (field === 'stage') {
    const list = STAGES.map((s) => `${s}`).join(', ');
    const listJa = STAGES.map((s) => `${s}（${STAGE_LABELS[s].ja}）`).join('、');
    return {
      en: `${shown} is not a stage Contract Guard knows. Use one of: ${list}.`,
      ja: `${shown} は使えない段階（stage）です。次のいずれかにしてください：${listJa}`,
    };
  }
  const list = allowed.map((v) => String(v)).join(', ');
  return {
    en: `${shown} is not allowed for “${field}”. Use one of: ${list}.`,
    ja: `「${field}」に ${shown} は使えません。次のいずれかにしてください：${list}`,
  };
}

export function unsupportedVersion(value: unknown): Localized {
  return {
    en: `This file says version ${JSON.stringify(value)}, but this Contract Guard reads version 1. Set "version": 1, or update the extension.`,
    ja: `このファイルはバージョン ${JSON.stringify(value)} ですが、この Contract Guard が読めるのはバージョン 1 です。"version": 1 にするか、拡張機能を更新してください。`,
  };
}

export function badDate(field: string, value: unknown): Localized {
  return {
    en: `${JSON.stringify(value)} in “${field}” is not a date. Write it like "2026-12-03" or "2026-12-03T10:00:00+09:00".`,
    ja: `「${field}」の ${JSON.stringify(value)} は日付として読めません。"2026-12-03" や "2026-12-03T10:00:00+09:00" のように書いてください。`,
  };
}

export function emptyText(field: string): Localized {
  return { en: `“${field}” must not be empty.`, ja: `「${field}」を空にはできません。` };
}

export function outOfRange(field: string, min?: number, max?: number): Localized {
  if (min !== undefined && max !== undefined) {
    return { en: `“${field}” must be between ${min} and ${max}.`, ja: `「${field}」は${min}から${max}の間にしてください。` };
  }
  if (min !== undefined) {
    return { en: `“${field}” must be ${min} or more.`, ja: `「${field}」は${min}以上にしてください。` };
  }
  return { en: `“${field}” must be ${max ?? ''} or less.`, ja: `「${field}」は${max ?? ''}以下にしてください。` };
}

export function notFinite(field: string): Localized {
  return {
    en: `“${field}” is too large a number to use. Check the digits.`,
    ja: `「${field}」の数値が大きすぎて扱えません。桁を確認してください。`,
  };
}

export function badUrl(field: string): Localized {
  return {
    en: `“${field}” must be a web address starting with https://.`,
    ja: `「${field}」は https:// で始まる URL にしてください。`,
  };
}

export function badCurrency(field: string): Localized {
  return {
    en: `“${field}” must be a three-letter currency code such as JPY or USD.`,
    ja: `「${field}」は JPY や USD のような3文字の通貨コードにしてください。`,
  };
}

export function duplicateId(id: string, firstLine: number): Localized {
  return {
    en: `The id "${id}" is already used on line ${firstLine}. Each contract needs its own id.`,
    ja: `id "${id}" は ${firstLine} 行目ですでに使われています。契約ごとに別の id にしてください。`,
  };
}

export function dateBefore(later: string, laterValue: string, earlier: string, earlierValue: string): Localized {
  return {
    en: `“${later}” (${laterValue}) is before “${earlier}” (${earlierValue}). Check both dates.`,
    ja: `「${later}」（${laterValue}）が「${earlier}」（${earlierValue}）より前になっています。日付を確認してください。`,
  };
}

export function notAnObject(): Localized {
  return {
    en: 'The file must be one object: { "version": 1, "contracts": [ … ] }.',
    ja: 'ファイル全体を { "version": 1, "contracts": [ … ] } の形のオブジェクトにしてください。',
  };
}
