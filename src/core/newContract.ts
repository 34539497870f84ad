import { dayToIso, type DayNumber } from './dates';
import type { Contract, Platform, Stage } from './schema';

const ID_PREFIX: Record<Platform, string> = {
  crowdworks: 'cw',
  lancers: 'lc',
  coconala: 'cn',
  upwork: 'uw',
  fiverr: 'fv',
  direct: 'dr',
  other: 'ot',
};

/** A readable id such as "cw-2026-004", one past the highest of that platform and year. */
export function nextContractId(existingIds: readonly string[], platform: Platform, today: DayNumber): string {
  const year = dayToIso(today).slice(0, 4);
  const prefix = `${ID_PREFIX[platform]}-${year}-`;
  let highest = 0;
  for (const id of existingIds) {
    if (id.startsWith(prefix)) {
      const n = Number(id.slice(prefix.length));
      if (Number.isInteger(n) && n > highest) {
        highest = n;
      }
    }
  }
  let candidate = highest + 1;
  while (existingIds.includes(`${prefix}${String(candidate).padStart(3, '0')}`)) {
    candidate++;
  }
  return `${prefix}${String(candidate).padStart(3, '0')}`;
}

export interface NewContractInput {
  readonly title: string;
  readonly platform: Platform;
  readonly clientName: string;
  readonly stage: Stage;
  readonly deadline?: string;
}

/** The entry "Add Contract" appends: only what the writer gave, plus the id and today's stage date. */
export function newContract(input: NewContractInput, existingIds: readonly string[], today: DayNumber): Contract {
  const contract: Contract = {
    id: nextContractId(existingIds, input.platform, today),
    title: input.title,
    platform: input.platform,
    client: { name: input.clientName },
    stage: input.stage,
    stageDates: { [input.stage]: dayToIso(today) },
    contacts: [],
  };
  if (input.deadline) {
    contract.deadline = input.deadline;
  }
  return contract;
}
