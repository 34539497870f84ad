import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import type { OpenWorkbench } from '../host/workbench';
import { freshCopy } from '../host/workspaces';
import { checklistFrame, contractsPane, editorText, eventually, openOnRow, shoot } from './viewHelpers';

const CW_GHOSTED = '美容系SEO記事 5本（スキンケア）';
const COCONALA_SILENT = 'ダイエット記事 2本（ココナラ）';

/**
 * The demo, plus a ココナラ contract paid for (escrowFunded) whose buyer went silent: two messages,
 * the second announcing a date, and no answer, so the next step is the キャンセルリクエスト.
 */
function demoWithSilentCoconalaBuyer(): string {
  const source = path.join(REPO_ROOT, '.vscode-test', 'platform-messages-source');
  fs.rmSync(source, { recursive: true, force: true });
  fs.cpSync(path.join(REPO_ROOT, 'demo'), source, { recursive: true });
  const file = path.join(source, 'contracts.json');
  const silent = {
    id: 'cn-escrow-1',
    title: COCONALA_SILENT,
    platform: 'coconala',
    client: { name: 'はなこ＠サロン' },
    stage: 'escrowFunded',
    url: 'https://coconala.com/talkrooms/1000001',
    stageDates: { contracted: '2026-11-05', escrowFunded: '2026-11-05' },
    contacts: [
      { at: '2026-11-05T10:00:00+09:00', direction: 'received', channel: 'platformMessage', summary: '購入しました' },
      { at: '2026-11-10T10:00:00+09:00', direction: 'sent', channel: 'platformMessage', summary: '構成案の確認のお願い' },
      { at: '2026-11-13T10:00:00+09:00', direction: 'sent', channel: 'platformMessage', summary: '催促1回目' },
      { at: '2026-11-17T10:00:00+09:00', direction: 'sent', channel: 'platformMessage', summary: '期限（11/19）を伝えた' },
    ],
  };
  const text = fs.readFileSync(file, 'utf8').replace('"contracts": [', `"contracts": [\n    ${JSON.stringify(silent)},`);
  fs.writeFileSync(file, text);
  return freshCopy(source, 'ui-platform-messages');
}

/** Opens the contract's checklist from its row and clicks "Insert message" on the step; returns the message once it is in an editor. */
async function insertFromStep(page: Page, title: string, step: string): Promise<string> {
  const row = contractsPane(page).locator('.monaco-list-row[aria-level="2"]', { hasText: title });
  await row.hover();
  await row.locator('.action-label[aria-label="Open Checklist"]').click();
  const frame = await checklistFrame(page, title);
  await frame.locator('li.step', { hasText: step }).getByRole('button', { name: 'Insert message' }).click();
  const text = await eventually(`the message for ${title} in an editor`, async () => {
    const now = await editorText(page);
    return now.includes('山田花子（Webライター）') ? now : undefined;
  });
  // Markdown wraps long lines on screen, so sentences are read across the wrap.
  return text.replace(/\n/g, '');
}

describe('Each platform’s own message from the checklist (code-server + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;

  before(async () => {
    wb = await openOnRow(demoWithSilentCoconalaBuyer(), COCONALA_SILENT, { width: 420 });
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  it('inserts ココナラ’s own cancellation notice on its cancellation step: キャンセルリクエスト, never CrowdWorks’ 契約途中終了', async () => {
    const text = await insertFromStep(page, COCONALA_SILENT, 'Send a cancellation request (キャンセルリクエスト)');
    assert.match(text, /^はなこ＠サロン 様/);
    assert.match(text, /キャンセルリクエストをお送りいたします/);
    assert.match(text, /お支払いいただいた代金は返金されます/);
    assert.doesNotMatch(text, /契約途中終了|事務局|［/);
    await shoot(page, 'insert-coconala-cancellation.png');
  });

  it('inserts a second reminder that names the reply-by date on a CrowdWorks contract’s second-reminder step', async () => {
    const text = await insertFromStep(page, CW_GHOSTED, 'Send a second reminder with a date');
    // Tuesday 24 November + 2 business days.
    assert.match(text, /お手数ですが11月26日\(木\)までにご返信をいただけますでしょうか。/);
    assert.match(text, /クラウドワークス事務局に相談いたします/);
    assert.doesNotMatch(text, /ご確認いただけておりますでしょうか/, 'not the first reminder again');
    await shoot(page, 'insert-crowdworks-second-reminder.png');
  });
});
