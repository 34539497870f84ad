import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { openWorkbench, type OpenWorkbench } from '../host/workbench';
import { freshCopy, PINNED_CLOCK_ENV } from '../host/workspaces';
import { checklistFrame, openContractGuard, shoot, visibleRows, widenSideBar } from './viewHelpers';

/**
 * The README's Japanese screenshots, taken from VS Code running in Japanese (see test/host/japanese.ts),
 * and a check that what the writer reads there is Japanese.
 */
describe('Contract Guard in Japanese (code-server --locale ja + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;

  before(async () => {
    const workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-ja');
    wb = await openWorkbench(workspace, PINNED_CLOCK_ENV, { japanese: true });
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  it('shows the Contracts view in Japanese', async () => {
    await openContractGuard(page);
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: '契約' }) });
    await pane.locator('.monaco-list-row', { hasText: '今すぐ対応' }).waitFor({ timeout: 60_000 });
    await widenSideBar(page, 560);
    const rows = await visibleRows(page, pane);
    assert.ok(
      rows.filter((r) => r.level === 1).every((r) => /^(今すぐ対応|様子見|順調|終了)/.test(r.label)),
      rows.map((r) => r.label).join(', '),
    );
    assert.ok(rows.some((r) => /無応答 \d+日/.test(r.description)), rows.map((r) => r.description).join(', '));
    await pane.locator('.monaco-list-row', { hasText: '美容系SEO記事 5本（スキンケア）' }).locator('.monaco-tl-twistie').click();
    await pane.locator('.monaco-list-row[aria-level="3"]').first().waitFor();
    await shoot(page, 'ja/contracts-view.png');
  });

  it('offers the message templates in Japanese', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Contract Guard: メッセージテンプレートを挿入');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'メッセージテンプレートを挿入' }).first().waitFor();
    await input.press('Enter');
    await page.locator('.quick-input-widget', { hasText: '契約を選んでください' }).waitFor();
    await input.fill('美容系SEO記事 5本（スキンケア）');
    await input.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'メッセージテンプレートを挿入 — 美容系SEO記事 5本（スキンケア）' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    const list = await page.locator('.quick-input-list').innerText();
    assert.match(list, /この契約に合うもの[\s\S]*その他のテンプレート/);
    await shoot(page, 'ja/template-quick-pick.png');
    await page.keyboard.press('Escape');
  });

  it('shows the checklist in Japanese, in the seed’s words', async () => {
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: '契約' }) });
    const row = pane.locator('.monaco-list-row[aria-level="2"]', { hasText: '美容系SEO記事 5本（スキンケア）' });
    await row.hover();
    await row.locator('.action-label[aria-label="チェックリストを開く"]').click();
    const frame = await checklistFrame(page, '美容系SEO記事 5本（スキンケア）');
    assert.equal(await frame.locator('.situation').innerText(), '仮払い後に連絡が途絶えています（20日）');
    const text = await frame.locator('#app').innerText();
    for (const words of ['期限超過', 'やること', '事務局に「連絡がとれない」と報告する', '文面を挿入', '報告を記録', 'やり取り']) {
      assert.ok(text.includes(words), `「${words}」 in: ${text.slice(0, 400)}`);
    }
    await shoot(page, 'ja/checklist.png');
  });
});
