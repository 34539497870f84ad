import * as assert from 'node:assert/strict';
import { mergeTexts, type MergeResult, type MergeTexts, type Resolutions } from '../../src/core/merge';
import { parseContracts } from '../../src/core/parse';
import type { Contract, ContractsFile } from '../../src/core/schema';
import { JA } from './fixtures';

/** A contracts file as a writer keeps it by hand: comments, two-space indents, contacts one per line. */
export const BASE_TEXT = `{
  // 案件の記録（手で編集しています）
  "version": 1,
  "contracts": [
    {
      "id": "cw-101",
      "title": "SEO記事 3本（美容）",
      "platform": "crowdworks",
      "client": { "name": "株式会社サンプル" },
      "stage": "delivered",
      "stageDates": { "delivered": "2026-11-10" },
      "contacts": [
        { "at": "2026-11-10T10:00:00+09:00", "direction": "sent", "channel": "platformMessage", "summary": "納品しました" }, // 納品連絡
        { "at": "2026-11-16T09:00:00+09:00", "direction": "sent", "channel": "platformMessage", "summary": "ご確認のお願い" }
      ],
      "x-memo": "unknown field kept"
    },
    {
      "id": "lc-7",
      "title": "取材記事",
      "platform": "lancers",
      "client": { "name": "山田" },
      "stage": "escrowFunded"
    }
  ]
}
`;

/** The base text with one contact line added to cw-101's log, after the last one. */
export function withContact(text: string, line: string): string {
  const anchor = '"summary": "ご確認のお願い" }';
  assert.ok(text.includes(anchor));
  return text.replace(anchor, `${anchor},\n        ${line}`);
}

export const LAPTOP_LINE =
  '{ "at": "2026-11-20T11:00:00+09:00", "direction": "sent", "channel": "platformMessage", "summary": "ノートPCから催促" }';
export const DESKTOP_LINE =
  '{ "at": "2026-11-19T15:00:00+09:00", "direction": "received", "channel": "platformMessage", "summary": "確認します" }';

export function merged(texts: MergeTexts, resolutions?: Resolutions): Extract<MergeResult, { kind: 'merged' }> {
  const result = mergeTexts(texts, JA, resolutions);
  if (result.kind !== 'merged') {
    assert.fail(JSON.stringify(result, null, 1).slice(0, 800));
  }
  return result;
}

export function read(text: string): ContractsFile {
  const parsed = parseContracts(text, JA);
  assert.ok(parsed.ok, JSON.stringify(parsed.problems));
  return parsed.file;
}

export function contractOf(text: string, id: string): Contract {
  const found = read(text).contracts.find((c) => c.id === id);
  assert.ok(found, `no contract ${id}`);
  return found;
}
