import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromWebview, panelState, toWebview, LABEL_KEYS } from '../../src/checklist/protocol';
import { checklistContent, type ChecklistContent } from '../../src/core/checklist';
import { PLATFORMS, STAGES, type Contact, type Contract } from '../../src/core/schema';
import { deriveStatus } from '../../src/core/status';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtins';
import type { Locale } from '../../src/core/i18n';
import { JST, contract, jst, received, sent } from './fixtures';
import { runs } from './propertyConfig';

/** What the panel shows of a contract at a Tokyo wall-clock time. */
function shown(c: Contract, wall: string, locale: Locale = 'en'): ChecklistContent {
  return checklistContent(deriveStatus(c, jst(wall), { utcOffsetMinutes: JST }), locale);
}

const step = (content: ChecklistContent, id: string) => {
  const found = content.steps.find((s) => s.id === id);
  assert.ok(found, `step ${id} in ${content.steps.map((s) => s.id).join(', ')}`);
  return found;
};

const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, k])) as Record<(typeof LABEL_KEYS)[number], string>;

const cw = (fields: Partial<Contract> & Pick<Contract, 'stage'>): Contract =>
  contract({
    id: 'cw-2026-001',
    title: 'SEO記事 5本（不動産投資）',
    platform: 'crowdworks',
    client: { name: '株式会社みらい不動産' },
    url: 'https://crowdworks.jp/contracts/1',
    ...fields,
  });

describe('the checklist: the seed’s three CrowdWorks situations, step by step', () => {
  describe('before escrow (仮払い前)', () => {
    const waiting = cw({
      stage: 'contracted',
      stageDates: { contracted: '2026-11-27' },
      contacts: [sent('2026-11-27T18:00:00+09:00', 'platformMessage', '仮払いのお願い')],
    });

    it('says nothing is at risk, watches at most, and offers the withdrawal message first', () => {
      const c = shown(waiting, '2026-12-02T10:00', 'ja');
      assert.equal(c.situation, '仮払い前に連絡が途絶えています（5日）');
      assert.equal(c.urgency, 'watch');
      assert.deepEqual(
        c.steps.map((s) => [s.id, s.state, s.optional]),
        [
          ['cw.before.withdraw', 'next', false],
          ['cw.before.remind', 'later', true],
        ],
      );
      assert.deepEqual(c.steps[0]?.actions, [{ kind: 'insertTemplate', templateId: 'withdrawal' }, { kind: 'openContractPage' }]);
      assert.equal(c.steps[0]?.due, '12月2日(水)');
      assert.ok(c.steps.every((s) => s.overdue !== true), 'nothing is overdue before escrow');
    });

    it('never calls a step overdue, however long the silence lasts', () => {
      const c = shown(waiting, '2027-02-01T10:00');
      assert.equal(c.urgency, 'watch');
      assert.ok(c.steps.every((s) => s.overdue !== true));
    });
  });

  describe('after escrow (仮払い後), the client silent', () => {
    const log: Contact[] = [
      received('2026-11-10T09:30:00+09:00', 'platformMessage', '仮払いしました'),
      sent('2026-11-16T10:00:00+09:00', 'platformMessage', '構成案を送付'),
      sent('2026-11-19T10:00:00+09:00'),
      sent('2026-11-25T10:00:00+09:00'),
    ];
    const working = (extra: Contact[] = []): Contract =>
      cw({ stage: 'escrowFunded', deadline: '2026-12-25', stageDates: { escrowFunded: '2026-11-10' }, contacts: [...log, ...extra] });

    it('puts the situation in the seed’s words and the report to the operator next, with its buttons', () => {
      const c = shown(working(), '2026-11-30T10:00', 'ja');
      assert.equal(c.situation, '仮払い後に連絡が途絶えています（20日）');
      assert.equal(c.urgency, 'act');
      const report = step(c, 'cw.escrow.report');
      assert.equal(report.state, 'next');
      assert.equal(report.verification, 'official');
      assert.deepEqual(report.actions, [
        { kind: 'insertTemplate', templateId: 'operatorReport' },
        { kind: 'recordOperatorReport' },
        { kind: 'openContractPage' },
        // The operator asks for the facts in order: the timeline is offered where the report is made.
        { kind: 'exportTimeline' },
      ]);
      assert.ok(report.sources.some((s) => s.url?.startsWith('https://crowdworks.my.salesforce-sites.com/')));
      assert.deepEqual(
        c.steps.filter((s) => s.state === 'done').map((s) => [s.id, s.doneBy, s.due]),
        [
          ['cw.escrow.remind', 'record', undefined],
          ['cw.escrow.remind2', 'record', undefined],
        ],
        'done by the log, and a done step shows no stale due date',
      );
    });

    it('after the report, the termination request is next with its own button', () => {
      const c = shown(working([sent('2026-11-30T11:00:00+09:00', 'operatorReport')]), '2026-12-03T10:00');
      const terminate = step(c, 'cw.escrow.terminate');
      assert.equal(terminate.state, 'next');
      assert.equal(terminate.due, 'Mon, Dec 7');
      assert.deepEqual(
        terminate.actions.map((a) => a.kind),
        ['insertTemplate', 'recordTerminationRequest', 'openContractPage'],
      );
    });

    it('after the termination request, dates the automatic end a week later, as reported by users', () => {
      const c = shown(
        working([sent('2026-11-30T11:00:00+09:00', 'operatorReport'), sent('2026-12-07T10:00:00+09:00', 'terminationRequest')]),
        '2026-12-08T10:00',
        'ja',
      );
      assert.deepEqual(c.consequences, [{ date: '12月14日(月)', text: 'リクエストから1週間で契約が終了すると報告されています', reportedByUsers: true }]);
      assert.deepEqual(c.timeline[0], { date: '12月7日(月)', direction: 'sent', channel: '途中終了リクエスト', summary: '' });
      assert.equal(c.timeline.at(-1)?.summary, '仮払いしました', 'the timeline runs newest first');
    });
  });

  describe('after delivery (納品後)', () => {
    const delivered = cw({
      stage: 'delivered',
      stageDates: { escrowFunded: '2026-11-10', delivered: '2026-11-16' },
      contacts: [sent('2026-11-16T12:00:00+09:00', 'platformMessage', '納品しました')],
    });

    it('shows when the 7-day acceptance guideline passes, before it has', () => {
      const c = shown(delivered, '2026-11-18T10:00');
      assert.equal(c.situation, 'The client has been silent for 2 days after delivery.');
      assert.deepEqual(
        c.consequences.map((x) => [x.date, x.text]),
        [['Mon, Nov 23', '7-day acceptance guideline']],
      );
    });

    it('once it has passed, asks the operator to chase the client and says the operator may accept', () => {
      const c = shown(delivered, '2026-11-24T10:00');
      const report = step(c, 'cw.delivered.report');
      assert.equal(report.state, 'next');
      assert.equal(report.overdue, true);
      assert.ok(report.actions.some((a) => a.kind === 'recordOperatorReport'));
      assert.equal(step(c, 'cw.delivered.operatorAcceptance').state, 'later');
      assert.match(c.notes[0] ?? '', /Contract Guard follows the help pages/);
    });
  });
});

describe('the checklist for every platform and stage', () => {
  const templateIds = new Set(BUILTIN_TEMPLATES.map((t) => t.id));
  const ghosted: Contact[] = [received('2026-11-02T10:00:00+09:00'), sent('2026-11-04T10:00:00+09:00')];

  for (const platform of PLATFORMS) {
    for (const stage of STAGES) {
      it(`${platform}, ${stage}: valid for the panel in both languages, every button usable`, () => {
        const c = contract({ platform, stage, url: 'https://example.com/job/1', deadline: '2026-12-20', contacts: ghosted });
        for (const locale of ['en', 'ja'] as const) {
          const content = shown(c, '2026-11-24T10:00', locale);
          const message = toWebview.safeParse({ type: 'state', labels, content, key: 'k' });
          assert.ok(message.success, JSON.stringify(message.error?.issues));
          assert.notEqual(content.situation, '');
          for (const s of content.steps) {
            for (const a of s.actions) {
              if (a.kind === 'insertTemplate') {
                assert.ok(templateIds.has(a.templateId), `${s.id} names template ${a.templateId}`);
              }
            }
            assert.ok(s.sources.every((src) => src.url === undefined || src.url.startsWith('https://')));
          }
          if (stage === 'applied' || stage === 'contracted') {
            assert.notEqual(content.urgency, 'act', 'before escrow the client’s silence is never “act now”');
            assert.notEqual(content.urgency, 'overdue');
          }
        }
      });
    }
  }

  it('shows the client-vetting checklist in the applied stage only, with what the file records', () => {
    const applied = contract({
      platform: 'crowdworks',
      stage: 'applied',
      client: { name: '株式会社サンプル', identityVerified: false, rating: 4.9, reviewNotes: '返事が遅い' },
    });
    const c = shown(applied, '2026-11-24T10:00', 'ja');
    assert.equal(c.vetting.length, 3);
    assert.match(c.vetting[0]?.text ?? '', /星の数ではなく評価コメント/);
    assert.equal(c.vetting[0]?.note, '★4.9 · 返事が遅い');
    assert.equal(c.vetting[1]?.ok, false);
    assert.match(c.vetting[2]?.text ?? '', /延長をお願い/);
    assert.deepEqual(shown({ ...applied, stage: 'escrowFunded' }, '2026-11-24T10:00').vetting, []);
  });

  it('says when a step was ticked, and lets only ticked steps be unticked', () => {
    const c = contract({
      platform: 'upwork',
      stage: 'escrowFunded',
      contacts: ghosted,
      checklist: { 'upwork.escrow.remind': { done: true, at: '2026-11-20' } },
    });
    const content = shown(c, '2026-11-24T10:00');
    const ticked = content.steps.find((s) => s.doneBy === 'tick');
    assert.ok(ticked, content.steps.map((s) => `${s.id}:${s.state}`).join(', '));
    assert.equal(ticked.doneOn, 'Fri, Nov 20');
  });
});

describe('the checklist’s messages, validated on both sides', () => {
  it('accepts each message the webview sends', () => {
    for (const m of [
      { type: 'ready' },
      { type: 'toggleStep', stepId: 'cw.escrow.report', done: true },
      { type: 'action', stepId: 'cw.escrow.report', action: { kind: 'recordOperatorReport' } },
      { type: 'action', stepId: 'x', action: { kind: 'setStage', stage: 'accepted' } },
      { type: 'openLink', url: 'https://crowdworks.jp/' },
    ]) {
      assert.ok(fromWebview.safeParse(m).success, JSON.stringify(m));
    }
  });

  it('rejects unknown, malformed and oversized messages', () => {
    for (const m of [
      undefined,
      null,
      'ready',
      42,
      [],
      {},
      { type: 'deleteEverything' },
      { type: 'toggleStep', stepId: 'x' },
      { type: 'toggleStep', stepId: 'x', done: 'yes' },
      { type: 'toggleStep', stepId: '', done: true },
      { type: 'toggleStep', stepId: 'x'.repeat(201), done: true },
      { type: 'action', stepId: 'x', action: { kind: 'runCommand', command: 'workbench.action.terminal.new' } },
      { type: 'action', stepId: 'x', action: { kind: 'setStage', stage: 'paid' } },
      { type: 'action', stepId: 'x', action: { kind: 'insertTemplate', templateId: '' } },
      { type: 'openLink', url: 42 },
      { type: 'openLink', url: `https://${'a'.repeat(2000)}` },
    ]) {
      assert.equal(fromWebview.safeParse(m).success, false, JSON.stringify(m)?.slice(0, 80));
    }
  });

  it('rejects a state message without its labels or with a broken contract', () => {
    const content = shown(contract({ platform: 'crowdworks', stage: 'escrowFunded' }), '2026-11-24T10:00');
    assert.ok(toWebview.safeParse({ type: 'state', labels }).success, 'the empty state');
    assert.equal(toWebview.safeParse({ type: 'state' }).success, false);
    assert.equal(toWebview.safeParse({ type: 'state', labels: { ...labels, empty: 1 } }).success, false);
    assert.equal(toWebview.safeParse({ type: 'state', labels, content: { ...content, steps: 'none' } }).success, false);
    assert.equal(toWebview.safeParse({ type: 'state', labels, content: { ...content, urgency: 'panic' } }).success, false);
  });

  it('reads a saved panel state, and nothing else, after a reload', () => {
    assert.deepEqual(panelState.parse({ key: 'file:///w#cw-1', scrollY: 120, expanded: ['cw.escrow.report'] }), {
      key: 'file:///w#cw-1',
      scrollY: 120,
      expanded: ['cw.escrow.report'],
    });
    assert.equal(panelState.safeParse({ key: 3 }).success, false);
    assert.equal(panelState.safeParse('file:///w#cw-1').success, false);
  });
});

describe('the checklist’s messages (property)', () => {
  it('never throws on any value the webview could post, and accepts only the messages the protocol defines', () => {
    const known = new Set(['ready', 'toggleStep', 'action', 'openLink']);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.oneof(fc.constantFrom(...known), fc.string()), stepId: fc.anything(), done: fc.anything(), url: fc.anything(), action: fc.anything() }, { requiredKeys: ['type'] }),
        ),
        (value) => {
          const parsed = fromWebview.safeParse(value);
          if (parsed.success) {
            assert.ok(known.has(parsed.data.type));
            assert.equal(JSON.stringify(fromWebview.parse(JSON.parse(JSON.stringify(parsed.data)))), JSON.stringify(parsed.data), 'what is accepted survives the trip as JSON');
          }
        },
      ),
      runs(500),
    );
  });

  it('builds a state message the page accepts for any contract text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'grapheme' }), fc.string({ maxLength: 60, unit: 'binary' }), fc.constantFrom(...PLATFORMS), fc.constantFrom(...STAGES), (title, client, platform, stage) => {
        const c = contract({ platform, stage, title, client: { name: client }, contacts: [sent('2026-11-16T10:00:00+09:00', 'platformMessage', client)] });
        const content = shown(c, '2026-11-24T10:00');
        const message = toWebview.safeParse({ type: 'state', labels, content });
        assert.ok(message.success);
        assert.equal(message.data.content?.title, title, 'text passes unchanged');
        assert.equal(message.data.content?.client, client);
      }),
      runs(200),
    );
  });
});
