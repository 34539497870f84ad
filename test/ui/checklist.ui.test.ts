import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import type { OpenWorkbench } from '../host/workbench';
import { freshCopy } from '../host/workspaces';
import { checklistFrame, contractsPane, eventually, openOnRow, shoot } from './viewHelpers';

const GHOSTED = '美容系SEO記事 5本（スキンケア）';
const DELIVERED = '転職エージェント比較記事 2本';
/** A computed style property of an element in the page (the test's own lib has no DOM types). */
type StyleReader = { getComputedStyle(element: unknown): Record<string, string> };
// Runs in the page: Playwright sends its source, so it may use nothing from this file.
const styleOf = (element: unknown, property: string): string => (globalThis as unknown as StyleReader).getComputedStyle(element)[property] ?? '';

/**
 * Script and markup payloads for every field of the contracts file that reaches the checklist page.
 * Each one that ran would set window.__xss; none may.
 */
const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  `'><iframe srcdoc="<script>parent.__xss=4</script>">`,
  '<a href="javascript:window.__xss=5">link</a>',
  '<style>body{display:none}</style>',
  '{{constructor.constructor("window.__xss=6")()}}',
  '${window.__xss=7}',
  '<details open ontoggle="window.__xss=8">',
  '&lt;b&gt; &amp; </main><main id=app>',
];
const XSS_TITLE = `XSS審査 ${XSS[1]}`;
const XSS_APPLIED = 'XSS審査（応募中）';

/** The demo, plus two contracts whose every shown field is a payload: one in progress, one applied. */
function demoWithHostileContracts(): string {
  const source = path.join(REPO_ROOT, '.vscode-test', 'checklist-source');
  fs.rmSync(source, { recursive: true, force: true });
  fs.cpSync(path.join(REPO_ROOT, 'demo'), source, { recursive: true });
  const file = path.join(source, 'contracts.json');
  const contacts = XSS.map((summary, i) => ({ at: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00+09:00`, direction: 'sent', channel: 'platformMessage', summary }));
  const inProgress = { id: 'xss-1', title: XSS_TITLE, platform: 'lancers', client: { name: XSS[0] }, stage: 'escrowFunded', contacts };
  const applied = { id: 'xss-2', title: XSS_APPLIED, platform: 'crowdworks', client: { name: XSS[2], reviewNotes: XSS[3], rating: 4.5 }, stage: 'applied', contacts };
  const text = fs.readFileSync(file, 'utf8').replace('"contracts": [', `"contracts": [\n    ${JSON.stringify(inProgress)},\n    ${JSON.stringify(applied)},`);
  fs.writeFileSync(file, text);
  return freshCopy(source, 'ui-checklist');
}

/** In the page: whether any payload ran, and any element or attribute that only markup could have made. */
type PageProbe = { __xss?: unknown; document: { querySelectorAll(s: string): ArrayLike<{ tagName: string; getAttributeNames(): string[] }> } };
const probe = (): { ran: unknown; handlers: string[]; tags: string[] } => {
  const w = globalThis as unknown as PageProbe;
  const all = Array.from(w.document.querySelectorAll('#app *'));
  return {
    ran: w.__xss,
    handlers: all.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))),
    tags: all.map((e) => e.tagName.toLowerCase()).filter((t) => ['img', 'script', 'svg', 'iframe', 'a', 'style', 'details', 'main'].includes(t)),
  };
};

async function selectRow(page: Page, title: string): Promise<void> {
  await contractsPane(page).locator('.monaco-list-row[aria-level="2"]', { hasText: title }).first().click();
}

async function setTheme(page: Page, name: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill('>Preferences: Color Theme');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first().click();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

describe('The checklist webview in the browser (code-server + Chromium)', function () {
  this.timeout(240_000);
  let wb: OpenWorkbench;
  let page: Page;
  let workspace: string;
  const dialogs: string[] = [];

  before(async () => {
    workspace = demoWithHostileContracts();
    wb = await openOnRow(workspace, GHOSTED, {
      width: 420,
      prepare: (p) => {
        p.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
      },
    });
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  const readDemo = (): string => fs.readFileSync(path.join(workspace, 'contracts.json'), 'utf8');

  it('opens from a row for a CrowdWorks contract ghosted after escrow: the situation, the steps, the dates and the log', async () => {
    const row = contractsPane(page).locator('.monaco-list-row[aria-level="2"]', { hasText: GHOSTED });
    await row.hover();
    await row.locator('.action-label[aria-label="Open Checklist"]').click();
    const frame = await checklistFrame(page, GHOSTED);
    const app = frame.locator('#app');
    assert.equal(await app.locator('.urgency').innerText(), 'Overdue');
    assert.match(await app.locator('.facts').innerText(), /株式会社ミライ企画 · CrowdWorks · .* · silent 20 days/);
    assert.equal(await app.locator('.situation').innerText(), 'The client has been silent for 20 days after escrow.');
    const report = app.locator('li.step', { hasText: 'Report to CrowdWorks that the client is unreachable' });
    assert.match(await report.locator('.meta').innerText(), /Platform rule +due Wed, Nov 18 · overdue · next/);
    assert.equal(await report.getByRole('checkbox').isChecked(), false);
    assert.deepEqual(await report.locator('.actions button').allInnerTexts(), [
      'Insert message',
      'Record the report',
      'Open the contract page',
      'Export the timeline',
    ]);
    assert.match(await app.innerText(), /Messages\n[\s\S]*Fri, Nov 13 sent · platform message 催促2回目/);
  });

  it('looks native in a light and a dark theme, in the theme’s own colours', async () => {
    for (const [theme, background, shot] of [
      ['Light Modern', 'rgb(255, 255, 255)', 'checklist-light.png'],
      ['Dark Modern', 'rgb(31, 31, 31)', 'checklist-dark.png'],
    ] as const) {
      await setTheme(page, theme);
      await eventually(`the page in ${theme}`, async () => {
        const frame = await checklistFrame(page, GHOSTED);
        return (await frame.locator('body').evaluate(styleOf, 'backgroundColor')) === background ? true : undefined;
      });
      await shoot(page, shot);
    }
  });

  it('ticks "report to the operator" from the keyboard: the file on disk changes, and the step shows done', async () => {
    const frame = await checklistFrame(page, GHOSTED);
    const box = frame.getByRole('checkbox', { name: 'Report to CrowdWorks that the client is unreachable' });
    await box.focus();
    const outline = await box.evaluate(styleOf, 'outlineStyle');
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Space');
    await eventually('the tick in the file on disk', () =>
      /"cw\.escrow\.report": \{ "done": true, "at": "2026-11-24" \}|"cw\.escrow\.report": \{\s*"done": true,\s*"at": "2026-11-24"\s*\}/.test(readDemo()) ? true : undefined,
    );
    const fresh = await checklistFrame(page, GHOSTED);
    await eventually('the step shown done', async () =>
      (await fresh.locator('li.step-done', { hasText: 'Report to CrowdWorks' }).count()) === 1 ? true : undefined,
    );
    assert.match(await fresh.locator('li.step', { hasText: 'Report to CrowdWorks' }).locator('.meta').innerText(), /done Tue, Nov 24/);
  });

  it('records the termination request from its button: the contact log grows and the automatic end is dated', async () => {
    const frame = await checklistFrame(page, GHOSTED);
    await frame.locator('li.step', { hasText: 'Send a mid-contract termination request' }).getByRole('button', { name: 'Record the termination request' }).click();
    await eventually('the request in the file on disk', () => (/"channel": "terminationRequest"/.test(readDemo()) ? true : undefined));
    const dates = await eventually('the automatic end among the dates that follow', async () => {
      const f = await checklistFrame(page, GHOSTED);
      const text = await f.locator('ul.dates').innerText().catch(() => '');
      return text.includes('Users report the contract ends a week after the request') ? text : undefined;
    });
    assert.match(dates, /Tue, Dec 1 Users report the contract ends a week after the request \(Reported by users, not confirmed by the platform\.\)/);
    await shoot(page, 'checklist-after-termination-request.png');
  });

  it('follows the selection in the Contracts view', async () => {
    await selectRow(page, DELIVERED);
    const frame = await checklistFrame(page, DELIVERED);
    assert.match(await frame.locator('.situation').innerText(), /silent for \d+ days after delivery/);
    assert.ok((await frame.locator('li.step', { hasText: 'Ask CrowdWorks to chase the client' }).count()) === 1);
  });

  it('shows script and markup payloads in every field as text: nothing runs, no dialog opens', async () => {
    for (const title of [XSS_TITLE, XSS_APPLIED]) {
      await selectRow(page, title);
      const frame = await checklistFrame(page, title);
      const text = await frame.locator('#app').innerText();
      for (const payload of XSS) {
        assert.ok(text.includes(payload), `${payload} shown as written in ${title}`);
      }
      const found = await frame.evaluate(probe);
      assert.equal(found.ran, undefined, 'no payload ran');
      assert.deepEqual(found.handlers, [], 'no event handler attribute in the page');
      // The page's own links (sources) are <a>, <details> hold them: anything else came from data.
      assert.deepEqual(
        found.tags.filter((t) => t !== 'a' && t !== 'details'),
        [],
      );
      assert.equal(await frame.locator('#app a[href^="javascript"]').count(), 0);
    }
    assert.match(await (await checklistFrame(page, XSS_APPLIED)).locator('ul.vetting').innerText(), /★4\.5/);
    // A payload that ran would have opened its dialog while the page rendered, before the probe above
    // read the page: the list is complete without waiting.
    assert.deepEqual(dialogs, []);
    await shoot(page, 'checklist-hostile.png');
  });

  it('comes back on the same contract after the window reloads', async () => {
    await selectRow(page, GHOSTED);
    await checklistFrame(page, GHOSTED);
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const frame = await checklistFrame(page, GHOSTED);
    assert.match(await frame.locator('.situation').innerText(), /after escrow/);
  });
});
