import { formatMessageDate } from '../templates/dateText';
import { toDay, type DayNumber } from '../dates';
import { pick, type Locale, type Localized } from '../i18n';
import { CHANNEL_LABELS, PLATFORM_LABELS, stageLabel } from '../labels';
import { PLAYBOOK_NOTES, stepText } from '../playbooks/texts';
import type { PlaybookStep, Verification } from '../playbooks/types';
import type { ContractStatus, Urgency } from '../status';
import type { StepStatus } from '../steps';
import { situationSentence } from './situation';
import type { ChecklistAction, ChecklistContent, ChecklistStep } from './types';

/**
 * What the checklist panel shows for one contract, in one language: plain, serialisable data built
 * from the derived status alone, so the panel, its tests and the calendar agree.
 */
export function checklistContent(status: ContractStatus, locale: Locale): ChecklistContent {
  const c = status.contract;
  const day = (d: DayNumber): string => formatMessageDate(d, locale, status.today);
  return {
    contractId: c.id,
    title: c.title,
    client: c.client.name,
    platform: pick(PLATFORM_LABELS[c.platform], locale),
    stage: pick(stageLabel(c.stage, c.platform), locale),
    stageId: c.stage,
    urgency: status.urgency,
    urgencyLabel: pick(URGENCY_LABELS[status.urgency], locale),
    ...(status.silentDays === undefined ? {} : { silentDays: status.silentDays }),
    ...(c.url ? { url: c.url } : {}),
    situation: situationSentence(status, locale),
    steps: status.steps.map((s) => stepOf(s, status, locale, day)),
    consequences: status.steps
      .filter((s) => 'wait' in s.step.completion && s.due !== undefined && s.state !== 'done')
      .map((s) => ({
        date: day(s.due!),
        text: pick(s.step.title, locale),
        reportedByUsers: s.step.verification === 'reportedByUsers',
      })),
    timeline: [...status.facts.entries].reverse().map((e) => ({
      date: day(e.day),
      direction: e.contact.direction,
      channel: pick(CHANNEL_LABELS[e.contact.channel], locale),
      summary: e.contact.summary ?? '',
    })),
    vetting: c.stage === 'applied' ? vetting(status, locale) : [],
    notes: (PLAYBOOK_NOTES[c.platform] ?? []).map((n) => pick(n, locale)),
  };
}

function stepOf(s: StepStatus, status: ContractStatus, locale: Locale, day: (d: DayNumber) => string): ChecklistStep {
  const entry = status.contract.checklist?.[s.step.id];
  const ticked = entry?.done === true;
  const tickedOn = ticked && typeof entry.at === 'string' ? toDay(entry.at, 0) : undefined;
  // A done step's due day is history and would only confuse; the day it was ticked is worth showing.
  // (The tick's "at" is a calendar date, so no zone applies.)
  const open = s.state !== 'done' && s.due !== undefined;
  const text = stepText(s.step.id);
  return {
    id: s.step.id,
    title: pick(s.step.title, locale),
    detail: pick(text.detail, locale),
    state: s.state,
    ...(open ? { due: day(s.due), overdue: canBeOverdue(s.step, status) && s.due < status.today } : {}),
    ...(tickedOn === undefined || s.state !== 'done' ? {} : { doneOn: day(tickedOn) }),
    // Ticked by the writer can be unticked; done by the log or by time passing cannot.
    doneBy: s.state !== 'done' ? 'none' : ticked ? 'tick' : 'record',
    optional: s.step.cap === 'ok',
    verification: s.step.verification,
    verificationLabel: pick(VERIFICATION_LABELS[s.step.verification], locale),
    sources: text.sources.map((src) =>
      src.startsWith('https://') ? { label: src.replace(/^https:\/\//, ''), url: src } : { label: src },
    ),
    actions: actionsOf(s.step, status),
  };
}

/**
 * Whether a late step is shown as overdue, as the contract's urgency would be: not a wait for
 * someone else, not a step capped below "overdue" (optional ones, decisions), and never before
 * escrow, where the client's silence risks nothing.
 */
function canBeOverdue(step: PlaybookStep, status: ContractStatus): boolean {
  return !('wait' in step.completion) && step.cap === undefined && status.situation !== 'beforeEscrow';
}

/** The buttons of a step: the message that helps, the record it asks for, the page where it is done. */
function actionsOf(step: PlaybookStep, status: ContractStatus): ChecklistAction[] {
  const actions: ChecklistAction[] = [];
  if (step.template) {
    actions.push({ kind: 'insertTemplate', templateId: step.template });
  }
  const completion = step.completion;
  if ('channel' in completion && completion.channel === 'operatorReport') {
    actions.push({ kind: 'recordOperatorReport' });
  }
  if ('channel' in completion && completion.channel === 'terminationRequest') {
    actions.push({ kind: 'recordTerminationRequest' });
  }
  if (step.id.endsWith('.markAccepted')) {
    actions.push({ kind: 'setStage', stage: 'accepted' });
  }
  if (status.contract.url && ('channel' in completion || step.id.endsWith('.report'))) {
    actions.push({ kind: 'openContractPage' });
  }
  // Whoever is asked for help next (the operator, a lawyer, the client in writing) asks first for
  // the facts in order with their dates.
  if (TIMELINE_STEPS.test(step.id) || ('channel' in completion && completion.channel === 'operatorReport')) {
    actions.push({ kind: 'exportTimeline' });
  }
  return actions;
}

/** Steps where the timeline helps: the operator report, フリーランス・トラブル110番, the formal demand. */
const TIMELINE_STEPS = /\.(report|freelance110|formalDemand)$/;

function vetting(status: ContractStatus, locale: Locale): ChecklistContent['vetting'] {
  const client = status.contract.client;
  const verified = client.identityVerified;
  const note = [client.rating === undefined ? '' : `★${client.rating}`, client.reviewNotes ?? ''].filter(Boolean).join(' · ');
  return [
    { text: pick(VETTING.reviews, locale), ...(note ? { note } : {}) },
    { text: pick(VETTING.identity, locale), ...(verified === undefined ? {} : { ok: verified }) },
    { text: pick(VETTING.ownSide, locale) },
  ];
}

const URGENCY_LABELS: Record<Urgency, Localized> = {
  ok: { en: 'On track', ja: '順調' },
  watch: { en: 'Watch', ja: '様子見' },
  act: { en: 'Act now', ja: '今すぐ対応' },
  overdue: { en: 'Overdue', ja: '期限超過' },
};

export const VERIFICATION_LABELS: Record<Verification, Localized> = {
  official: { en: 'Platform rule', ja: '公式ルール' },
  law: { en: 'Set by law', ja: '法律の定め' },
  publicInfo: { en: 'Public service, for information', ja: '公的な窓口・手続の案内' },
  reportedByUsers: { en: 'Reported by users', ja: 'ユーザーの報告' },
  etiquette: { en: 'Etiquette (our advice)', ja: 'マナー（Contract Guard の提案）' },
};

const VETTING = {
  reviews: {
    en: 'Read the review comments, not only the stars: most clients have 4.5 or more. Avoid “slow to reply”.',
    ja: '星の数ではなく評価コメントを読む（クライアントの多くは星4.5以上）。「返事が遅い」といったコメントがあれば要注意。',
  },
  identity: { en: 'The client has completed identity verification (本人確認)', ja: 'クライアントが本人確認を済ませている' },
  ownSide: {
    en: 'Your side: if you cannot make the deadline, ask for an extension; if you want out, withdraw politely. Never disappear.',
    ja: '自分も連絡を絶たない。納期に間に合いそうになければ早めに延長をお願いし、続けられなければ丁寧に辞退する。',
  },
} satisfies Record<string, Localized>;
