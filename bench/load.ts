import { groupStatuses, parseContracts, type Contract, type ContractsReader, type ContractStatus, type StatusCache } from '../src/core';

/** The writer's settings and moment every measurement uses. */
export const OPTIONS = { locale: 'ja' as const, utcOffsetMinutes: 540 };
export const NOW = Date.parse('2026-11-24T10:00:00+09:00');

/**
 * A first read, figure 1 as the issue defines it: text → validated contracts, nothing kept from an
 * earlier read. Statuses are not part of it (load() below adds them, for the figure that reports both).
 */
export function firstRead(text: string): readonly Contract[] {
  const parsed = parseContracts(text, OPTIONS);
  if (!parsed.ok) {
    throw new Error(`the generated file does not parse: ${parsed.problems[0]?.message ?? ''}`);
  }
  return parsed.file.contracts;
}

/**
 * What the extension does with a text: read it, derive every status (reusing what it can), group.
 * Without a reader, a first read; with one, as a store reads its file again after a change.
 */
export function load(text: string, cache: StatusCache, reader?: ContractsReader): readonly ContractStatus[] {
  const parsed = reader ? reader.read(text, OPTIONS) : parseContracts(text, OPTIONS);
  if (!parsed.ok) {
    throw new Error(`the generated file does not parse: ${parsed.problems[0]?.message ?? ''}`);
  }
  const statuses = parsed.file.contracts.map((c) => cache.derive(c, NOW, OPTIONS));
  groupStatuses(statuses, 'urgency');
  return statuses;
}
