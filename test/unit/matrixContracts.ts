import { PLAYBOOKS } from '../../src/core/playbooks';
import { situationOf } from '../../src/core/playbooks/types';
import { PLATFORMS, STAGES, type Contact, type Contract, type Platform, type Stage } from '../../src/core/schema';
import { received, sent } from './fixtures';

/**
 * The fixed contracts the template matrix and the golden renders are written for: one per platform
 * and stage, as the playbook would have left it on the fixtures' Tuesday (24 November 2026). The
 * client wrote last on 4 November; two of our messages since are unanswered; where the platform's
 * steps at that stage include a report to the operator, it was made on 16 November. Off a platform,
 * once the work is delivered, the writer invoiced on 13 November for payment by 20 November, and
 * nothing has been paid.
 */
export function matrixContract(platform: Platform, stage: Stage, full = true): Contract {
  const order = STAGES.indexOf(stage);
  const dates: Partial<Record<Stage, string>> = {
    applied: '2026-10-26',
    contracted: '2026-10-28',
    escrowFunded: '2026-10-30',
    delivered: '2026-11-13T17:00:00+09:00',
    accepted: '2026-11-20',
  };
  const stageDates = Object.fromEntries(STAGES.filter((s, i) => i <= order && dates[s] !== undefined).map((s) => [s, dates[s]]));
  const contacts: Contact[] = [received('2026-11-04T10:00:00+09:00'), sent('2026-11-09T18:00:00+09:00')];
  if (full) {
    contacts.push(sent('2026-11-12T10:00:00+09:00'));
    if (reportsToOperator(platform, stage)) {
      contacts.push(sent('2026-11-16T10:00:00+09:00', 'operatorReport'));
    }
  }
  return {
    id: `${platform}-${stage}`,
    title: 'SEO記事 3本（美容）',
    platform,
    client: { name: '株式会社サンプル' },
    stage,
    ...(full ? { deadline: '2026-12-04', url: `https://example.com/${platform}/contracts/1`, stageDates } : {}),
    ...(full && invoiced(platform, stage) ? { amount: 60000, currency: 'JPY', invoice: { date: '2026-11-13', paymentDate: '2026-11-20' } } : {}),
    contacts,
  };
}

/** Whether the writer has invoiced: off a platform, once the work is delivered. */
function invoiced(platform: Platform, stage: Stage): boolean {
  return (platform === 'direct' || platform === 'other') && (stage === 'delivered' || stage === 'accepted');
}

/** Whether this platform's steps at this stage include a report to its operator. */
function reportsToOperator(platform: Platform, stage: Stage): boolean {
  const situation = situationOf(stage);
  const steps = situation === undefined ? [] : (PLAYBOOKS[platform].situations[situation] ?? []);
  return steps.some((s) => 'channel' in s.completion && s.completion.channel === 'operatorReport');
}

export const MATRIX: readonly { readonly platform: Platform; readonly stage: Stage }[] = PLATFORMS.flatMap((platform) =>
  STAGES.map((stage) => ({ platform, stage })),
);
