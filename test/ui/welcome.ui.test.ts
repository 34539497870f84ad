import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../host/codeServer';
import { openWorkbench, type OpenWorkbench } from '../host/workbench';
import { PINNED_CLOCK_ENV } from '../host/workspaces';
import { contractsPane, eventually, openContractGuard, shoot } from './viewHelpers';

describe('A folder without a contracts file, in the browser', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let folder: string;

  before(async () => {
    folder = path.join(REPO_ROOT, '.vscode-test', 'runs', `ui-empty-${process.pid}-${Date.now()}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'draft.md'), '# 下書き\n');
    wb = await openWorkbench(folder, PINNED_CLOCK_ENV);
  });

  after(async () => {
    await wb?.close();
  });

  it('explains the file and creates a commented sample from the welcome view', async () => {
    const page = wb.page;
    await openContractGuard(page);
    const welcome = contractsPane(page).locator('.welcome-view');
    await welcome.waitFor({ timeout: 60_000 });
    assert.match(await welcome.innerText(), /No contracts file yet/);
    await shoot(page, 'welcome-view.png');
    await welcome.getByRole('button', { name: 'Create Contracts File' }).click();
    await contractsPane(page).locator('.monaco-list-row', { hasText: 'Three SEO articles (beauty)' }).waitFor({ timeout: 30_000 });
    const text = await eventually('the sample on disk', () => {
      const file = path.join(folder, 'contracts.json');
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    });
    assert.match(text, /^\/\/ Contract Guard contracts file\./);
    await shoot(page, 'after-create-file.png');
  });
});
