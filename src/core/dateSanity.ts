import { toDay } from './dates';
import type { Localized } from './i18n';
import type { JsonPath } from './problems';
import { STAGE_ORDER, type ContractsFile, type Stage } from './schema';
import { dateBefore } from './parseMessages';

export interface DateProblem {
  readonly path: JsonPath;
  readonly message: Localized;
}

/**
 * Dates that parse but cannot be true: a stage entered before an earlier one, or a deadline before
 * the contract. Compared by calendar day, so a plain date and a time on the same day never clash.
 */
export function findDateProblems(file: ContractsFile, utcOffsetMinutes: number): DateProblem[] {
  const found: DateProblem[] = [];
  file.contracts.forEach((contract, index) => {
    const dates = contract.stageDates ?? {};
    let latest: { stage: Stage; day: number; text: string } | undefined;
    for (const stage of STAGE_ORDER) {
      const text = dates[stage];
      const day = text === undefined ? undefined : toDay(text, utcOffsetMinutes);
      if (text === undefined || day === undefined) {
        continue;
      }
      if (latest && day < latest.day) {
        found.push({
          path: ['contracts', index, 'stageDates', stage],
          message: dateBefore(`stageDates.${stage}`, text, `stageDates.${latest.stage}`, latest.text),
        });
      } else {
        latest = { stage, day, text };
      }
    }
    const contracted = dates.contracted ?? dates.escrowFunded;
    if (contract.deadline !== undefined && contracted !== undefined) {
      const deadlineDay = toDay(contract.deadline, utcOffsetMinutes);
      const contractDay = toDay(contracted, utcOffsetMinutes);
      if (deadlineDay !== undefined && contractDay !== undefined && deadlineDay < contractDay) {
        const which = dates.contracted !== undefined ? 'stageDates.contracted' : 'stageDates.escrowFunded';
        found.push({
          path: ['contracts', index, 'deadline'],
          message: dateBefore('deadline', contract.deadline, which, contracted),
        });
      }
    }
  });
  return found;
}
