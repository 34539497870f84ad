import * as assert from 'node:assert/strict';
import { createScanner, SyntaxKind } from 'jsonc-parser';
import { toDay, type DayNumber } from '../../src/core/dates';
import { computeEdit, type EditIntent, type EditOptions } from '../../src/core/edit/intents';
import { applyTextEdits, type TextEdit } from '../../src/core/edit/textEdit';
import { parseContracts, type ParseOptions } from '../../src/core/parse';
import type { Contact, Contract, ContractsFile } from '../../src/core/schema';

/** The writer is in Japan; every test reads the clock from here, never from the machine. */
export const JST = 540;
export const JA: ParseOptions & EditOptions = { locale: 'ja', utcOffsetMinutes: JST };
export const EN: ParseOptions & EditOptions = { locale: 'en', utcOffsetMinutes: JST };

/** Tuesday 24 November 2026, 10:00 in Tokyo. */
export const NOW = Date.parse('2026-11-24T10:00:00+09:00');

/** "2026-11-24T10:00" read as Tokyo wall-clock time. */
export function jst(wall: string): number {
  const ms = Date.parse(`${wall}:00+09:00`);
  assert.ok(!Number.isNaN(ms), `bad test time ${wall}`);
  return ms;
}

/** The writer's calendar day for a written date. */
export function day(iso: string): DayNumber {
  const d = toDay(iso, JST);
  assert.ok(d !== undefined, `bad test date ${iso}`);
  return d;
}

export const sent = (at: string, channel: Contact['channel'] = 'platformMessage', summary?: string): Contact =>
  summary === undefined ? { at, direction: 'sent', channel } : { at, direction: 'sent', channel, summary };
export const received = (at: string, channel: Contact['channel'] = 'platformMessage', summary?: string): Contact =>
  summary === undefined ? { at, direction: 'received', channel } : { at, direction: 'received', channel, summary };

/** A contract as the parser would hand it over; only what a test cares about needs saying. */
export function contract(fields: Partial<Contract> & Pick<Contract, 'platform' | 'stage'>): Contract {
  return { id: 'c-1', title: 'SEO記事 3本（美容）', client: { name: '株式会社サンプル' }, ...fields };
}

/**
 * A file a writer has edited by hand for weeks: comments everywhere, 3-space indentation, odd spacing,
 * trailing commas, two properties on one line, and a field Contract Guard does not know.
 */
export const HAND_EDITED = `// Contract Guard 契約ファイル（手で編集しています）
// 最終更新: 2026-11-20
{
   "$schema": "./schemas/contracts.schema.json",
   "version": 1,
   /* 進行中の案件 */
   "contracts": [
      {
         "id": "cw-2026-001",   // クラウドワークス案件
         "title": "SEO記事 5本（不動産投資）",
         "platform":"crowdworks",
         "client": {"name": "株式会社みらい不動産", "identityVerified": true, "rating": 4.6},
         "stage":   "escrowFunded",
         "amount": 25000, "currency": "JPY",
         "deadline": "2026-12-05",
         "stageDates": { "contracted": "2026-11-10", "escrowFunded": "2026-11-11" },
         "contacts": [
            { "at": "2026-11-11T09:30:00+09:00", "direction": "received", "channel": "platformMessage", "summary": "仮払いしました" },
            { "at": "2026-11-13", "direction": "sent", "channel": "platformMessage", "summary": "構成案を送付" }, // 返事なし
         ],
         "checklist": {
            // 1回目の催促は済み
            "cw.escrow.remind": { "done": true, "at": "2026-11-18" },
         },
      },
      {
         "id":"lancers-0042",
         "title": "取材記事（地方の工務店）",
         "platform": "lancers",
         "client": { "name": "佐藤工務店" },
         "stage": "delivered",
         "stageDates": {"delivered": "2026-11-16"},
         "tags": ["取材", "急ぎ"], // 拡張機能は知らない項目
      },
   ],
}
`;

/** Tab-indented, no trailing commas, an empty contact log. */
export const TAB_FILE = [
  '{',
  '\t"version": 1,',
  '\t"contracts": [',
  '\t\t{',
  '\t\t\t"id": "coconala-15",',
  '\t\t\t"title": "ブログ記事の校正",',
  '\t\t\t"platform": "coconala",',
  '\t\t\t"client": { "name": "田中 花子" },',
  '\t\t\t"stage": "contracted",',
  '\t\t\t"contacts": []',
  '\t\t}',
  '\t]',
  '}',
  '',
].join('\n');

/** Everything on one line, as a tool might write it. */
export const COMPACT_FILE =
  '{"version":1,"contracts":[{"id":"up-9","title":"Landing page copy","platform":"upwork","client":{"name":"Acme LLC"},"stage":"delivered","stageDates":{"delivered":"2026-11-10"}}]}';

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export function parseOk(text: string, options: ParseOptions = JA): ContractsFile {
  const result = parseContracts(text, options);
  assert.ok(result.ok, `expected the file to parse, got: ${JSON.stringify(result.problems)}`);
  return result.file;
}

/** Runs an edit that must succeed, and checks what every successful edit promises. */
export function editOk(
  text: string,
  intent: EditIntent,
  options: EditOptions = JA,
): { edits: readonly TextEdit[]; newText: string } {
  const result = computeEdit(text, intent, options);
  assert.ok(result.ok, `expected the edit to succeed, got: ${result.ok ? '' : result.reason}`);
  assert.equal(applyTextEdits(text, result.edits), result.newText, 'the edits must produce newText');
  parseOk(result.newText, options);
  return result;
}

export function findContract(file: ContractsFile, id: string): Contract {
  const found = file.contracts.find((c) => c.id === id);
  assert.ok(found, `no contract ${id}`);
  return found;
}

/** Zero-based number of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in text`);
  return text.slice(0, at).split('\n').length - 1;
}

/** Every comment in the text, in order, as written. */
export function comments(text: string): string[] {
  const scanner = createScanner(text, false);
  const found: string[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      found.push(text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()));
    }
  }
  return found;
}

interface Line {
  readonly start: number;
  readonly contentEnd: number;
  readonly text: string; // with its line break
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    lines.push({ start: m.index, contentEnd: m.index + m[0].length - (m[1]?.length ?? 0), text: m[0] });
  }
  return lines;
}

function touches(edit: TextEdit, line: Line): boolean {
  if (edit.length > 0) {
    return edit.offset < line.start + line.text.length && edit.offset + edit.length > line.start;
  }
  const opensNewLine = edit.offset === line.contentEnd && /^\r?\n/.test(edit.content);
  const closesNewLine = edit.offset === line.start && /\n$/.test(edit.content);
  return edit.offset >= line.start && edit.offset <= line.contentEnd && !opensNewLine && !closesNewLine;
}

/**
 * Checks that every line no edit touches is byte-for-byte the same in the new text, and returns the
 * (zero-based) numbers of the lines that were touched, so a test can say exactly which ones.
 */
export function changedLines(before: string, edits: readonly TextEdit[], after: string): number[] {
  const changed: number[] = [];
  linesOf(before).forEach((line, index) => {
    if (edits.some((e) => touches(e, line))) {
      changed.push(index);
      return;
    }
    const shift = edits.filter((e) => e.offset + e.length <= line.start).reduce((sum, e) => sum + e.content.length - e.length, 0);
    const now = after.slice(line.start + shift, line.start + shift + line.text.length);
    assert.equal(now, line.text, `line ${index + 1} should be unchanged`);
  });
  return changed;
}
