import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/codeServer';
import type { OpenWorkbench } from '../host/workbench';
import { freshCopy } from '../host/workspaces';
import { editorText, eventually, openOnRow, shoot } from './viewHelpers';

const GHOSTED = '美容系SEO記事 5本（スキンケア）';
/** How the filled-in 催促（1回目） for GHOSTED begins, with the demo's writer settings. */
const FILLED_OPENING = /^株式会社ミライ企画 様\n\nお世話になっております。山田花子です。\n/;
const FILLED_SENTENCE = '「美容系SEO記事 5本（スキンケア）」の件で11月9日(月)にお送りしたメッセージについて、ご確認いただけておりますでしょうか。';

/** In the page: the system clipboard, as a paste would read it. */
type ClipboardPage = { navigator: { clipboard: { readText(): Promise<string>; writeText(t: string): Promise<void> } } };
const readClipboard = (): Promise<string> => (globalThis as unknown as ClipboardPage).navigator.clipboard.readText();
const writeClipboard = (text: string): Promise<void> => (globalThis as unknown as ClipboardPage).navigator.clipboard.writeText(text);

/**
 * The ways a message reaches the writer outside the Contracts view: a snippet typed in a Markdown
 * file, the editor's context menu, and the clipboard. Each is driven as a person does it and checked
 * by the text the writer would then see or paste.
 */
describe('Messages in the editor and on the clipboard in the browser (code-server + Chromium)', function () {
  this.timeout(180_000);
  let wb: OpenWorkbench;
  let page: Page;
  let workspace: string;

  before(async () => {
    const source = path.join(REPO_ROOT, '.vscode-test', 'editor-messages-source');
    fs.rmSync(source, { recursive: true, force: true });
    fs.cpSync(path.join(REPO_ROOT, 'demo'), source, { recursive: true });
    // Two empty drafts, one per test, so neither reads what the other typed.
    fs.writeFileSync(path.join(source, 'snippet-draft.md'), '');
    fs.writeFileSync(path.join(source, 'menu-draft.md'), '');
    workspace = freshCopy(source, 'ui-editor-messages');
    wb = await openOnRow(workspace, GHOSTED, { prepare: (p) => p.context().grantPermissions(['clipboard-read', 'clipboard-write']) });
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  /** Opens a file of the workspace with Quick Open and waits until its editor has the keyboard. */
  async function openDraft(name: string): Promise<void> {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
    await input.press('Enter');
    await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor();
    await page.locator('.editor-instance .monaco-editor.focused').waitFor();
  }

  async function pick(placeholder: string, text: string): Promise<void> {
    await page.locator('.quick-input-widget', { hasText: placeholder }).waitFor();
    const input = page.locator('.quick-input-widget input');
    await input.fill(text);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).waitFor();
    await input.press('Enter');
  }

  it('expands the cg-saisoku snippet typed in a Markdown file with Tab, its blanks as tab stops', async () => {
    await openDraft('snippet-draft.md');
    await page.keyboard.type('cg-saisoku');
    // Markdown shows no suggestions while typing (VS Code's default): the writer asks with Ctrl+Space.
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.editor-widget.suggest-widget');
    // The exact prefix comes first; cg-saisoku2 also matches, so wait until the focused row is ours.
    await widget.locator('.monaco-list-row.focused', { hasText: /cg-saisoku(?!2)/ }).waitFor();
    await shoot(page, 'snippet-suggest.png');
    await page.keyboard.press('Tab');
    await widget.waitFor({ state: 'hidden' });
    // The first blank is selected: typing replaces it, Tab goes to the next.
    await page.keyboard.type('株式会社テスト 様');
    await page.keyboard.press('Tab');
    await page.keyboard.type('佐藤');
    const text = await eventually('the expanded snippet', async () => {
      const now = await editorText(page);
      return now.includes('佐藤です。') ? now : undefined;
    });
    assert.match(text, /^株式会社テスト 様\n\nお世話になっております。佐藤です。\n/);
    assert.match(text.replace(/\n/g, ''), /「案件名」の件でメッセージを送った日にお送りしたメッセージについて、ご確認いただけておりますでしょうか。/);
    assert.ok(!text.includes('cg-saisoku'), 'the prefix is replaced');
    await shoot(page, 'snippet-expanded.png');
  });

  it('inserts a filled-in message at the cursor from the editor’s context menu', async () => {
    await openDraft('menu-draft.md');
    await page.locator('.editor-instance .monaco-editor.focused .view-lines').click({ button: 'right' });
    const entry = page.locator('.context-view .action-label', { hasText: 'Insert Message Template' });
    await entry.first().hover();
    await page.keyboard.press('Enter');
    await pick('Choose a contract', GHOSTED);
    await page.locator('.quick-input-widget', { hasText: `Insert Message Template — ${GHOSTED}` }).waitFor();
    await pick('', '催促（1回目）');
    const text = await eventually('the message in this editor', async () => {
      const now = await editorText(page);
      return now.includes('山田花子（Webライター）') ? now : undefined;
    });
    assert.match(text, FILLED_OPENING);
    assert.ok(text.replace(/\n/g, '').includes(FILLED_SENTENCE), text);
    // In the file the writer right-clicked, not in a new one (code-server saves it after a moment).
    assert.equal(await page.locator('.tabs-container .tab').count(), 2, 'the two drafts, no new editor');
    const saved = await eventually('the message saved in menu-draft.md', () => {
      const now = fs.readFileSync(path.join(workspace, 'menu-draft.md'), 'utf8');
      return now.includes('山田花子（Webライター）') ? now : undefined;
    });
    assert.match(saved, FILLED_OPENING);
    await shoot(page, 'editor-context-menu-insert.png');
  });

  it('Copy Message to Clipboard puts the filled-in message, as plain text, where a paste reads it', async () => {
    await page.evaluate(writeClipboard, 'nothing copied yet');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Contract Guard: Copy Message to Clipboard');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Copy Message to Clipboard' }).waitFor();
    await input.press('Enter');
    await pick('Choose a contract', GHOSTED);
    await page.locator('.quick-input-widget', { hasText: `Copy Message to Clipboard — ${GHOSTED}` }).waitFor();
    await pick('', '催促（1回目）');
    await page.locator('.notifications-toasts', { hasText: 'is on the clipboard' }).waitFor();
    const copied = await eventually('the message on the clipboard', async () => {
      const now = await page.evaluate(readClipboard);
      return now === 'nothing copied yet' ? undefined : now;
    });
    assert.match(copied, FILLED_OPENING);
    assert.ok(copied.includes(FILLED_SENTENCE), copied);
    assert.match(copied, /山田花子（Webライター）\nhanako\.writer@example\.com\n?$/);
    assert.doesNotMatch(copied, /\$\{|\$\d/, 'plain text: no snippet syntax');
    await shoot(page, 'copy-to-clipboard.png');
  });
});
