import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { openWorkbench, type OpenWorkbench } from '../host/workbench';
import { freshCopy, PINNED_CLOCK_ENV } from '../host/workspaces';
import { contractsPane, eventually, groupOf, openContractGuard, shoot, visibleRows, widenSideBar } from './viewHelpers';

const LAST_YEAR = '地方移住インタビュー記事 3本';

describe('Archive Closed Contracts in the browser (code-server + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;
  let workspace: string;

  before(async () => {
    workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-archive');
    wb = await openWorkbench(workspace, PINNED_CLOCK_ENV);
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  it('archives last year’s closed contract from the palette, after asking the age and confirming', async () => {
    await openContractGuard(page);
    const pane = contractsPane(page);
    await pane.locator('.monaco-list-row', { hasText: LAST_YEAR }).waitFor({ timeout: 60_000 });
    await widenSideBar(page, 560);
    assert.equal(groupOf(await visibleRows(page), LAST_YEAR), 'Closed');

    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Contract Guard: Archive Closed Contracts');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Archive Closed Contracts' }).first().waitFor();
    await input.press('Enter');
    // Each age says how many contracts it would move: only last year's is older than 6 months.
    const sixMonths = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Older than 6 months' });
    await sixMonths.waitFor();
    assert.match(await sixMonths.innerText(), /1 contract\(s\)/);
    await sixMonths.click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(
      await dialog.innerText(),
      /Move 1 finished contract\(s\) out of contracts\.json\?[\s\S]*contracts-archive-2025\.json: 1/,
    );
    await dialog.locator('.monaco-button', { hasText: /^Archive$/ }).click();

    await pane.locator('.monaco-list-row', { hasText: LAST_YEAR }).waitFor({ state: 'detached' });
    const archive = path.join(workspace, 'contracts-archive-2025.json');
    await eventually('the archive file', () => (fs.existsSync(archive) ? true : undefined));
    assert.match(fs.readFileSync(archive, 'utf8'), /\/\/ 報酬受け取り済み。リピートの打診あり/);
    assert.ok(!fs.readFileSync(path.join(workspace, 'contracts.json'), 'utf8').includes('lc-2025-011'));
  });

  it('lists it again, apart and read-only, with Show Archived', async () => {
    const pane = contractsPane(page);
    // With one view in the container, its title-bar buttons sit in the side bar's title.
    await page.locator('.part.sidebar').hover();
    await page.locator('.part.sidebar .action-label[aria-label="Show Archived Contracts"]').first().click();
    const row = pane.locator('.monaco-list-row', { hasText: LAST_YEAR });
    await row.waitFor();
    assert.equal(groupOf(await visibleRows(page), LAST_YEAR), 'Archived');
    assert.match(await row.innerText(), /Closed · 2025-07-01 · contracts-archive-2025\.json/);
    await page.locator('.part.sidebar .action-label[aria-label="Hide Archived Contracts"]').first().waitFor({ state: 'attached' });
    await shoot(page, 'archived-view.png');
    // Read-only: its context menu offers none of the contract commands. First the same gesture on a
    // contract in progress, so a menu that never opens cannot pass for a read-only one.
    const menu = page.locator('.context-view .monaco-menu');
    const active = pane.locator('.monaco-list-row[aria-level="2"]').filter({ hasNotText: LAST_YEAR }).first();
    await active.click({ button: 'right' });
    await menu.waitFor();
    assert.match(await menu.innerText(), /Log Message Sent/);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    await row.click({ button: 'right' });
    // The archived row's menu has no entry at all, and VS Code then shows none: wait as long as the
    // active row's menu took many times over, then check nothing of a contract's is offered.
    const shown = await menu.waitFor({ timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (shown) {
      assert.doesNotMatch(await menu.innerText(), /Log Message Sent|Set Stage|Insert Message Template/);
    }
    // And no inline button either, while a contract in progress has them.
    assert.ok((await active.locator('.actions .action-label').count()) > 0, 'a contract in progress has inline buttons');
    assert.equal(await row.locator('.actions .action-label').count(), 0, 'the archived one has none');
    await page.keyboard.press('Escape');
  });
});
