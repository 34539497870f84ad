import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { gitMergeConflict } from '../host/gitConflict';
import { REPO_ROOT } from '../host/codeServer';
import { changedOnDisk } from '../host/diskWrites';
import { openWorkbench, type OpenWorkbench } from '../host/workbench';
import { freshCopy, PINNED_CLOCK_ENV } from '../host/workspaces';
import { contractsPane, openContractGuard, shoot, widenSideBar } from './viewHelpers';

const LAST = '"summary": "仮払い状況の確認（催促1回目）。既読つかず" }';

/** The demo file with one more message logged after the last one of its first contract. */
function logged(text: string, at: string, summary: string): string {
  assert.ok(text.includes(LAST));
  return text.replace(
    LAST,
    `${LAST},\n        { "at": "${at}", "direction": "sent", "channel": "platformMessage", "summary": "${summary}" }`,
  );
}

describe('Merge Both Versions in the browser (code-server + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;
  let file = '';

  before(async () => {
    const workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-merge');
    file = path.join(workspace, 'contracts.json');
    const base = fs.readFileSync(file, 'utf8');
    // Two machines each logged a reminder before they synced; git could not combine the two.
    const conflicted = gitMergeConflict(
      base,
      logged(base, '2026-11-20T09:00:00+09:00', '仮払いの再確認（ノートPCから）'),
      logged(base, '2026-11-19T18:00:00+09:00', '電話で状況確認（デスクトップから）'),
    );
    fs.writeFileSync(file, conflicted);
    wb = await openWorkbench(workspace, PINNED_CLOCK_ENV);
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  it('shows the file with conflict markers as a row with Merge Both Versions, and the merge keeps both messages', async () => {
    await openContractGuard(page);
    const pane = contractsPane(page);
    const row = pane.locator('.monaco-list-row', { hasText: 'holds two versions from a git merge' });
    await row.waitFor({ timeout: 60_000 });
    await widenSideBar(page, 560);
    await row.hover();
    const button = row.locator('.action-label[aria-label="Merge Both Versions"]');
    await button.waitFor();
    await shoot(page, 'merge-conflict-row.png');

    const before = fs.readFileSync(file, 'utf8');
    await button.click();
    await row.waitFor({ state: 'detached' });
    // VS Code saves by truncating and then writing: wait for a whole, settled file, not just one without markers.
    const merged = await changedOnDisk(file, before, 'the merged file');
    assert.ok(!merged.includes('<<<<<<<'), merged);
    assert.ok(merged.includes('電話で状況確認（デスクトップから）') && merged.includes('仮払いの再確認（ノートPCから）'));
    assert.ok(merged.indexOf('デスクトップから') < merged.indexOf('ノートPCから'), 'in date order');
    // The contracts are back in the view, and the writer is told what to do in git.
    await pane.locator('.monaco-list-row', { hasText: 'Act now' }).first().waitFor();
    await page.locator('.notifications-toasts', { hasText: 'stage the file (git add)' }).waitFor();
  });
});
