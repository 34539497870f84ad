import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { openWorkbench, type OpenWorkbench } from '../host/workbench';
import { freshCopy, PINNED_CLOCK_ENV } from '../host/workspaces';
import { contractsPane, openContractGuard, shoot, widenSideBar } from './viewHelpers';

const TITLE = '$(alert) **至急** [開く](command:workbench.action.quit) `code` # 見出し';
const visible = (text: string): string => text.replace(/\u200B/g, '').trim();

describe('Hostile text in the browser: shown literally, never as icons, Markdown or links', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;

  before(async () => {
    const source = path.join(REPO_ROOT, '.vscode-test', 'hostile-source');
    fs.rmSync(source, { recursive: true, force: true });
    fs.mkdirSync(source, { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, 'test', 'corpus', 'theme-icons-markdown.json'), path.join(source, 'contracts.json'));
    wb = await openWorkbench(freshCopy(source, 'ui-hostile'), PINNED_CLOCK_ENV);
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  it('shows $(alert), Markdown and a command link in a title and its hover as the characters written', async () => {
    await openContractGuard(page);
    await widenSideBar(page, 700);
    const row = contractsPane(page).locator('.monaco-list-row[aria-level="2"]').first();
    await row.waitFor({ timeout: 60_000 });
    assert.equal(visible(await row.locator('.label-name').innerText()), TITLE);
    assert.equal(await row.locator('.label-name .codicon').count(), 0, 'no icon drawn in the row’s label');

    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: '至急' }).first();
    // A hover opens on a mouse move onto the row; on a busy machine the first one can be missed.
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(900, 700);
      await row.locator('.label-name').hover();
      try {
        await hover.waitFor({ timeout: 8_000 });
        break;
      } catch (error) {
        if (attempt === 3) {
          throw error;
        }
      }
    }
    await shoot(page, 'hostile-text-hover.png');
    const text = visible(await hover.innerText());
    assert.ok(text.includes(TITLE), `the hover shows the title literally: ${text}`);
    assert.ok(text.includes('$(warning) _client_ <b>x</b>'), 'and the client name');
    assert.ok(text.includes('$(error) ![img](https://example.com/x.png)'), `and the review notes: ${text}`);
    for (const icon of ['alert', 'warning', 'error']) {
      assert.equal(await hover.locator(`.codicon-${icon}`).count(), 0, `no $(${icon}) icon in the hover`);
    }
    assert.equal(await hover.locator('a, img, b, code, h1').count(), 0, 'no link, image or markup');
  });
});
