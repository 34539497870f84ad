import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import { openWorkbench, type OpenWorkbench } from '../host/workbench';
import { contractsPane, eventually, groupOf, openContractGuard, shoot, visibleRows, widenSideBar } from './viewHelpers';
import { freshCopy, PINNED_CLOCK_ENV } from '../host/workspaces';

type Styled = { querySelector(s: string): Styled | null; textContent: string | null };
type StyleReader = { getComputedStyle(e: unknown, pseudo?: string): { content: string; color: string; getPropertyValue(p: string): string }; document: { body: unknown } };
/** In the page: each row's title, the badge drawn after its label, and the colours of both. */
const decorations = (rows: unknown[]): { title: string; badge: string; badgeColor: string; titleColor: string }[] =>
  rows.map((row) => {
    const r = row as Styled;
    const w = globalThis as unknown as StyleReader;
    const label = r.querySelector('.monaco-icon-label');
    const name = r.querySelector('.label-name');
    const after = label ? w.getComputedStyle(label, '::after') : undefined;
    return {
      title: (name?.textContent ?? '').trim(),
      badge: after?.content ?? '',
      badgeColor: after?.color ?? '',
      titleColor: name ? w.getComputedStyle(name).color : '',
    };
  });
/** In the page: the theme's colour for list items with errors, as the workbench resolves it. */
const errorColor = (): string => {
  type Host = { appendChild(e: unknown): void; removeChild(e: unknown): void };
  const w = globalThis as unknown as StyleReader & { document: { createElement(t: string): { style: { color: string } }; querySelector(s: string): Host | null } };
  // The theme's colours are variables on the workbench's element, not on the page's body.
  const host = w.document.querySelector('.monaco-workbench');
  const probe = w.document.createElement('span');
  probe.style.color = 'var(--vscode-list-errorForeground)';
  host?.appendChild(probe);
  const color = w.getComputedStyle(probe).color;
  host?.removeChild(probe);
  return color;
};
const GHOSTED_BEFORE_ESCROW = '不動産投資コラム 3本（各4,000字）';

describe('Contracts view in the browser (code-server + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;
  let workspace: string;

  before(async () => {
    workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'ui-demo');
    wb = await openWorkbench(workspace, PINNED_CLOCK_ENV);
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  const readDemo = (): string => fs.readFileSync(path.join(workspace, 'contracts.json'), 'utf8');

  it('opens from the activity bar and groups the demo contracts by urgency', async () => {
    await openContractGuard(page);
    const pane = contractsPane(page);
    await pane.locator('.monaco-list-row', { hasText: 'Act now' }).waitFor({ timeout: 60_000 });
    const rows = await visibleRows(page);
    assert.deepEqual(
      rows.filter((r) => r.level === 1).map((r) => `${r.label} ${r.description}`),
      // Each group sums the money at stake in it; the unpaid direct client's ¥96,000 is overdue.
      ['Act now 3 · ¥137,000 at stake, ¥96,000 overdue', 'Watch 3 · ¥8,000 + $540.00 at stake', 'On track 3 · ¥90,000 + $180.00 at stake', 'Closed 2'],
    );
    // Before escrow the client's silence is only worth watching: nothing is at risk yet.
    assert.equal(groupOf(rows, GHOSTED_BEFORE_ESCROW), 'Watch');
    assert.equal(groupOf(rows, '美容系SEO記事 5本（スキンケア）'), 'Act now');
    assert.equal(groupOf(rows, '転職エージェント比較記事 2本'), 'Act now');
    assert.equal(groupOf(rows, 'グルメ体験記事 10本（都内カフェ）'), 'Closed');
    const ghosted = rows.find((r) => r.label === GHOSTED_BEFORE_ESCROW);
    assert.equal(ghosted?.description, 'silent 11d · due 11/24');
  });

  it('shows the number that needs action as a badge on the activity bar', async () => {
    // The badge is drawn first and filled in a moment later: wait for its number.
    const badge = page.getByRole('tab', { name: /^Contract Guard/ }).locator('.badge-content', { hasText: /\d/ });
    await badge.waitFor();
    assert.equal((await badge.innerText()).trim(), '3');
  });

  it('marks the overdue contracts, and only those, with the red "!" badge of an error', async () => {
    const red = await page.evaluate(errorColor);
    assert.match(red, /^rgb\(/, 'the theme has an error colour');
    assert.notEqual(red, 'rgb(0, 0, 0)', 'the theme has an error colour');
    // Overdue: the next step's date, shown in the row, is before today (the pinned 11/24).
    const past = (await visibleRows(page))
      .filter((r) => r.level === 2 && /due (\d+)\/(\d+)/.test(r.description))
      .filter((r) => {
        const [, m, d] = /due (\d+)\/(\d+)/.exec(r.description) ?? [];
        // The row shows no year: dates run on from about now, so an early month is next year's.
        return (Number(m) < 6 ? Number(m) + 12 : Number(m)) * 100 + Number(d) < 1124;
      })
      .map((r) => r.label)
      .sort();
    assert.ok(past.includes('美容系SEO記事 5本（スキンケア）'), past.join(', '));
    // VS Code asks the extension for each row's decoration after drawing the row: wait for them.
    const read = async () => contractsPane(page).locator('.monaco-list-row[aria-level="2"]').evaluateAll(decorations);
    let rows = await read();
    const markedOf = (all: typeof rows): string[] => all.filter((r) => r.badge !== 'none').map((r) => r.title).sort();
    await eventually('the badges on the overdue rows', async () => {
      rows = await read();
      return markedOf(rows).join() === past.join() ? true : undefined;
    }).catch(() => undefined);
    assert.deepEqual(markedOf(rows), past);
    for (const row of rows.filter((r) => past.includes(r.title))) {
      assert.deepEqual([row.badge, row.badgeColor, row.titleColor], ['"!"', red, red], row.title);
    }
    // A row that only needs watching keeps the list's own colour.
    const watched = rows.find((r) => r.title === GHOSTED_BEFORE_ESCROW);
    assert.ok(watched && watched.titleColor !== red, JSON.stringify(watched));
    await shoot(page, 'overdue-decoration.png');
  });

  it('expands a contract to its next step and latest messages, with details on hover', async () => {
    await widenSideBar(page, 560);
    const row = contractsPane(page).locator('.monaco-list-row', { hasText: '美容系SEO記事 5本（スキンケア）' });
    await row.locator('.monaco-tl-twistie').click();
    const next = contractsPane(page).locator('.monaco-list-row[aria-level="3"]').first();
    await next.waitFor();
    assert.equal((await next.locator('.label-name').innerText()).trim(), 'Report to CrowdWorks that the client is unreachable');
    await shoot(page, 'contracts-view.png');
    await row.locator('.label-name').hover();
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: '株式会社ミライ企画' }).first();
    await hover.waitFor({ timeout: 15_000 });
    const hoverText = await hover.innerText();
    assert.match(hoverText, /Last reply: 11\/4 .*構成OK/);
    // The next step's detail: the steps' texts load with dist/optional.js when VS Code asks for the hover.
    assert.match(hoverText, /On the contract page, use 「契約相手と連絡がとれない場合はこちら」/);
    await shoot(page, 'contract-tooltip.png');
    await page.keyboard.press('Escape');
    await page.mouse.move(900, 700);
    await row.locator('.monaco-tl-twistie').click();
    await next.waitFor({ state: 'detached' });
  });

  it('logs a client reply from a row’s context menu, and the row moves from "Watch" to "On track"', async () => {
    const row = contractsPane(page).locator('.monaco-list-row', { hasText: GHOSTED_BEFORE_ESCROW });
    await row.click({ button: 'right' });
    await shoot(page, 'context-menu.png');
    await page.locator('.context-view .action-label', { hasText: 'Log Client Reply' }).first().click();
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget', { hasText: '(1/3)' }).waitFor();
    await input.fill('仮払いしました、とのこと');
    await input.press('Enter');
    await page.locator('.quick-input-widget', { hasText: '(2/3)' }).waitFor();
    await input.press('Enter'); // the time: now
    await page.locator('.quick-input-widget', { hasText: '(3/3)' }).waitFor();
    await input.press('Enter'); // it needs an answer from me
    await eventually('the row to move to "On track"', async () =>
      groupOf(await visibleRows(page), GHOSTED_BEFORE_ESCROW) === 'On track' ? true : undefined,
    );
    // The view follows the document at once; the save to disk comes a moment later.
    await eventually('the reply in the file on disk', () =>
      /"direction": "received", "channel": "platformMessage", "summary": "仮払いしました、とのこと"/.test(readDemo()) ? true : undefined,
    );
    await shoot(page, 'after-log-client-reply.png');
  });

  it('adds a contract through the title bar’s five short questions', async () => {
    // With one view in the container, its title-bar buttons sit in the side bar's title.
    await page.locator('.part.sidebar').hover();
    await page.locator('.part.sidebar .action-label[aria-label="Add Contract"]').first().click();
    const input = page.locator('.quick-input-widget input');
    const answer = async (step: string, text: string): Promise<void> => {
      await page.locator('.quick-input-widget', { hasText: step }).waitFor();
      if (text) {
        await input.fill(text);
      }
      await input.press('Enter');
    };
    await answer('(1/5)', '観光メディア記事 3本');
    await answer('(2/5)', 'Lancers');
    await answer('(3/5)', '株式会社たびびと');
    await answer('(4/5)', 'Contracted');
    await answer('(5/5)', '2026-12-15');
    const row = contractsPane(page).locator('.monaco-list-row[aria-level="2"]', { hasText: '観光メディア記事 3本' });
    await row.waitFor();
    const text = await eventually('the contract in the file on disk', () => {
      const now = readDemo();
      return now.includes('観光メディア記事 3本') ? now : undefined;
    });
    assert.match(text, /\n {4}\{\n {6}"id": "lc-2026-007",\n {6}"title": "観光メディア記事 3本",/, "written with the demo file’s two-space indentation");
    assert.match(text, /"deadline": "2026-12-15"/);
    await shoot(page, 'after-add-contract.png');
  });
});

