import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checklistContent } from '../../src/core/checklist';
import { dayToIso } from '../../src/core/dates';
import { parseContracts } from '../../src/core/parse';
import { PLAYBOOKS } from '../../src/core/playbooks';
import { stepText } from '../../src/core/playbooks/texts';
import { unpaidSteps } from '../../src/core/playbooks/unpaid';
import { PLATFORMS, STAGES, type Contract } from '../../src/core/schema';
import { deriveStatus, type ContractStatus } from '../../src/core/status';
import { builtinTemplates, fitsContract, renderTemplate, segmentsToText } from '../../src/core/templates';
import { JA, JST, NOW, contract, jst, sent } from './fixtures';
import { ctxFor } from './templateFixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const demo = (): Contract => {
  const parsed = parseContracts(fs.readFileSync(path.join(ROOT, 'demo', 'contracts.json'), 'utf8'), JA);
  assert.ok(parsed.ok);
  const c = parsed.file.contracts.find((x) => x.id === 'dr-2026-001');
  assert.ok(c);
  return c;
};
const statusAt = (c: Contract, now = NOW): ContractStatus => deriveStatus(c, now, { utcOffsetMinutes: JST });
const ids = (s: ContractStatus): string[] => s.steps.map((x) => x.step.id);
const PAYMENT_TEMPLATE_IDS = ['paymentCheck', 'paymentReminder', 'formalDemand'];

describe('the road to payment for a client outside a platform', () => {
  it('sources every step, backs the official ones with a web page, and marks each one', () => {
    for (const step of unpaidSteps('direct')) {
      assert.ok(stepText(step.id).sources.length > 0, step.id);
      assert.ok(['official', 'law', 'publicInfo', 'etiquette'].includes(step.verification), step.id);
      if (step.verification !== 'etiquette') {
        assert.ok(
          stepText(step.id).sources.every((s) => /^https?:\/\//.test(s)),
          step.id,
        );
      }
    }
  });

  it('gives each step with a message a template that fits only direct and other clients once money is owed', () => {
    for (const locale of ['ja', 'en'] as const) {
      const templates = builtinTemplates(locale);
      for (const id of PAYMENT_TEMPLATE_IDS) {
        const t = templates.find((x) => x.id === id);
        assert.ok(t, `${id} exists in ${locale}`);
        for (const platform of PLATFORMS) {
          for (const stage of STAGES) {
            const fits = fitsContract(t, contract({ platform, stage }));
            const owed = (platform === 'direct' || platform === 'other') && (stage === 'delivered' || stage === 'accepted');
            assert.equal(fits, owed, `${id} on ${platform} at ${stage}`);
          }
        }
      }
      assert.deepEqual(
        PAYMENT_TEMPLATE_IDS.map((id) => templates.find((x) => x.id === id)?.channel),
        ['email', 'email', 'formalDemand'],
        'each is logged on its own channel',
      );
    }
    const offered = unpaidSteps('other').flatMap((s) => (s.template ? [s.template] : []));
    assert.deepEqual(offered, PAYMENT_TEMPLATE_IDS);
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`fills every blank of the three messages from the demo contract in ${locale}`, () => {
      const status = statusAt(demo());
      for (const id of PAYMENT_TEMPLATE_IDS) {
        const t = builtinTemplates(locale).find((x) => x.id === id)!;
        const result = renderTemplate(t, ctxFor(status.contract, NOW));
        assert.ok(result.ok, id);
        const open = result.segments
          .filter((s) => s.kind === 'placeholder' && s.value === undefined)
          .map((s) => (s.kind === 'placeholder' ? s.name : ''));
        assert.deepEqual(open, [], `${id}: nothing left to type`);
        const text = segmentsToText(result.segments, locale);
        assert.match(text, locale === 'ja' ? /96,000円/ : /¥96,000/, id);
      }
    });
  }

  it('writes the formal demand with the invoice, the amount, both dates, and 内容証明郵便 as the next step', () => {
    const t = builtinTemplates('ja').find((x) => x.id === 'formalDemand')!;
    const result = renderTemplate(t, ctxFor(demo(), NOW));
    assert.ok(result.ok);
    const text = segmentsToText(result.segments, 'ja');
    for (const part of [
      'GH-2026-09',
      '・ご請求金額：96,000円',
      '・当初のお支払期日：10月31日(土)',
      '・最終のお支払期日：12月3日(木)',
      '内容証明郵便',
      '11月2日(月)、11月10日(火)',
    ]) {
      assert.ok(text.includes(part), `${part} in\n${text}`);
    }
  });

  it('shows the demo contract 70 days after delivery as overdue, with the formal demand next', () => {
    const status = statusAt(demo());
    assert.equal(status.payment.overdueDays, 24);
    assert.equal(status.urgency, 'overdue');
    const byId = new Map(status.steps.map((s) => [s.step.id, s]));
    assert.equal(byId.get('direct.paymentCheck')?.state, 'done', 'the check sent on 11/2 counts');
    assert.equal(dayToIso(byId.get('direct.paymentCheck')!.due!), '2026-11-02', 'the business day after Sat 10/31');
    assert.equal(byId.get('direct.paymentReminder')?.state, 'done');
    assert.equal(byId.get('direct.formalDemand')?.state, 'next');
    assert.equal(status.next?.step?.id, 'direct.formalDemand');
    assert.ok(byId.has('direct.reportToAuthority'), 'a client with staff: Art. 4 applies');
  });

  it('checks politely on the business day after the payment date, skipping a holiday', () => {
    // Monday 2 Nov 2026; Tuesday 3 Nov is 文化の日.
    const c = contract({
      platform: 'direct',
      stage: 'accepted',
      amount: 10000,
      stageDates: { accepted: '2026-10-20' },
      invoice: { paymentDate: '2026-11-02' },
    });
    const check = statusAt(c).steps.find((s) => s.step.id === 'direct.paymentCheck');
    assert.equal(dayToIso(check!.due!), '2026-11-04');
  });

  it('counts the formal demand once it is logged, and then dates the help desk a week later', () => {
    const c = {
      ...demo(),
      contacts: [...(demo().contacts ?? []), sent('2026-11-24T11:00:00+09:00', 'formalDemand', '書面で請求')],
    };
    const status = statusAt(c, jst('2026-11-24T12:00'));
    const help = status.steps.find((s) => s.step.id === 'direct.freelance110');
    assert.equal(status.steps.find((s) => s.step.id === 'direct.formalDemand')?.state, 'done');
    assert.equal(help?.state, 'next');
    assert.equal(dayToIso(help.due!), '2026-12-01');
  });

  it('names the Art. 4 report only for a client with staff', () => {
    for (const kind of ['soleTrader', 'unknown', undefined] as const) {
      const c = demo();
      const other = { ...c, client: { name: c.client.name, ...(kind === undefined ? {} : { kind }) } };
      assert.ok(!ids(statusAt(other)).includes('direct.reportToAuthority'), String(kind));
    }
  });

  it('leaves the road to payment once the payments reach the amount', () => {
    const c = demo();
    const paid = { ...c, invoice: { ...c.invoice, payments: [{ at: '2026-11-20', amount: 96000 }] } };
    const status = statusAt(paid);
    assert.deepEqual(
      ids(status).filter((id) => unpaidSteps('direct').some((s) => s.id === id)),
      [],
    );
    assert.notEqual(status.urgency, 'overdue');
  });

  it('has the checklist say this is information, not legal advice, and offer the timeline at the demand and 110番', () => {
    for (const locale of ['ja', 'en'] as const) {
      const content = checklistContent(statusAt(demo()), locale);
      assert.ok(
        content.notes.some((n) => (locale === 'ja' ? n.includes('法的助言ではありません') : n.includes('not legal advice'))),
      );
      const actions = (id: string) => content.steps.find((s) => s.id === id)?.actions.map((a) => a.kind);
      assert.deepEqual(actions('direct.formalDemand'), ['insertTemplate', 'exportTimeline']);
      assert.deepEqual(actions('direct.freelance110'), ['exportTimeline']);
    }
    assert.ok(PLAYBOOKS.other.situations.afterDelivery?.some((s) => s.id === 'other.formalDemand'));
  });
});
