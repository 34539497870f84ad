import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { buildCalendar } from '../../src/core/calendar/ics';
import { calendarEntries, entryUid, readPreviousEvents, type CalendarEntry } from '../../src/core/calendar';
import { deriveStatus, type ContractStatus } from '../../src/core/status';
import type { Contract } from '../../src/core/schema';
import { contract, JST, NOW, received, sent } from './fixtures';

interface ParsedEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  sequence: number;
  status: string;
  alarmTrigger?: string;
}

/** Reads the file back with ical.js, a parser that shares no code with the writer. */
function parse(ics: string): ParsedEvent[] {
  const component = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return component.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    const alarm = v.getFirstSubcomponent('valarm');
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      date: start.toString(),
      summary: String(v.getFirstPropertyValue('summary') ?? ''),
      description: String(v.getFirstPropertyValue('description') ?? ''),
      sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
      status: String(v.getFirstPropertyValue('status') ?? ''),
      ...(alarm ? { alarmTrigger: String(alarm.getFirstPropertyValue('trigger')) } : {}),
    };
  });
}

const status = (c: Contract, now = NOW): ContractStatus => deriveStatus(c, now, { utcOffsetMinutes: JST });
const exportOf = (statuses: ContractStatus[], previous = new Map(), locale: 'ja' | 'en' = 'ja'): string =>
  buildCalendar(calendarEntries(statuses, locale), previous, locale, NOW);

/** The seed's situation after escrow: reminders sent, reported to the operator on 11/16. */
const AFTER_ESCROW = contract({
  id: 'cw-escrow',
  platform: 'crowdworks',
  stage: 'escrowFunded',
  client: { name: '株式会社サンプル' },
  deadline: '2026-12-04',
  url: 'https://crowdworks.jp/contracts/1',
  stageDates: { escrowFunded: '2026-10-30' },
  contacts: [
    received('2026-11-04T10:00:00+09:00'),
    sent('2026-11-09T18:00:00+09:00'),
    sent('2026-11-11T10:00:00+09:00'),
    sent('2026-11-13T10:00:00+09:00'),
    sent('2026-11-16T13:00:00+09:00', 'operatorReport'),
  ],
});

describe('calendar export', () => {
  it('has one all-day event for every dated step the checklist shows, with its date, summary and UID', () => {
    const s = status(AFTER_ESCROW);
    const events = parse(exportOf([s]));
    // Written out by hand from CrowdWorks' rules for this history, not taken from deriveStatus: a
    // change to how dates are derived must show here as a changed date.
    const expected: [step: string, date: string, status: string][] = [
      ['cw.escrow.remind', '2026-11-12', 'CANCELLED'], // done: reminders went out on 11/09, 11/11 and 11/13
      ['cw.escrow.remind2', '2026-11-18', 'CANCELLED'],
      ['cw.escrow.report', '2026-11-18', 'CANCELLED'], // done: reported to the operator on 11/16
      ['cw.escrow.review', '2026-11-18', 'CANCELLED'], // 2 business days after the report on Monday 11/16
      ['cw.escrow.terminate', '2026-11-24', 'CONFIRMED'], // the next step, due today
      ['deadline', '2026-12-04', 'CONFIRMED'],
    ];
    assert.deepEqual(
      events.map((e) => [e.uid, e.date, e.status]).sort(),
      expected.map(([step, date, st]) => [entryUid('cw-escrow', step), date, st]).sort(),
    );
    for (const step of s.steps.filter((x) => x.due !== undefined)) {
      // The summary names the client and the step as the checklist titles it.
      assert.equal(events.find((e) => e.uid === entryUid('cw-escrow', step.step.id))?.summary, `株式会社サンプル：${step.step.title.ja}`);
    }
    const deadline = events.find((e) => e.uid === entryUid('cw-escrow', 'deadline'));
    assert.equal(deadline?.summary, '株式会社サンプル：納期（SEO記事 3本（美容））');
  });

  it('says why, on what basis and where, and rings at 09:00 on the day', () => {
    const events = parse(exportOf([status(AFTER_ESCROW)]));
    const terminate = events.find((e) => e.uid === entryUid('cw-escrow', 'cw.escrow.terminate'));
    assert.ok(terminate);
    assert.match(terminate.description, /契約途中終了リクエスト/);
    assert.match(terminate.description, /公式ルール/);
    assert.match(terminate.description, /https:\/\/crowdworks\.my\.salesforce-sites\.com\/faq\/articles\/FAQ\/10329/);
    assert.match(terminate.description, /https:\/\/crowdworks\.jp\/contracts\/1$/);
    assert.equal(terminate.alarmTrigger, 'PT9H');
    assert.match(exportOf([status(AFTER_ESCROW)]), /TRIGGER;RELATED=START:PT9H/);
  });

  it('after a termination request, dates its automatic end a week later, as reported by users', () => {
    const requested = { ...AFTER_ESCROW, contacts: [...AFTER_ESCROW.contacts!, sent('2026-11-20T10:00:00+09:00', 'terminationRequest')] };
    const events = parse(exportOf([status(requested)]));
    const autoEnd = events.find((e) => e.uid === entryUid('cw-escrow', 'cw.escrow.autoEnd'));
    assert.equal(autoEnd?.date, '2026-11-27');
    assert.match(autoEnd?.description ?? '', /ユーザーの報告です/);
  });

  it('before escrow and after delivery on CrowdWorks: the seed’s other two situations', () => {
    const applied = contract({ id: 'cw-applied', platform: 'crowdworks', stage: 'applied', contacts: [sent('2026-11-18T10:00:00+09:00')] });
    const delivered = contract({
      id: 'cw-delivered',
      platform: 'crowdworks',
      stage: 'delivered',
      stageDates: { delivered: '2026-11-13' },
      contacts: [sent('2026-11-13T17:00:00+09:00')],
    });
    const events = parse(exportOf([status(applied), status(delivered)]));
    assert.ok(events.some((e) => e.uid.startsWith('cw-applied.')));
    const guideline = events.find((e) => e.uid === entryUid('cw-delivered', 'cw.delivered.guideline'));
    assert.equal(guideline?.date, '2026-11-20', 'the 7-day acceptance guideline');
  });

  it('has each platform’s own timers', () => {
    // Each date worked out by hand from the platform's rule, not taken from deriveStatus (the code
    // under test): a change to how a timer is counted must show here as a changed date.
    const cases: [Contract['platform'], Contract['stage'], entered: string, expected: [step: string, date: string][]][] = [
      ['lancers', 'escrowFunded', '2026-11-10', [
        ['lancers.escrow.threeMessages', '2026-11-13'], // 3 calendar days from the first message on 11/10
        ['lancers.escrow.contactRequest', '2026-11-17'], // 7 calendar days from it
      ]],
      ['coconala', 'delivered', '2026-11-20', [
        ['coconala.delivered.autoApproval', '2026-11-23'], // 72 hours after the delivery
        ['coconala.delivered.markAccepted', '2026-11-23'],
      ]],
      ['upwork', 'delivered', '2026-11-20', [
        ['upwork.delivered.review', '2026-12-04'], // the client's 14-day review
        ['upwork.delivered.markAccepted', '2026-12-04'],
      ]],
      ['fiverr', 'delivered', '2026-11-20', [
        ['fiverr.delivered.autoComplete', '2026-11-23'], // 3 days after delivery, as users report
        ['fiverr.delivered.markAccepted', '2026-11-23'],
      ]],
      ['direct', 'delivered', '2026-11-01', [
        // 5 business days after the message of Sunday 11/01: 11/02, 11/04 (11/03 is 文化の日), 11/05, 11/06, 11/09.
        ['direct.delivered.remind', '2026-11-09'],
        ['direct.paymentDue.ifStaff', '2026-12-31'], // at most 60 days after receiving the work on 11/01
        ['direct.paymentReminder', '2026-11-09'],
        ['direct.formalDemand', '2026-11-09'],
      ]],
    ];
    for (const [platform, stage, entered, expected] of cases) {
      const c = contract({
        id: `c-${platform}`,
        platform,
        stage,
        stageDates: { [stage]: entered },
        contacts: [sent(`${entered}T10:00:00+09:00`)],
      });
      const events = parse(exportOf([status(c)], new Map(), 'en'));
      assert.deepEqual(
        events.filter((e) => e.uid.startsWith(`c-${platform}.`) && e.uid !== entryUid(c.id, 'deadline')).map((e) => [e.uid, e.date]).sort(),
        expected.map(([step, date]) => [entryUid(c.id, step), date]).sort(),
        platform,
      );
    }
  });

  it('keeps a moved date’s UID and raises its SEQUENCE; an unchanged one keeps its SEQUENCE', () => {
    const first = exportOf([status(AFTER_ESCROW)]);
    const again = exportOf([status(AFTER_ESCROW)], readPreviousEvents(first));
    assert.deepEqual(parse(again).map((e) => e.sequence), parse(first).map(() => 0));
    const moved = { ...AFTER_ESCROW, deadline: '2026-12-11' };
    const after = parse(exportOf([status(moved)], readPreviousEvents(again)));
    const deadline = after.find((e) => e.uid === entryUid('cw-escrow', 'deadline'));
    assert.equal(deadline?.date, '2026-12-11');
    assert.equal(deadline?.sequence, 1);
    assert.equal(after.find((e) => e.uid === entryUid('cw-escrow', 'cw.escrow.review'))?.sequence, 0);
  });

  it('exports a step that got done, or a contract that closed, as cancelled', () => {
    const first = exportOf([status(AFTER_ESCROW)]);
    const terminateUid = entryUid('cw-escrow', 'cw.escrow.terminate');
    assert.equal(parse(first).find((e) => e.uid === terminateUid)?.status, 'CONFIRMED');
    const ticked = { ...AFTER_ESCROW, checklist: { 'cw.escrow.terminate': { done: true, at: '2026-11-24' } } };
    const second = exportOf([status(ticked)], readPreviousEvents(first));
    const done = parse(second).find((e) => e.uid === terminateUid);
    assert.equal(done?.status, 'CANCELLED');
    assert.equal(done?.sequence, 1);
    const closed = { ...ticked, stage: 'cancelled' as const };
    const third = parse(exportOf([status(closed)], readPreviousEvents(second)));
    const deadline = third.find((e) => e.uid === entryUid('cw-escrow', 'deadline'));
    assert.equal(deadline?.status, 'CANCELLED', 'a date that no longer applies is cancelled, not dropped');
    assert.equal(deadline?.sequence, 1);
    assert.equal(deadline?.summary, '株式会社サンプル：納期（SEO記事 3本（美容））');
  });

  it('keeps hostile text whole: newlines, commas, semicolons, backslashes, emoji and 1,000 characters', () => {
    const long = '長'.repeat(1000);
    const hostile = `A, B; C\\D\nE 🎉 ${long}`;
    const c = { ...AFTER_ESCROW, id: 'x;y,z\n🎉', title: hostile, client: { name: 'Client, Inc.; "Q"\nR' } };
    const ics = exportOf([status(c)]);
    for (const line of ics.split('\r\n')) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `folded at 75 octets: ${line.slice(0, 20)}…`);
    }
    const events = parse(ics);
    const deadline = events.find((e) => e.uid === entryUid(c.id, 'deadline'));
    assert.ok(deadline, 'the hostile id still gives a UID calendars accept');
    assert.equal(deadline.summary, `Client, Inc.; "Q"\nR：納期（${hostile}）`);
    assert.ok(deadline.description.startsWith(hostile));
    assert.deepEqual([...readPreviousEvents(ics).keys()].sort(), events.map((e) => e.uid).sort());
  });

  it('leaves closed contracts and optional steps off the calendar', () => {
    const closed = contract({ id: 'done', platform: 'crowdworks', stage: 'closed', deadline: '2026-12-01' });
    const accepted = contract({ id: 'acc', platform: 'crowdworks', stage: 'accepted', stageDates: { accepted: '2026-11-20' } });
    const entries: CalendarEntry[] = calendarEntries([status(closed), status(accepted)], 'ja');
    assert.deepEqual(entries, []);
  });
});
