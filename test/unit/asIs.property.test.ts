import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkContract } from '../../src/core/contractCache';
import { parseContracts } from '../../src/core/parse';
import { schemas } from '../../src/core/schema';
import { EN, HAND_EDITED } from './fixtures';
import { runs } from './propertyConfig';

/**
 * A read keeps JSON.parse's values when the schema would take them as they are (asIs.ts), instead of
 * zod's copies. That is only right if "as is" never says yes where zod says no, or where zod would
 * hand back something else: the writer would see a contract the format refuses, or one that differs
 * from what a full check gives.
 */

const FULL = {
  id: 'cw-1',
  title: '記事 5本',
  platform: 'crowdworks',
  client: {
    name: '株式会社ミライ企画',
    profileUrl: 'https://crowdworks.jp/public/employers/1',
    identityVerified: true,
    rating: 4.5,
    kind: 'withStaff',
  },
  stage: 'escrowFunded',
  amount: 25000,
  currency: 'JPY',
  deadline: '2026-12-03',
  url: 'https://crowdworks.jp/contracts/1',
  stageDates: { contracted: '2026-11-01', escrowFunded: '2026-11-02T10:00:00+09:00' },
  contacts: [
    { at: '2026-11-09T10:00:00+09:00', direction: 'sent', channel: 'platformMessage', summary: '構成案', expectsReply: true },
    { at: '2026-11-10', direction: 'received', channel: 'email' },
  ],
  checklist: { report: { done: true, at: '2026-11-20' } },
  invoice: {
    date: '2026-11-30',
    paymentDate: '2026-12-31',
    amount: 27500,
    number: 'INV-1',
    payments: [{ at: '2026-12-01', amount: 1000 }],
  },
  notes: 'メモ',
  myOwnField: { kept: [1, 2] },
};

const PATHS: readonly (readonly (string | number)[])[] = [
  ['id'],
  ['title'],
  ['platform'],
  ['stage'],
  ['amount'],
  ['currency'],
  ['deadline'],
  ['url'],
  ['notes'],
  ['myOwnField'],
  ['client'],
  ['client', 'name'],
  ['client', 'profileUrl'],
  ['client', 'identityVerified'],
  ['client', 'rating'],
  ['client', 'kind'],
  ['stageDates'],
  ['stageDates', 'contracted'],
  ['stageDates', 'cancelled'],
  ['contacts'],
  ['contacts', 0],
  ['contacts', 0, 'at'],
  ['contacts', 0, 'direction'],
  ['contacts', 1, 'channel'],
  ['contacts', 1, 'expectsReply'],
  ['checklist'],
  ['checklist', 'report'],
  ['checklist', 'report', 'done'],
  ['checklist', 'other'],
  ['invoice'],
  ['invoice', 'paymentDate'],
  ['invoice', 'amount'],
  ['invoice', 'payments', 0, 'amount'],
  ['invoice', 'payments', 0, 'at'],
];

// Values near the edges of what the format takes: dates that are not days, URLs zod would trim or refuse, bounds.
const EDGES = [
  '2026-02-29',
  '2028-02-29',
  '2026-12-03T24:00:00+09:00',
  '2026-12-03T10:00',
  '2026-12-03T10:00:00.5Z',
  '0099-01-01',
  '2026-1-3',
  ' https://example.com ',
  'https://example.com',
  'ftp://example.com',
  'not a url',
  '',
  ' ',
  'JPY',
  'jpy',
  'JPYY',
  'crowdworks',
  'cancelled',
  'withStaff',
  'sent',
  'operatorReport',
  0,
  -0,
  -1,
  5,
  5.0001,
  1e308,
  true,
  false,
  null,
  [],
  {},
];

/** `value` with `path` set to `to` (or removed, for undefined), as text read by JSON.parse would be. */
function changed(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) {
      return copy;
    }
    at = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (to === undefined) {
    delete at[last];
  } else {
    at[last] = to;
  }
  return JSON.parse(JSON.stringify(copy));
}

describe('"as is": the fast answer derived from the contract schema (property)', () => {
  it('says yes only where zod takes the value and hands back the same', () => {
    const { contractSchema, contractAsIs } = schemas();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.constantFrom(...PATHS),
            to: fc.oneof(fc.constantFrom(...EDGES, undefined), fc.jsonValue({ maxDepth: 2 })),
          }),
          { maxLength: 3 },
        ),
        (changes) => {
          let value: unknown = FULL;
          for (const { path, to } of changes) {
            value = changed(value, path, to);
          }
          const zod = contractSchema.safeParse(value);
          if (contractAsIs(value)) {
            assert.ok(zod.success, 'zod refuses what "as is" took');
            assert.deepEqual(zod.data, value);
          }
          // What a read hands back is zod's answer either way.
          assert.deepEqual(checkContract(value), zod.success ? zod.data : undefined);
        },
      ),
      runs(500),
    );
  });

  it('takes a whole valid contract as it is, so a read does not copy it', () => {
    assert.equal(schemas().contractAsIs(JSON.parse(JSON.stringify(FULL))), true);
    const parsed = parseContracts(HAND_EDITED, EN);
    assert.ok(parsed.ok);
    for (const contract of parsed.file.contracts) {
      assert.equal(schemas().contractAsIs(contract), true, contract.id);
    }
  });

  it('leaves to zod what zod would change or refuse', () => {
    const { contractAsIs } = schemas();
    const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
    assert.equal(contractAsIs(json({ ...FULL, url: ' https://example.com ' })), false, 'zod trims a URL');
    assert.equal(contractAsIs(json({ ...FULL, deadline: '2026-02-30' })), false, 'not a day');
    assert.equal(contractAsIs(JSON.parse('{"__proto__": {"x": 1}, "id": "a"}')), false, 'a __proto__ key');
    assert.equal(contractAsIs(Object.assign(Object.create(null) as object, json(FULL))), false, 'an object without a prototype');
  });
});
