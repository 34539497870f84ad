import * as assert from 'node:assert/strict';
import {
  builtinTemplates,
  checkTemplateBody,
  fitsContract,
  renderTemplate,
  segmentsToText,
  type MessageTemplate,
} from '../../src/core/templates';
import { builtinSnippets } from '../../src/core/templates/snippets';
import { parseUserTemplate } from '../../src/core/templates/userTemplate';
import { contract, received, sent } from './fixtures';
import { readSnippet } from './snippetSyntax';
import { ctxFor } from './templateFixtures';

function own(body: string, extra = ''): MessageTemplate {
  const { template, problems } = parseUserTemplate('f', `---\nid: mine\ntitle: 自分用\n${extra}---\n${body}`, 'ja', 'ja');
  assert.deepEqual(problems, []);
  assert.ok(template);
  return template;
}

function text(template: MessageTemplate, c = contract({ platform: 'crowdworks', stage: 'escrowFunded' })): string {
  const result = renderTemplate(template, ctxFor(c));
  assert.ok(result.ok);
  return segmentsToText(result.segments, template.language);
}

const BODY = `{{client}}

{{#deadline}}
納期は{{deadline}}です。
{{/deadline}}
{{^deadline}}
納期をお知らせください。
{{/deadline}}
よろしくお願いいたします。
`;

describe('optional passages in templates ({{#name}}…{{/name}}, Mustache style)', () => {
  it('keeps a passage when its placeholder has a value, and the other one when it has none, leaving no blank line', () => {
    const template = own(BODY);
    const dated = text(template, contract({ platform: 'crowdworks', stage: 'escrowFunded', deadline: '2026-12-04' }));
    assert.equal(dated, '株式会社サンプル 様\n\n納期は12月4日(金)です。\nよろしくお願いいたします。\n');
    const undated = text(template);
    assert.equal(undated, '株式会社サンプル 様\n\n納期をお知らせください。\nよろしくお願いいたします。\n');
  });

  it('keeps a passage inside a line, and words each stage its own way', () => {
    const template = own(
      '「{{title}}」{{#applied}}をご検討いただき{{/applied}}{{#contracted}}をご依頼いただき{{/contracted}}、ありがとうございます。',
    );
    assert.equal(
      text(template, contract({ platform: 'lancers', stage: 'applied' })),
      '「SEO記事 3本（美容）」をご検討いただき、ありがとうございます。',
    );
    assert.equal(
      text(template, contract({ platform: 'lancers', stage: 'contracted' })),
      '「SEO記事 3本（美容）」をご依頼いただき、ありがとうございます。',
    );
  });

  it('reports a section never closed, closed twice, crossed or unknown at its own line of the file', () => {
    const at = (body: string): number[] => {
      const { problems } = parseUserTemplate('f', `---\nid: mine\ntitle: t\n---\n${body}`, 'ja', 'ja');
      return problems.map((p) => p.line);
    };
    assert.deepEqual(at('一行目\n{{#deadline}}\n納期は{{deadline}}です。\n'), [5]);
    assert.deepEqual(at('一行目\n二行目\n{{/deadline}}\n'), [6]);
    assert.deepEqual(at('{{#deadline}}\n{{#contractUrl}}\n{{/deadline}}\n'), [4, 6]);
    assert.deepEqual(at('\n\n{{#deadlin}}x{{/deadlin}}\n'), [6, 6]);
    const crossed = checkTemplateBody('{{#deadline}}{{#contractUrl}}x{{/deadline}}{{/contractUrl}}', 'ja');
    assert.match(crossed[0]?.message ?? '', /1行目の \{\{#contractUrl\}\} を \{\{\/contractUrl\}\} で閉じてください/);
    assert.match(checkTemplateBody('{{delivered}}', 'en')[0]?.message ?? '', /is a stage: use it as a section/);
  });
});

describe('fitsContract: offered as fitting only where every sentence is true', () => {
  it('offers the termination notice only where the platform has such a request, and ココナラ its own cancellation', () => {
    const fitting = (platform: 'crowdworks' | 'coconala' | 'fiverr' | 'lancers' | 'upwork' | 'direct') =>
      builtinTemplates('ja')
        .filter((t) => fitsContract(t, contract({ platform, stage: 'escrowFunded' })))
        .map((t) => t.id)
        .filter((id) => id === 'termination' || id === 'cancellation');
    assert.deepEqual(fitting('crowdworks'), ['termination']);
    assert.deepEqual(fitting('fiverr'), ['termination']);
    assert.deepEqual(fitting('coconala'), ['cancellation']);
    assert.deepEqual(fitting('lancers'), []);
    assert.deepEqual(fitting('upwork'), []);
    assert.deepEqual(fitting('direct'), []);
  });

  it('does not offer a writer’s template that names the operator bare to a direct client, but does when the sentence is optional', () => {
    const bare = own('{{operator}}に相談します。');
    const optional = own('{{#operator}}{{operator}}に相談します。{{/operator}}');
    assert.equal(fitsContract(bare, contract({ platform: 'direct', stage: 'escrowFunded' })), false);
    assert.equal(fitsContract(bare, contract({ platform: 'crowdworks', stage: 'escrowFunded' })), true);
    assert.equal(fitsContract(optional, contract({ platform: 'direct', stage: 'escrowFunded' })), true);
  });

  it('asks a client at 契約済 about escrow, while working about the deadline, after delivery about acceptance', () => {
    const resume = builtinTemplates('ja').find((t) => t.id === 'resumeThanks')!;
    const at = (stage: 'contracted' | 'escrowFunded' | 'delivered', platform: 'crowdworks' | 'direct' = 'crowdworks') =>
      text(
        resume,
        contract({
          platform,
          stage,
          deadline: '2026-12-04',
          contacts: [sent('2026-11-18T10:00:00+09:00'), received('2026-11-20T10:00:00+09:00')],
        }),
      );
    assert.match(at('contracted'), /仮払いのご予定をお知らせいただけますでしょうか/);
    assert.doesNotMatch(at('contracted'), /作業を進めてまいります|納期/);
    assert.match(at('contracted', 'direct'), /業務の内容・報酬の額・お支払い日をメールで/);
    assert.match(at('escrowFunded'), /納期は12月4日\(金\)のままでよろしいでしょうか/);
    assert.match(at('delivered'), /ご検収のほどよろしくお願いいたします/);
    assert.doesNotMatch(at('delivered'), /納期/);
  });
});

describe('static snippets of templates with sections', () => {
  it('keeps an optional passage as tab stops, leaves out the wording for a missing value, and gives each stage its own snippet', () => {
    const snippets = builtinSnippets();
    const extension = readSnippet(snippets['Contract Guard: 納期延長のお願い']!.body.join('\n'));
    // The deadline is a tab stop inside its passage; the wording for "no deadline in the file" is not added beside it.
    assert.match(extension.text, /お約束の納期までに納品することが難しい状況です/);
    assert.ok(extension.tabStops.some((s) => s.label === '納期'));
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const stage of ['contracted', 'escrowFunded', 'delivered']) {
      assert.ok(prefixes.includes(`cg-orei-${stage}`), stage);
    }
    const atContracted = readSnippet(snippets['Contract Guard: 返信御礼・再開確認（契約済み・仮払い待ち）']!.body.join('\n'));
    assert.match(atContracted.text, /のご予定をお知らせいただけますでしょうか/);
    assert.doesNotMatch(atContracted.text, /納期|業務の内容・報酬の額/);
  });
});
