import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinTemplates, renderTemplate, segmentsToSnippet, segmentsToText } from '../../src/core/templates';
import { builtinSnippetsFileText } from '../../src/core/templates/snippets';
import { contract, sent } from './fixtures';
import { readSnippet } from './snippetSyntax';
import { ctxFor } from './templateFixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const HOSTILE = ['$1', '${TM_FILENAME}', '}', '\\', '${1:x}', '$CLIPBOARD', '{{title}}', '\\$2'];

describe('snippets made from templates', () => {
  it('inserts client names and titles that look like snippet syntax exactly as written', () => {
    for (const hostile of HOSTILE) {
      const c = contract({
        platform: 'crowdworks',
        stage: 'escrowFunded',
        title: `記事 ${hostile} 本`,
        client: { name: hostile },
        contacts: [sent('2026-11-18T10:00:00+09:00')],
      });
      for (const template of builtinTemplates('ja')) {
        const rendered = renderTemplate(template, ctxFor(c));
        assert.ok(rendered.ok);
        const read = readSnippet(segmentsToSnippet(rendered.segments));
        assert.deepEqual(read.other, [], `${hostile} in ${template.id}`);
        assert.ok(read.text.includes(`記事 ${hostile} 本`), `${hostile} in ${template.id}: ${read.text.slice(0, 80)}`);
        // What the snippet inserts is what Copy gives, apart from the marks around blanks.
        assert.equal(read.text, segmentsToText(rendered.segments, 'ja').replace(/［([^］]*)］/g, '$1'));
      }
    }
  });

  it('makes each blank one tab stop, shared when the same blank appears twice', () => {
    const c = contract({ platform: 'crowdworks', stage: 'applied' });
    const rendered = renderTemplate(builtinTemplates('en').find((t) => t.id === 'extensionRequest')!, ctxFor(c, undefined, {}));
    assert.ok(rendered.ok);
    const read = readSnippet(segmentsToSnippet(rendered.segments));
    assert.deepEqual(
      read.tabStops.map((s) => `${s.index}:${s.label}`),
      ['1:reason', '2:proposed new date', '3:your signature'],
    );
  });

  it('ships a snippet file that matches the built-ins (npm run build regenerates it)', () => {
    const shipped = fs.readFileSync(path.join(ROOT, 'snippets', 'contract-guard.code-snippets'), 'utf8');
    assert.equal(shipped, builtinSnippetsFileText(), 'snippets/contract-guard.code-snippets is out of date: run npm run build');
  });

  it('offers every built-in in both languages under its own prefix, with every placeholder a tab stop', () => {
    const snippets = JSON.parse(builtinSnippetsFileText()) as Record<string, { prefix: string; body: string[] }>;
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.ok(prefixes.includes('cg-saisoku') && prefixes.includes('cg-remind'));
    for (const [name, snippet] of Object.entries(snippets)) {
      const read = readSnippet(snippet.body.join('\n'));
      assert.deepEqual(read.other, [], name);
      assert.ok(read.tabStops.length >= 3, name);
      assert.doesNotMatch(read.text, /\{\{/, name);
    }
  });
});
