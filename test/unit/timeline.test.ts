import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseContracts } from '../../src/core/parse';
import type { Contract } from '../../src/core/schema';
import { deriveStatus } from '../../src/core/status';
import { buildTimeline, markdownLiteral, timelineMarkdown, timelineText } from '../../src/core/timeline';
import { JA, JST, NOW, contract, received, sent } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// Beside test/golden, which holds only the template renders that `npm run golden` rewrites.
const GOLDEN = path.join(ROOT, 'test', 'golden-timeline');

/** The demo's unpaid direct contract, read from the demo workspace itself, as on its pinned day. */
function demoContract(): Contract {
  const parsed = parseContracts(fs.readFileSync(path.join(ROOT, 'demo', 'contracts.json'), 'utf8'), JA);
  assert.ok(parsed.ok);
  const found = parsed.file.contracts.find((c) => c.id === 'dr-2026-001');
  assert.ok(found, 'the demo has the unpaid direct contract');
  return found;
}

/** Compares with the checked-in file; CONTRACT_GUARD_UPDATE_GOLDEN=1 writes it instead (then read the diff). */
function matchesGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.CONTRACT_GUARD_UPDATE_GOLDEN === '1') {
    fs.writeFileSync(file, actual);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs: run with CONTRACT_GUARD_UPDATE_GOLDEN=1 and read the diff`);
}

const timelineOf = (c: Contract, locale: 'ja' | 'en', language: string = locale) =>
  buildTimeline(deriveStatus(c, NOW, { utcOffsetMinutes: JST }), locale, language, JST);

describe('Export Contract Timeline: the demo contract', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`matches the golden Markdown and plain text in ${locale}`, () => {
      const t = timelineOf(demoContract(), locale);
      matchesGolden(`timeline-dr-2026-001.${locale}.md`, timelineMarkdown(t));
      matchesGolden(`timeline-dr-2026-001.${locale}.txt`, timelineText(t));
    });
  }

  it('lists every fact in date order: stages, messages, the deadline, the invoice and the payment date', () => {
    const t = timelineOf(demoContract(), 'ja');
    const dates = t.events.map((e) => e.date);
    assert.equal(dates[0], '2026年8月21日(金)');
    assert.ok(t.events.some((e) => e.what === '支払期日'), 'the agreed payment date');
    assert.ok(t.events.some((e) => e.what.startsWith('請求書を送付 GH-2026-09（96,000円）')));
    assert.equal(t.events.filter((e) => e.what.startsWith('送信') || e.what.startsWith('受信')).length, 8);
    const order = t.events.map((e) => e.what);
    assert.ok(order.indexOf('納期') < order.indexOf('支払期日'));
    assert.deepEqual(
      t.money.map((f) => `${f.label}：${f.value}`),
      ['請求金額：96,000円', '入金済み：0円', '未入金：96,000円', '支払期日：2026年10月31日(土)', '支払期日からの経過：24日'],
    );
  });

  it('puts a message logged at a time after a plain date of the same day, and keeps same-moment entries in file order', () => {
    const c = contract({
      platform: 'direct',
      stage: 'delivered',
      stageDates: { delivered: '2026-11-10' },
      contacts: [sent('2026-11-10T18:00:00+09:00', 'email', '二通目'), sent('2026-11-10T18:00:00+09:00', 'email', '三通目'), received('2026-11-09', 'email', '一通目')],
    });
    assert.deepEqual(
      timelineOf(c, 'en').events.map((e) => e.summary ?? e.what),
      ['一通目', 'Stage: Delivered, awaiting acceptance', '二通目', '三通目'],
    );
  });
});

describe('Export Contract Timeline: the writer’s text stays literal', () => {
  const HOSTILE = [
    '**至急** _対応_ `code` ~~消す~~ $x^2$',
    '<img src=x onerror="alert(1)"> <b>太字</b> &lt;escaped&gt; &amp;',
    '[押してください](command:workbench.action.quit) ![img](https://example.com/a.png) <https://evil.example>',
    '$(alert) ${TM_FILENAME} $1 \\ 末尾の円記号\\',
    '| 表 | ではない |',
    '改行の\n# 見出しではない\n- 箇条書きでもない',
  ];
  const md = new MarkdownIt({ html: true, linkify: false });
  /** What a reader sees of a piece of Markdown: the text of the rendered HTML. */
  const shown = (markdown: string): string =>
    md
      .render(markdown)
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim();

  for (const text of HOSTILE) {
    it(`renders "${text.replace(/\n/g, '⏎')}" as written in Markdown, with no tag, link or emphasis`, () => {
      const html = md.render(`- 2026年11月2日(月) 送信（メール）：${markdownLiteral(text)}`);
      assert.doesNotMatch(html, /<(?!\/?(ul|li)>)[a-z]/i, html);
      assert.equal(shown(markdownLiteral(text)), text.replace(/\s*\n\s*/g, ' '));
    });
  }

  it('keeps hostile summaries, titles and client names literal in the whole Markdown document', () => {
    const c = contract({
      platform: 'direct',
      stage: 'delivered',
      title: '<script>alert(1)</script> **記事**',
      client: { name: '[株式会社](command:x)' },
      stageDates: { delivered: '2026-11-10' },
      contacts: HOSTILE.map((summary, i) => sent(`2026-11-1${i}T10:00:00+09:00`, 'email', summary)),
    });
    const html = md.render(timelineMarkdown(timelineOf(c, 'ja')));
    // Our own Markdown makes the dates bold and the sources links; nothing of the writer's makes anything.
    assert.doesNotMatch(html, /<(script|img|b|em|code|del|table|s)[\s>]|href="(command:|https:\/\/(evil\.)?example)/i);
    assert.equal(html.match(/<strong>/g)?.length, html.match(/<strong>\d{4}年/g)?.length, 'only dates are bold');
    assert.doesNotMatch(html, /<h[1-6]>[^<]*見出しではない/);
    for (const text of HOSTILE) {
      assert.ok(shown(html.replace(/\n/g, ' ')).includes(text.replace(/\s*\n\s*/g, ' ')), text);
    }
  });

  it('writes the plain-text variant exactly as written, one fact per line', () => {
    const c = contract({
      platform: 'direct',
      stage: 'delivered',
      stageDates: { delivered: '2026-11-10' },
      contacts: HOSTILE.map((summary, i) => sent(`2026-11-1${i}T10:00:00+09:00`, 'email', summary)),
    });
    const text = timelineText(timelineOf(c, 'ja'));
    for (const h of HOSTILE) {
      const line = text.split('\n').find((l) => l.includes(h.split('\n')[0]!));
      assert.ok(line?.endsWith(h.replace(/\s*\n\s*/g, ' ')), `${h} → ${String(line)}`);
    }
    assert.doesNotMatch(text, /\\[*_[<`]/, 'no Markdown escapes in plain text');
  });
});
