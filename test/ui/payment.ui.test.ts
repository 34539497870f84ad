import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { changedOnDisk } from '../host/diskWrites';
import type { OpenWorkbench } from '../host/workbench';
import { freshCopy } from '../host/workspaces';
import { checklistFrame, contractsPane, eventually, groupOf, openOnRow, shoot, visibleRows } from './viewHelpers';

/** The demo's direct client: delivered 70 days ago, the payment date (10/31) passed, a check and a reminder sent. */
const UNPAID = '住まいの省エネ特集 記事8本';

/**
 * The text of the editors on screen, as a person reads it: Monaco draws spaces as no-break spaces,
 * and a wrapped line as several, so the visual lines are joined without a break.
 */
async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.editor-instance .monaco-editor .view-lines .view-line').allInnerTexts();
  return lines.join('').replace(/\u00a0/g, ' ');
}

const editorShowing = async (page: Page, text: string): Promise<string> => {
  try {
    return await eventually(`an editor showing "${text}"`, async () => {
      const now = await editorText(page);
      return now.includes(text) ? now : undefined;
    }, 30_000);
  } catch (error) {
    await shoot(page, 'payment-failure.png');
    throw new Error(`${String(error)}; the editors show: ${(await editorText(page)).slice(0, 300)}`);
  }
};

describe('An unpaid direct client in the browser (code-server + Chromium)', function () {
  this.timeout(240_000);
  let wb: OpenWorkbench;
  let page: Page;
  let workspace: string;
  const readDemo = (): string => fs.readFileSync(path.join(workspace, 'contracts.json'), 'utf8');

  before(async () => {
    workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-payment');
    wb = await openOnRow(workspace, UNPAID, { width: 520 });
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  it('shows the overdue payment in the tree: the row, and the money at stake on its group', async () => {
    const rows = await visibleRows(page);
    assert.equal(groupOf(rows, UNPAID), 'Act now');
    const row = rows.find((r) => r.label === UNPAID);
    assert.match(row?.description ?? '', /^payment 24d overdue · due 11\/17/);
    const group = rows.find((r) => r.level === 1 && r.label === 'Act now');
    assert.match(group?.description ?? '', /^3 · ¥[\d,]+ at stake, ¥96,000 overdue$/);
  });

  it('shows the overdue payment in the checklist, offers the formal demand’s message and the 110番 step', async () => {
    const row = contractsPane(page).locator('.monaco-list-row[aria-level="2"]', { hasText: UNPAID });
    await row.hover();
    await row.locator('.action-label[aria-label="Open Checklist"]').click();
    const app = (await checklistFrame(page, UNPAID)).locator('#app');
    assert.equal(await app.locator('.urgency').innerText(), 'Overdue');
    const demand = app.locator('li.step', { hasText: 'Send a formal written demand' });
    assert.match(await demand.locator('.meta').innerText(), /due Tue, Nov 17 · overdue · next/);
    assert.deepEqual(await demand.locator('.actions button').allInnerTexts(), ['Insert message', 'Export the timeline']);
    assert.match(await demand.locator('.detail').innerText(), /内容証明郵便/);
    const help = app.locator('li.step', { hasText: 'Consult フリーランス・トラブル110番 (free)' });
    assert.match(await help.locator('.detail').innerText(), /厚生労働省.*第二東京弁護士会.*和解あっせん/s);
    assert.match(await app.innerText(), /not legal advice/);
    await shoot(page, 'payment-checklist.png');
  });

  // The demo's settings write messages in Japanese (contractGuard.templates.language: ja), whatever the display language.
  it('inserts the formal demand from its step, filled in from the file, and logs it as sent on its own channel', async () => {
    const before = readDemo();
    const demand = (await checklistFrame(page, UNPAID)).locator('li.step', { hasText: 'Send a formal written demand' });
    await demand.getByRole('button', { name: 'Insert message' }).click();
    const text = await editorShowing(page, '「住まいの省エネ特集 記事8本」の報酬のお支払いについて（ご請求）');
    assert.match(text, /・ご請求金額：96,000円/);
    assert.match(text, /・当初のお支払期日：10月31日\(土\)/);
    assert.match(text, /内容証明郵便によるご請求/);
    assert.equal(readDemo(), before, 'nothing is logged before the writer says so');

    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'お支払いのご請求（書面）' });
    await toast.locator('.monaco-button', { hasText: 'Log as Sent' }).click();
    const after = await changedOnDisk(path.join(workspace, 'contracts.json'), before, 'the logged demand on disk');
    assert.match(after, /"direction": "sent", "channel": "formalDemand", "summary": "お支払いのご請求（書面）"/);
    assert.equal(after.split('お支払いのご請求（書面）').length - 1, 1, 'one entry');
  });

  it('exports the timeline from the palette, beside the editor', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Contract Guard: Export Contract Timeline');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Export Contract Timeline' }).first().click();
    await input.fill(UNPAID);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: UNPAID }).first().click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown' }).first().click();
    const lines = await editorShowing(page, '# 契約の経緯：住まいの省エネ特集 記事8本');
    assert.match(lines, /\*\*2026年10月31日\(土\)\*\* 支払期日/);
    // Open the preview beside it, as a writer who prints it to PDF would.
    await page.keyboard.press('F1');
    await input.fill('>Markdown: Open Preview to the Side');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown: Open Preview to the Side' }).first().click();
    const preview = await eventually(
      'the Markdown preview',
      async () => {
        for (const frame of page.frames()) {
          const h1 = await frame.locator('h1').first().innerText({ timeout: 200 }).catch(() => undefined);
          if (h1?.startsWith('契約の経緯')) {
            return frame;
          }
        }
        return undefined;
      },
      30_000,
    );
    assert.match(await preview.locator('body').innerText(), /未入金：96,000円/);
    await shoot(page, 'timeline.png');
  });
});
