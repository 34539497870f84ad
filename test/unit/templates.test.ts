import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseContracts } from '../../src/core/parse';
import { PLAYBOOKS } from '../../src/core/playbooks';
import {
  arrangeForContract,
  builtinTemplates,
  BUILTIN_TEMPLATES,
  previewLine,
  renderTemplate,
  segmentsToText,
  type MessageTemplate,
} from '../../src/core/templates';
import type { Locale } from '../../src/core/i18n';
import type { Contract } from '../../src/core/schema';
import { contract, JA, NOW, sent, received } from './fixtures';
import { ctxFor } from './templateFixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function demoContracts(): Contract[] {
  const parsed = parseContracts(fs.readFileSync(path.join(ROOT, 'demo', 'contracts.json'), 'utf8'), JA);
  assert.ok(parsed.ok, 'the demo workspace parses');
  return [...parsed.file.contracts];
}

function render(template: MessageTemplate, c: Contract, now = NOW): string {
  const result = renderTemplate(template, ctxFor(c, now));
  assert.ok(result.ok, `${template.id} renders`);
  return segmentsToText(result.segments, template.language);
}

function builtin(id: string, locale: Locale): MessageTemplate {
  const found = builtinTemplates(locale).find((t) => t.id === id);
  assert.ok(found, `built-in ${id}`);
  return found;
}

describe('built-in message templates', () => {
  it('renders every built-in for every demo contract in both languages, naming the job', () => {
    const contracts = demoContracts();
    assert.ok(contracts.length >= 9);
    for (const locale of ['ja', 'en'] as const) {
      for (const template of builtinTemplates(locale)) {
        for (const c of contracts) {
          assert.ok(render(template, c).includes(c.title), `${locale}/${template.id}/${c.id} names the job`);
        }
      }
    }
  });

  it('leaves no blank in the messages for the demo’s client who went silent after escrow', () => {
    const demo = demoContracts().find((c) => c.id === 'cw-2026-017');
    assert.ok(demo);
    // The termination notice comes after the report to the operator: the demo is due that report,
    // so the notice is rendered as it would be once the report is logged.
    const reported: Contract = {
      ...demo,
      contacts: [...(demo.contacts ?? []), { at: '2026-11-24T10:00:00+09:00', direction: 'sent', channel: 'operatorReport' }],
    };
    for (const locale of ['ja', 'en'] as const) {
      for (const id of ['reminder', 'reminder2', 'operatorReport', 'termination']) {
        const result = renderTemplate(builtin(id, locale), ctxFor(id === 'termination' ? reported : demo));
        assert.ok(result.ok);
        const blanks = result.segments.filter((x) => x.kind === 'placeholder' && x.value === undefined);
        assert.deepEqual(blanks, [], `${locale}/${id}`);
      }
    }
  });

  it('has a template for every playbook step that names one', () => {
    const ids = new Set(BUILTIN_TEMPLATES.map((t) => t.id));
    for (const playbook of Object.values(PLAYBOOKS)) {
      for (const steps of Object.values(playbook.situations)) {
        for (const step of steps ?? []) {
          if (step.template !== undefined) {
            assert.ok(ids.has(step.template), `${step.id} names "${step.template}"`);
          }
        }
      }
    }
  });

  it('covers the messages a writer needs, each logged on its own channel', () => {
    const channels = Object.fromEntries(BUILTIN_TEMPLATES.map((t) => [t.id, t.channel]));
    assert.deepEqual(channels, {
      reminder: 'platformMessage',
      reminder2: 'platformMessage',
      operatorReport: 'operatorReport',
      termination: 'terminationRequest',
      cancellation: 'terminationRequest',
      acceptanceRequest: 'platformMessage',
      extensionRequest: 'extensionRequest',
      withdrawal: 'withdrawal',
      resumeThanks: 'platformMessage',
      // Off a platform, by email; the formal demand has a channel of its own, for the timeline and the steps.
      paymentCheck: 'email',
      paymentReminder: 'email',
      formalDemand: 'formalDemand',
    });
  });

  it('keeps the etiquette: opens with お世話になっております, closes with よろしくお願いいたします, never presses', () => {
    for (const template of builtinTemplates('ja')) {
      assert.match(template.body, /お世話になっております。/, template.id);
      assert.match(template.body, /よろしくお願いいたします|ありがとうございました/, template.id);
      assert.doesNotMatch(template.body, /まだですか|早く|至急/, template.id);
    }
  });

  it('fills in the unanswered dates and the silence for a client who went quiet after escrow', () => {
    const ghosted = contract({
      platform: 'crowdworks',
      stage: 'escrowFunded',
      client: { name: '株式会社サンプル' },
      deadline: '2026-12-04',
      url: 'https://crowdworks.jp/contracts/1',
      contacts: [received('2026-11-04T10:00:00+09:00'), sent('2026-11-09T18:00:00+09:00'), sent('2026-11-11T10:00:00+09:00')],
    });
    const ja = render(builtin('operatorReport', 'ja'), ghosted);
    assert.match(ja, /^クラウドワークス事務局 ご担当者様\n\nお世話になっております。/);
    assert.match(ja, /・契約相手から最後に連絡があった日：11月4日\(水\)\n/);
    assert.match(ja, /・返信をいただけていない当方のメッセージの送信日：11月9日\(月\)、11月11日\(水\)\n/);
    assert.match(ja, /・最後の連絡からの経過日数：20日\n/);
    assert.match(ja, /【契約ページ】https:\/\/crowdworks\.jp\/contracts\/1\n/);
    // Japanese labels take the full-width colon or 【】, never an ASCII colon.
    assert.doesNotMatch(ja.replace(/https?:\/\/\S+/g, ''), /:/);
    const en = render(builtin('reminder2', 'en'), ghosted);
    assert.match(en, /I sent messages on Mon, Nov 9 and Wed, Nov 11/);
    assert.match(render(builtin('reminder', 'ja'), ghosted), /^株式会社サンプル 様\n/);
    assert.match(render(builtin('reminder', 'en'), ghosted), /^Hello 株式会社サンプル,\n/);
  });

  it('counts "within 2 business days" past weekends and Japanese holidays', () => {
    const c = contract({ platform: 'crowdworks', stage: 'escrowFunded', contacts: [sent('2026-11-16T10:00:00+09:00')] });
    // Friday 20 November: Saturday, Sunday and Monday 23rd (勤労感謝の日) are skipped.
    const friday = Date.parse('2026-11-20T10:00:00+09:00');
    assert.match(render(builtin('reminder2', 'ja'), c, friday), /11月25日\(水\)までにご返信をいただけますでしょうか/);
    assert.match(render(builtin('reminder2', 'en'), c, friday), /reply by Wed, Nov 25\?/);
  });

  it('writes the year only when the date is not in this year', () => {
    const c = contract({ platform: 'lancers', stage: 'escrowFunded', deadline: '2027-01-08' });
    assert.match(render(builtin('extensionRequest', 'ja'), c), /お約束の2027年1月8日\(金\)までに/);
    assert.match(render(builtin('extensionRequest', 'en'), c), /the agreed date, Fri, Jan 8, 2027\./);
  });

  it('leaves what only the writer knows as a visible blank, and words around what the file does not say', () => {
    const c = contract({ platform: 'crowdworks', stage: 'applied' });
    const result = renderTemplate(builtin('extensionRequest', 'ja'), ctxFor(c, NOW, {}));
    assert.ok(result.ok);
    const open = result.segments.filter((s) => s.kind === 'placeholder' && s.value === undefined).map((s) => s.kind === 'placeholder' && s.name);
    assert.deepEqual(open, ['writerName', 'reason', 'newDeadline', 'signature']);
    const text = segmentsToText(result.segments, 'ja');
    assert.match(text, /［新しい納期の候補日］/);
    // No deadline in the file: the sentence speaks of "the agreed deadline" instead of leaving a blank.
    assert.match(text, /お約束の納期までに納品することが難しい状況です/);
  });

  it('does not add 様 when the file already has an honorific', () => {
    for (const name of ['佐藤 様', '山田さん', '田中先生', '採用ご担当者各位', '株式会社サンプル御中']) {
      const c = contract({ platform: 'coconala', stage: 'delivered', client: { name: `${name} ` } });
      assert.match(render(builtin('acceptanceRequest', 'ja'), c), new RegExp(`^${name}\n`), name);
    }
  });

  it('says what follows the reply-by date in the platform’s own terms: 事務局 on CrowdWorks, a submission on Upwork, nothing to report off a platform', () => {
    const cw = contract({ platform: 'crowdworks', stage: 'escrowFunded', contacts: [sent('2026-11-18T10:00:00+09:00')] });
    const up = { ...cw, platform: 'upwork' as const };
    const direct = { ...cw, platform: 'direct' as const };
    assert.match(render(builtin('reminder2', 'ja'), cw), /それまでにご連絡をいただけない場合は、クラウドワークス事務局に相談いたします。/);
    assert.match(render(builtin('reminder2', 'ja'), up), /作成済みの成果物を Upwork で提出し/);
    assert.match(render(builtin('reminder2', 'en'), up), /I will submit the finished work on Upwork for your review\./);
    assert.match(render(builtin('reminder2', 'ja'), direct), /本件のお取り扱いについて、あらためてメールでご相談いたします。/);
    assert.doesNotMatch(render(builtin('reminder2', 'ja'), direct), /事務局|運営|サポート/);
    assert.match(render(builtin('operatorReport', 'ja'), { ...cw, platform: 'upwork' }), /^Upwork のサポート ご担当者様/);
  });

  it('dates the termination request today or later, and leaves a request logged in the past blank', () => {
    const reported = contract({
      platform: 'crowdworks',
      stage: 'escrowFunded',
      contacts: [sent('2026-11-09T10:00:00+09:00'), sent('2026-11-16T10:00:00+09:00', 'operatorReport')],
    });
    const notice = render(builtin('termination', 'ja'), reported);
    assert.match(notice, /11月24日\(火\)に契約途中終了リクエストをお送りいたします/);
    assert.match(notice, /11月16日\(月\)には、クラウドワークス事務局を通じてご連絡をお願いいたしました/);
    // A request already sent on a past day is not announced with that date: the sentence goes without one.
    const loggedEarlier = { ...reported, contacts: [...reported.contacts!, sent('2026-11-20T10:00:00+09:00', 'terminationRequest')] };
    assert.match(render(builtin('termination', 'ja'), loggedEarlier), /難しいため、契約途中終了リクエストをお送りいたします/);
    // No report to the operator logged: no sentence claims one.
    const unreported = { ...reported, contacts: [sent('2026-11-09T10:00:00+09:00')] };
    assert.doesNotMatch(render(builtin('termination', 'ja'), unreported), /事務局|［/);
  });

  it('counts the same unanswered messages in the first and the second reminder', () => {
    const c = contract({
      platform: 'crowdworks',
      stage: 'escrowFunded',
      contacts: [sent('2026-11-09T10:00:00+09:00', 'terminationRequest'), sent('2026-11-12T10:00:00+09:00')],
    });
    assert.match(render(builtin('reminder', 'ja'), c), /11月12日\(木\)にお送りしたメッセージ/);
    assert.match(render(builtin('reminder2', 'ja'), c), /11月12日\(木\)にメッセージをお送りしております/);
  });

  it('lists the templates that fit the contract first', () => {
    const applied = contract({ platform: 'crowdworks', stage: 'applied' });
    const { fitting, others } = arrangeForContract(builtinTemplates('ja'), applied);
    assert.deepEqual(
      fitting.map((t) => t.id),
      ['reminder', 'withdrawal'],
    );
    assert.ok(others.some((t) => t.id === 'termination'));
    const direct = contract({ platform: 'direct', stage: 'escrowFunded' });
    assert.ok(!arrangeForContract(builtinTemplates('en'), direct).fitting.some((t) => t.id === 'operatorReport'));
  });

  it('previews each template by a line that tells it apart, not the greeting', () => {
    const c = contract({ platform: 'crowdworks', stage: 'escrowFunded', contacts: [sent('2026-11-18T10:00:00+09:00')] });
    const previews = builtinTemplates('ja').map((t) => previewLine(render(t, c)));
    assert.equal(new Set(previews).size, previews.length, previews.join('\n'));
    for (const line of previews) {
      assert.doesNotMatch(line, /^お世話になっております|様$/);
    }
  });
});
