import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { changedOnDisk } from '../host/diskWrites';
import type { OpenWorkbench } from '../host/workbench';
import { freshCopy } from '../host/workspaces';
import { editorText, eventually, openOnRow, shoot } from './viewHelpers';

const GHOSTED_AFTER_ESCROW = '美容系SEO記事 5本（スキンケア）';

describe('Message templates in the browser (code-server + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;
  let workspace: string;

  before(async () => {
    workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-templates');
    wb = await openOnRow(workspace, GHOSTED_AFTER_ESCROW);
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  const readDemo = (): string => fs.readFileSync(path.join(workspace, 'contracts.json'), 'utf8');

  it('inserts 催促（1回目） from the palette for a ghosted CrowdWorks contract, then logs it as sent', async () => {
    const before = readDemo();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Contract Guard: Insert Message Template');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Insert Message Template' }).first().waitFor();
    await input.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'Choose a contract' }).waitFor();
    await input.fill(GHOSTED_AFTER_ESCROW);
    await input.press('Enter');
    const picker = page.locator('.quick-input-widget', { hasText: `Insert Message Template — ${GHOSTED_AFTER_ESCROW}` });
    await picker.waitFor();
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor();
    await shoot(page, 'template-quick-pick.png');
    // The templates for an escrow-funded CrowdWorks contract come first (VS Code draws the first
    // heading beside the first row), then the others under their own heading.
    const list = await page.locator('.quick-input-list').innerText();
    // The first of the others is ココナラ's own cancellation notice: it does not fit a CrowdWorks contract.
    assert.match(list, /^催促（1回目）[\s\S]*Fits this contract\n催促（2回目・期日つき）[\s\S]*運営への報告メモ[\s\S]*途中終了リクエストのご連絡[\s\S]*\nキャンセルリクエストのご連絡（ココナラ）[^\n]*\n[^\n]*\nOther templates\n/);
    await input.fill('催促（1回目）');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: '催促（1回目）' }).waitFor();
    await input.press('Enter');

    const text = await eventually('the message in a new editor', async () => {
      const now = await editorText(page);
      return now.includes('山田花子（Webライター）') ? now : undefined;
    });
    assert.match(text, /^株式会社ミライ企画 様\n\nお世話になっております。山田花子です。/);
    // Markdown wraps long lines on screen, so the sentence is read across the wrap.
    assert.match(text.replace(/\n/g, ''), /「美容系SEO記事 5本（スキンケア）」の件で11月9日\(月\)にお送りしたメッセージについて、ご確認いただけておりますでしょうか。/);
    assert.equal(readDemo(), before, 'nothing is logged before the writer says so');
    await shoot(page, 'template-inserted.png');

    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: '催促（1回目）' });
    await toast.locator('.monaco-button', { hasText: 'Log as Sent' }).click();
    const after = await changedOnDisk(path.join(workspace, 'contracts.json'), before, 'the contact on disk');
    assert.match(after, /"direction": "sent", "channel": "platformMessage", "summary": "催促（1回目）" \}/);
    assert.equal(after.split('催促（1回目）').length - 1, 1, 'one entry');
  });
});
