import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import type { Frame, Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { changedOnDisk } from '../host/diskWrites';
import type { OpenWorkbench } from '../host/workbench';
import { freshCopy } from '../host/workspaces';
import { checklistFrame, contractsPane, editorText, eventually, openOnRow, shoot } from './viewHelpers';

/** CrowdWorks, escrow funded, silent 20 days: its operator-report step has four buttons. */
const GHOSTED = '美容系SEO記事 5本（スキンケア）';
/** ココナラ, delivered: its "Set the stage to Accepted" step has the Set the stage button. */
/** CrowdWorks, delivered, silent: its "Ask CrowdWorks to chase the client" step has Record the report. */
const DELIVERED_CROWDWORKS = '転職エージェント比較記事 2本';
const DELIVERED_COCONALA = '整体院ブログ記事リライト（3,000字）';
const CONTRACT_PAGE = 'https://crowdworks.jp/contracts/10497318';

type Contract = { id: string; stage: string; contacts?: { channel: string; summary: string }[] };

/**
 * Each button of the checklist clicked in the page as a person clicks it, with its result checked
 * where the writer would look: the file on disk, and what the page (or the workbench) then shows.
 */
describe('The checklist’s buttons in the browser (code-server + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;
  let workspace: string;

  before(async () => {
    workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-checklist-buttons');
    wb = await openOnRow(workspace, GHOSTED, { width: 520 });
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  const file = (): string => path.join(workspace, 'contracts.json');
  const readDemo = (): string => fs.readFileSync(file(), 'utf8');
  const contract = (text: string, id: string): Contract | undefined =>
    (parse(text) as { contracts: Contract[] }).contracts.find((c) => c.id === id);

  /** Opens the checklist from the row's inline button, as a person does (an editor may cover the panel). */
  async function openChecklist(title: string): Promise<Frame> {
    const row = contractsPane(page).locator('.monaco-list-row[aria-level="2"]', { hasText: title });
    const button = row.locator('.action-label[aria-label="Open Checklist"]');
    // The row's buttons show while the pointer is over it. The view redraws its rows after each write
    // to the file, and a redrawn row has lost the hover: point at it again until the click lands.
    await eventually('a click on Open Checklist', async () => {
      await row.hover();
      return button.click({ timeout: 2_000 }).then(
        () => true,
        () => undefined,
      );
    });
    return checklistFrame(page, title);
  }

  it('Insert message puts the filled-in report memo in a new editor, and logs nothing until Log as Sent', async () => {
    const before = readDemo();
    const frame = await openChecklist(GHOSTED);
    await frame.locator('li.step', { hasText: 'Report to CrowdWorks' }).getByRole('button', { name: 'Insert message' }).click();
    // On screen: a new editor holding the memo, filled in with this contract's page and client.
    const text = await eventually('the memo in an editor', async () => {
      const now = await editorText(page);
      return now.includes(CONTRACT_PAGE) ? now : undefined;
    }, 30_000);
    assert.match(text, /株式会社ミライ企画/);
    // A new untitled document (its tab reads its first line, then its name).
    assert.match((await page.locator('.tabs-container .tab.active').getAttribute('aria-label')) ?? '', /^クラウドワークス事務局 ご担当者様 • Untitled-\d+$/);
    await shoot(page, 'checklist-insert-message.png');
    assert.equal(readDemo(), before, 'inserting is not sending: the file is untouched');
    // On disk once the writer says it was sent.
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'is in the editor' });
    await toast.locator('.monaco-button', { hasText: 'Log as Sent' }).click();
    const after = await changedOnDisk(file(), before, 'the memo logged as sent');
    const logged = contract(after, 'cw-2026-017')?.contacts?.at(-1);
    assert.equal(logged?.channel, 'operatorReport', JSON.stringify(logged));
  });

  it('Record the report adds the report to the log on disk, and the step shows done by the record', async () => {
    const before = readDemo();
    assert.equal(contract(before, 'cw-2026-014')?.contacts?.some((c) => c.channel === 'operatorReport'), false);
    const frame = await openChecklist(DELIVERED_CROWDWORKS);
    const step = frame.locator('li.step', { hasText: 'Ask CrowdWorks to chase the client' });
    assert.equal(await step.getByRole('checkbox').isChecked(), false);
    await step.getByRole('button', { name: 'Record the report' }).click();
    const after = await changedOnDisk(file(), before, 'the report on disk');
    const reports = contract(after, 'cw-2026-014')?.contacts?.filter((c) => c.channel === 'operatorReport') ?? [];
    assert.equal(reports.length, 1, 'one report');
    // On screen: the step is done by the log (its box cannot be unticked), and the report is in the messages.
    await eventually('the step shown done by the record', async () => {
      const f = await checklistFrame(page, DELIVERED_CROWDWORKS);
      const done = f.locator('li.step-done', { hasText: 'Ask CrowdWorks to chase the client' });
      return (await done.count()) === 1 && (await done.getByRole('checkbox').isDisabled()) ? true : undefined;
    });
    const messages = await (await checklistFrame(page, DELIVERED_CROWDWORKS)).locator('#app').innerText();
    assert.match(messages, /Tue, Nov 24 sent · operator report/);
    await shoot(page, 'checklist-record-report.png');
  });

  it('Open the contract page opens that page in a new browser tab', async () => {
    // No network here: the platform's page is answered by the test, so the new tab settles on its URL.
    await page.context().route('https://crowdworks.jp/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>CrowdWorks contract</title>' }),
    );
    const frame = await openChecklist(GHOSTED);
    const popup = page.context().waitForEvent('page', { timeout: 30_000 });
    await frame.locator('li.step', { hasText: 'Report to CrowdWorks' }).getByRole('button', { name: 'Open the contract page' }).click();
    // VS Code asks before it opens an external site; a person says Open.
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'open the external website' });
    await dialog.waitFor();
    await dialog.locator('.monaco-button', { hasText: /^Open$/ }).click();
    const tab = await popup;
    await tab.waitForURL(CONTRACT_PAGE, { timeout: 30_000 });
    assert.equal(await tab.title(), 'CrowdWorks contract');
    await tab.close();
  });

  it('Set the stage moves a delivered ココナラ contract to Accepted, on disk and in the page', async () => {
    const before = readDemo();
    assert.equal(contract(before, 'cn-2026-009')?.stage, 'delivered');
    const frame = await openChecklist(DELIVERED_COCONALA);
    assert.match(await frame.locator('.facts').innerText(), /Delivered/);
    await frame.locator('li.step', { hasText: 'Set the stage to Accepted' }).getByRole('button', { name: 'Set the stage' }).click();
    const after = await changedOnDisk(file(), before, 'the stage on disk');
    assert.equal(contract(after, 'cn-2026-009')?.stage, 'accepted');
    assert.match(after, /"accepted": "2026-11-24"/);
    const facts = await eventually('the page on the new stage', async () => {
      const text = await (await checklistFrame(page, DELIVERED_COCONALA)).locator('.facts').innerText();
      return /Delivered/.test(text) ? undefined : text;
    });
    assert.match(facts, /Accepted/);
    assert.equal(await (await checklistFrame(page, DELIVERED_COCONALA)).locator('li.step', { hasText: 'Set the stage to Accepted' }).count(), 0);
    await shoot(page, 'checklist-set-stage.png');
  });
});
