import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { dayToIso } from '../../src/core/dates';
import { mergeTexts, type MergeTexts, type Resolutions } from '../../src/core/merge';
import { canonical } from '../../src/core/merge/values';
import { CHANNELS, STAGES, type Contact, type Contract, type ContractsFile } from '../../src/core/schema';
import { JA } from './fixtures';
import { read } from './mergeFixtures';
import { runs } from './propertyConfig';

const isoDay = fc.integer({ min: 20_400, max: 20_500 }).map(dayToIso);
const contact: fc.Arbitrary<Contact> = fc.record(
  {
    at: isoDay,
    direction: fc.constantFrom('sent' as const, 'received' as const),
    channel: fc.constantFrom(...CHANNELS),
    summary: fc.constantFrom('催促', 'ご確認ください', '返信ありがとうございます', 'x'),
  },
  { requiredKeys: ['at', 'direction', 'channel'] },
);
const unknown = fc.dictionary(fc.constantFrom('x-tag', 'メモ', 'legacy'), fc.oneof(fc.integer(), fc.string({ maxLength: 6 })), {
  maxKeys: 2,
});
const contractOf = (id: string): fc.Arbitrary<Contract> =>
  fc
    .record({
      title: fc.constantFrom('SEO記事', '取材記事', 'LP制作'),
      stage: fc.constantFrom(...STAGES),
      contacts: fc.array(contact, { maxLength: 3 }),
    })
    .chain((c) =>
      unknown.map((extra) => ({ id, platform: 'crowdworks' as const, client: { name: '株式会社サンプル' }, ...c, ...extra })),
    );

/** A change one machine made before the files met again. */
const change = (ids: readonly string[]): fc.Arbitrary<(f: ContractsFile) => void> =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...ids), contact).map(([id, c]) => (f: ContractsFile) => {
      const target = f.contracts.find((x) => x.id === id);
      if (target) target.contacts = [...(target.contacts ?? []), c];
    }),
    fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...STAGES)).map(([id, stage]) => (f: ContractsFile) => {
      const target = f.contracts.find((x) => x.id === id);
      if (target) target.stage = stage;
    }),
    fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 0, max: 9 })).map(([id, n]) => (f: ContractsFile) => {
      const target = f.contracts.find((x) => x.id === id) as Record<string, unknown> | undefined;
      if (target) target[`x-${n}`] = n;
    }),
    fc.constantFrom(...ids).map((id) => (f: ContractsFile) => {
      f.contracts = f.contracts.filter((x) => x.id !== id);
    }),
    fc.tuple(fc.integer({ min: 1, max: 3 }), contractOf('new')).map(([n, c]) => (f: ContractsFile) => {
      if (!f.contracts.some((x) => x.id === `new-${n}`)) f.contracts.push({ ...c, id: `new-${n}` });
    }),
  );

const scenario = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => contractOf(`c-${i + 1}`))))
  .map((contracts): ContractsFile => ({ version: 1, contracts }))
  .chain((base) => {
    const ids = base.contracts.map((c) => c.id);
    return fc.record({
      base: fc.constant(base),
      a: fc.array(change(ids), { maxLength: 4 }),
      b: fc.array(change(ids), { maxLength: 4 }),
      indentA: fc.constantFrom(2, 4, '\t'),
      indentB: fc.constantFrom(2, 4, '\t'),
      withBase: fc.boolean(),
    });
  })
  .map((s) => {
    const apply = (changes: readonly ((f: ContractsFile) => void)[]): ContractsFile => {
      const f = structuredClone(s.base);
      changes.forEach((c) => c(f));
      return f;
    };
    return { base: s.base, a: apply(s.a), b: apply(s.b), indentA: s.indentA, indentB: s.indentB, withBase: s.withBase };
  });

/** Merges with every conflict answered by `side` (the merge asks; this test answers). */
function mergeAnswering(texts: MergeTexts, side: 'ours' | 'theirs'): string {
  let result = mergeTexts(texts, JA);
  if (result.kind === 'conflicts') {
    const answers: Resolutions = Object.fromEntries(result.conflicts.map((c) => [c.key, side]));
    result = mergeTexts(texts, JA, answers);
  }
  assert.equal(result.kind, 'merged', JSON.stringify(result).slice(0, 600));
  return result.kind === 'merged' ? result.newText : '';
}

/** Each contract's contacts as a sorted list of their texts: what must be the same whichever side is "ours". */
function contactsById(file: ContractsFile): Record<string, string[]> {
  return Object.fromEntries(file.contracts.map((c) => [c.id, (c.contacts ?? []).map(canonical).sort()]));
}

describe('merging two versions (property)', function () {
  // Hundreds of merges each: a loaded machine may need more than mocha's two seconds (no timing is asserted).
  this.timeout(60_000);

  it('merging a file with itself changes nothing', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const text = JSON.stringify(s.a, null, s.indentA);
        const result = mergeTexts({ ours: text, theirs: JSON.stringify(s.a, null, s.indentB), base: text }, JA);
        assert.equal(result.kind, 'merged');
        assert.equal(result.kind === 'merged' && result.edits.length, 0);
      }),
      runs(100),
    );
  });

  it('merge(A, B) and merge(B, A) hold the same contracts and contacts, and lose no contact of either', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = JSON.stringify(s.a, null, s.indentA);
        const b = JSON.stringify(s.b, null, s.indentB);
        const base = s.withBase ? { base: JSON.stringify(s.base, null, 2) } : {};
        // The same answer to every question on both runs: "keep" for a removal asked about either way.
        const ab = read(mergeAnswering({ ours: a, theirs: b, ...base }, 'ours'));
        const ba = read(mergeAnswering({ ours: b, theirs: a, ...base }, 'theirs'));
        const abIds = ab.contracts.map((c) => c.id).sort();
        assert.deepEqual(abIds, ba.contracts.map((c) => c.id).sort());
        assert.deepEqual(contactsById(ab), contactsById(ba));
        const merged = contactsById(ab);
        for (const side of [s.a, s.b]) {
          for (const contract of side.contracts) {
            if (!merged[contract.id]) continue; // removed by the merge's rules (checked in the example tests)
            for (const c of contract.contacts ?? []) {
              assert.ok(merged[contract.id]!.includes(canonical(c)), `lost ${canonical(c)}`);
            }
          }
        }
      }),
      runs(100),
    );
  });

  it('no contact present on either side is missing, without a common version', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const merged = contactsById(
          read(mergeAnswering({ ours: JSON.stringify(s.a), theirs: JSON.stringify(s.b, null, 2) }, 'theirs')),
        );
        for (const side of [s.a, s.b]) {
          for (const contract of side.contracts) {
            for (const c of contract.contacts ?? []) {
              assert.ok(merged[contract.id]?.includes(canonical(c)), `lost ${canonical(c)} of ${contract.id}`);
            }
          }
        }
      }),
      runs(100),
    );
  });

  it('fields it does not know survive from either side', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const out = read(mergeAnswering({ ours: JSON.stringify(s.a, null, 2), theirs: JSON.stringify(s.b, null, 2) }, 'ours'));
        for (const side of [s.a, s.b]) {
          for (const contract of side.contracts) {
            const result = out.contracts.find((c) => c.id === contract.id) as Record<string, unknown> | undefined;
            for (const key of Object.keys(contract).filter((k) => k.startsWith('x-') || k === 'メモ' || k === 'legacy')) {
              assert.ok(result && key in result, `lost ${key} of ${contract.id}`);
            }
          }
        }
      }),
      runs(100),
    );
  });
});
