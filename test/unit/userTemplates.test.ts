import * as assert from 'node:assert/strict';
import { builtinTemplates, mergeTemplates, renderTemplate, segmentsToText, userTemplateFileText } from '../../src/core/templates';
import { parseUserTemplate } from '../../src/core/templates/userTemplate';
import { contract, sent } from './fixtures';
import { ctxFor } from './templateFixtures';

const GOOD = `---
id: reminder
title: 催促（やわらかめ）
platforms: [crowdworks, lancers]
stages: [escrowFunded]
---
{{client}}

「{{title}}」の件、その後いかがでしょうか。{{replyBy}}ごろまでにお返事をいただけると助かります。
{{signature}}
`;

describe("the writer's own templates", () => {
  it('reads the front matter and the body, and knows where the body starts', () => {
    const { template, problems } = parseUserTemplate('file:///t/reminder.md', GOOD, 'ja', 'ja');
    assert.deepEqual(problems, []);
    assert.ok(template);
    assert.equal(template.id, 'reminder');
    assert.equal(template.title, '催促（やわらかめ）');
    assert.deepEqual(template.platforms, ['crowdworks', 'lancers']);
    assert.equal(template.channel, 'platformMessage');
    assert.deepEqual(template.origin, { kind: 'workspace', file: 'file:///t/reminder.md', bodyLine: 6 });
    const c = contract({ platform: 'crowdworks', stage: 'escrowFunded', contacts: [sent('2026-11-18T10:00:00+09:00')] });
    const rendered = renderTemplate(template, ctxFor(c));
    assert.ok(rendered.ok);
    assert.match(segmentsToText(rendered.segments, 'ja'), /^株式会社サンプル 様\n\n「SEO記事 3本（美容）」の件、その後いかがでしょうか。11月26日\(木\)ごろまで/);
  });

  it('replaces the built-in with the same id', () => {
    const own = parseUserTemplate('file:///t/reminder.md', GOOD, 'ja', 'ja').template;
    assert.ok(own);
    const merged = mergeTemplates(builtinTemplates('ja'), [own]);
    assert.equal(merged.filter((t) => t.id === 'reminder').length, 1);
    assert.equal(merged.find((t) => t.id === 'reminder')?.title, '催促（やわらかめ）');
    assert.equal(merged.length, builtinTemplates('ja').length);
  });

  it('reports broken YAML at its line', () => {
    const text = `---\nid: mine\ntitle: [unclosed\n---\nbody\n`;
    const { template, problems } = parseUserTemplate('f', text, 'ja', 'en');
    assert.equal(template, undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /not valid YAML/);
    assert.equal(problems[0]?.line, 2);
  });

  it('reports an unknown placeholder at its line in the file, in the writer’s language', () => {
    const text = `---\nid: mine\ntitle: 自分用\n---\n{{client}}\n\n{{clinet}} のご確認をお願いします。\n`;
    const { template, problems } = parseUserTemplate('f', text, 'ja', 'ja');
    assert.equal(template, undefined);
    assert.deepEqual(
      problems.map((p) => p.line),
      [6],
    );
    assert.match(problems[0]?.message ?? '', /不明なプレースホルダー \{\{clinet\}\}/);
  });

  it('asks for a missing id, and explains a value it does not know', () => {
    const missing = parseUserTemplate('f', `---\ntitle: x\n---\nbody`, 'en', 'en');
    assert.deepEqual(missing.problems, [{ line: 0, message: 'The front matter needs "id".' }]);
    const bad = parseUserTemplate('f', `---\nid: x\ntitle: x\nstages: [shipped]\n---\nbody`, 'en', 'en');
    assert.equal(bad.problems[0]?.line, 3);
    assert.match(bad.problems[0]?.message ?? '', /"stages" has a value .* A list of: applied/);
  });

  it('names a misspelt key instead of ignoring it, and reads numbers as text', () => {
    const typo = parseUserTemplate('f', `---\nid: x\ntitle: t\nchanel: email\n---\nbody`, 'en', 'ja');
    assert.equal(typo.template, undefined);
    assert.equal(typo.problems[0]?.line, 3);
    assert.match(typo.problems[0]?.message ?? '', /"chanel" は使えないキー/);
    const numbers = parseUserTemplate('f', `---\nid: 123\ntitle: 2024\n---\nbody`, 'en', 'en');
    assert.equal(numbers.template?.id, '123');
    assert.equal(numbers.template?.title, '2024');
  });

  it('refuses a template with no text', () => {
    const empty = parseUserTemplate('f', `---\nid: x\ntitle: t\n---\n\n`, 'en', 'en');
    assert.equal(empty.template, undefined);
    assert.deepEqual(empty.problems, [{ line: 3, message: 'The template has no text after the front matter.' }]);
  });

  it('refuses a file without front matter, or with an unclosed one', () => {
    assert.match(parseUserTemplate('f', 'just text', 'ja', 'en').problems[0]?.message ?? '', /starts with a front matter/);
    assert.match(parseUserTemplate('f', '---\nid: x\n', 'ja', 'en').problems[0]?.message ?? '', /no closing/);
  });

  it('builds plain data only: a code tag stays text, a binary or self-referencing value is refused', () => {
    const fn = parseUserTemplate('f', `---\nid: x\ntitle: !!js/function "function () { return 1 }"\n---\nbody`, 'en', 'en');
    assert.equal(fn.template?.title, 'function () { return 1 }');
    for (const value of ['!!binary aGVsbG8=', '&a [*a]']) {
      const refused = parseUserTemplate('f', `---\nid: x\ntitle: ${value}\n---\nbody`, 'en', 'en');
      assert.equal(refused.template, undefined, value);
      assert.equal(refused.problems[0]?.line, 2, value);
    }
  });

  it('reads back what Create Template from Built-in writes', () => {
    for (const builtin of builtinTemplates('ja')) {
      const { template, problems } = parseUserTemplate('f', userTemplateFileText(builtin), 'en', 'en');
      assert.deepEqual(problems, []);
      assert.ok(template);
      assert.deepEqual(
        { ...template, origin: builtin.origin },
        { ...builtin, body: `${builtin.body}` },
        builtin.id,
      );
    }
  });
});
