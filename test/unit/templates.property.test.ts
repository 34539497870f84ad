import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinTemplates, renderTemplate, segmentsToSnippet } from '../../src/core/templates';
import { contract, sent } from './fixtures';
import { runs } from './propertyConfig';
import { readSnippet } from './snippetSyntax';
import { ctxFor } from './templateFixtures';

/** Text built from the characters snippet syntax and our placeholders give meaning to, mixed with ordinary text. */
const syntaxLike = fc
  .array(fc.constantFrom('$', '{', '}', '\\', ':', '|', ',', '1', '0', 'TM_FILENAME', 'CLIPBOARD', '{{', '}}', 'title', '様', ' ', 'a', '記事', '\n'), {
    minLength: 1,
    maxLength: 24,
  })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(syntaxLike, fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }));

describe('template rendering (property)', () => {
  it('inserts any title, client name and message summary literally: never a tab stop or a variable', () => {
    const templates = [...builtinTemplates('ja'), ...builtinTemplates('en')];
    fc.assert(
      fc.property(anyText, anyText, anyText, fc.constantFrom(...templates), (title, client, summary, template) => {
        const c = contract({
          platform: 'crowdworks',
          stage: 'escrowFunded',
          title,
          client: { name: client },
          contacts: [sent('2026-11-18T10:00:00+09:00', 'platformMessage', summary)],
        });
        const rendered = renderTemplate(template, ctxFor(c));
        assert.ok(rendered.ok, template.id);
        const snippet = readSnippet(segmentsToSnippet(rendered.segments));
        assert.deepEqual(snippet.other, [], 'no variable or bare tab stop comes from data');
        if (template.body.includes('{{title}}')) {
          assert.ok(snippet.text.includes(title), `${template.id} holds the title as written`);
        }
        // The same blanks as for plain data: what the file says never adds or removes a tab stop.
        const plain = renderTemplate(template, ctxFor({ ...c, title: 'x', client: { name: 'y' }, contacts: [sent('2026-11-18T10:00:00+09:00', 'platformMessage', 'z')] }));
        assert.ok(plain.ok);
        assert.deepEqual(snippet.tabStops, readSnippet(segmentsToSnippet(plain.segments)).tabStops);
      }),
      runs(300),
    );
  });
});
