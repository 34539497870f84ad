import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { openWorkbench, type OpenWorkbench } from '../host/workbench';
import { freshCopy, PINNED_CLOCK_ENV } from '../host/workspaces';
import { eventually, openContractGuard, shoot } from './viewHelpers';

describe('The getting-started walkthrough in the browser', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;

  before(async () => {
    const workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-walkthrough');
    wb = await openWorkbench(workspace, PINNED_CLOCK_ENV);
    page = wb.page;
    // The extension starts with the folder's contracts.json; the view shows when it has.
    await openContractGuard(page);
  });

  after(async () => {
    await wb?.close();
  });

  const step = (title: string) => page.locator('.getting-started-step', { hasText: title }).first();
  const isDone = async (title: string): Promise<boolean> =>
    (await step(title).locator('.codicon-pass-filled, .codicon-getting-started-step-checked').count()) > 0;

  it('lists the four steps and ticks them off on the real events', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
    await input.press('Enter');
    await input.fill('Get started with Contract Guard');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Contract Guard' }).first().waitFor();
    await input.press('Enter');
    for (const title of ['Create or open your contracts file', 'Add a contract', 'See what to do for a ghosted contract', 'Insert a polite message']) {
      await step(title).waitFor({ timeout: 30_000 });
    }
    // The demo folder has its contracts file, so the first step is done already.
    await eventually('the first step ticked', async () => ((await isDone('Create or open your contracts file')) ? true : undefined));
    assert.equal(await isDone('Insert a polite message'), false);
    await step('Insert a polite message').click();
    await shoot(page, 'walkthrough.png');
    await page.locator('.getting-started-step.expanded a', { hasText: 'Insert Message Template' }).first().click();
    await page.locator('.quick-input-widget', { hasText: 'Choose a contract' }).waitFor();
    await page.keyboard.press('Escape');
    await eventually('the template step ticked', async () => ((await isDone('Insert a polite message')) ? true : undefined));
  });
});
