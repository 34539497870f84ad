import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { contractSpans, isValidContractText, parseContracts } from '../../src/core/parse';
import { ContractsReader } from '../../src/core/reader';
import { computeEdit } from '../../src/core/edit/intents';
import { EN, HAND_EDITED } from './fixtures';
import { runs } from './propertyConfig';

/**
 * A read reuses what the read before it validated (contract by contract, by source text), and an
 * edit checks only the contract it touched. Neither may ever change an answer: whatever the history,
 * each version of the file must read exactly as it reads the first time.
 */

const STAGE_VALUES = ['applied', 'escrowFunded', 'delivered', 'cancelled', 'paid', ''];
const TITLES = ['', 'x', '新しい題名', '"quoted"', 'SEO記事 5本（不動産投資）'];
const TOKENS = ['{', '}', ',', '"', ':', '//', '/*', '[', ']', '\n', '"id": "cw-2026-001",'];
const IDS = ['cw-2026-001', 'lancers-0042', 'new-1'];
// Dates that put a stage before an earlier one or a deadline before the contract: date warnings.
const DATES = ['2026-11-01', '2026-11-30', '2025-01-01', '2026-11-16T23:00:00+09:00'];

/** One change a writer (or a slip of the hand) makes to the text. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('stage' as const), nth: fc.nat(3), value: fc.constantFrom(...STAGE_VALUES) }),
  fc.record({ kind: fc.constant('title' as const), nth: fc.nat(3), value: fc.constantFrom(...TITLES) }),
  fc.record({
    kind: fc.constant('token' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    value: fc.constantFrom(...TOKENS),
  }),
  fc.record({ kind: fc.constant('id' as const), nth: fc.nat(3), value: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('date' as const), nth: fc.nat(8), value: fc.constantFrom(...DATES) }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function replaceNth(text: string, pattern: RegExp, nth: number, replacement: string): string {
  const matches = [...text.matchAll(pattern)];
  const m = matches.length === 0 ? undefined : matches[nth % matches.length];
  return m?.index === undefined ? text : text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
}

function apply(text: string, c: Change): string {
  switch (c.kind) {
    case 'stage':
      return replaceNth(text, /"stage":\s*"[^"]*"/g, c.nth, `"stage": ${JSON.stringify(c.value)}`);
    case 'title':
      return replaceNth(text, /"title":\s*"[^"]*"/g, c.nth, `"title": ${JSON.stringify(c.value)}`);
    case 'id':
      return replaceNth(text, /"id":\s*"[^"]*"/g, c.nth, `"id": ${JSON.stringify(c.value)}`);
    case 'date':
      return replaceNth(text, /"\d{4}-\d\d-\d\d(T[^"]*)?"/g, c.nth, JSON.stringify(c.value));
    case 'token': {
      const at = Math.floor(c.at * text.length);
      return text.slice(0, at) + c.value + text.slice(at);
    }
  }
}

/** Edits a writer asks for, on the fixture's contracts (and a step id that is not a plain name). */
const intents = fc.oneof(
  fc.record({
    kind: fc.constant('setStage' as const),
    contractId: fc.constantFrom('cw-2026-001', 'lancers-0042'),
    stage: fc.constantFrom('applied' as const, 'delivered' as const, 'cancelled' as const),
    at: fc.constantFrom('2026-11-24', '2026-11-24T10:00:00+09:00'),
  }),
  fc.record({
    kind: fc.constant('setChecklistStep' as const),
    contractId: fc.constantFrom('cw-2026-001', 'lancers-0042'),
    stepId: fc.constantFrom('report', 'terminate', '__x'),
    done: fc.boolean(),
    at: fc.constant('2026-11-24'),
  }),
);

describe('reading again after a change (property)', () => {
  it('reads every version of a file exactly as a first read does, whatever was read before', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
        const versions = [HAND_EDITED];
        for (const c of changes) {
          versions.push(apply(versions[versions.length - 1]!, c));
        }
        const reader = new ContractsReader(); // as a store reads its file after each change
        const inTurn = versions.map((v) => reader.read(v, EN));
        versions.forEach((version, i) => {
          assert.deepEqual(inTurn[i], parseContracts(version, EN), `version ${i}`);
        });
      }),
      runs(300),
    );
  });

  it('reads an edit’s result from the edit alone exactly as a first read does', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 3 }), intents, fc.boolean(), (changes, intent, readBefore) => {
        const text = changes.reduce(apply, HAND_EDITED);
        const reader = new ContractsReader();
        if (readBefore) {
          reader.read(text, EN); // as the store does: the text the edit starts from was just shown
        }
        const result = computeEdit(text, intent, EN);
        if (result.ok) {
          assert.deepEqual(reader.readEdited(text, result.edits, result.newText, EN), parseContracts(result.newText, EN));
          assert.deepEqual(reader.spans(result.newText, EN), contractSpans(result.newText, EN), 'where each contract stands');
          // …and what it keeps serves the next read as a first read would.
          const next = apply(result.newText, { kind: 'title', nth: 0, value: '次の版' });
          assert.deepEqual(reader.read(next, EN), parseContracts(next, EN));
        }
      }),
      runs(300),
    );
  });

  it('accepts an edit only when the whole file, read afresh, is still valid', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 3 }), intents, (changes, intent) => {
        const text = changes.reduce(apply, HAND_EDITED);
        const result = computeEdit(text, intent, EN);
        if (result.ok) {
          assert.ok(parseContracts(result.newText, EN).ok, 'an accepted edit leaves a valid file');
        } else {
          const before = parseContracts(text, EN);
          assert.ok(
            !before.ok || !before.file.contracts.some((c) => c.id === intent.contractId),
            `refused only because the file was already invalid, or holds no such contract: ${result.reason}`,
          );
        }
      }),
      runs(300),
    );
  });
});

describe('the one-contract check an edit relies on', () => {
  const valid = `{
    "id": "cw-1", // コメント
    "title": "記事", "platform": "crowdworks", "client": { "name": "A" }, "stage": "delivered",
    "contacts": [ { "at": "2026-11-20", "direction": "sent", "channel": "platformMessage", "summary": "納品しました" }, ],
  }`;

  it('accepts one valid contract with comments and trailing commas', () => {
    assert.equal(isValidContractText(valid), true);
  });

  it('refuses what would break the file or the schema', () => {
    const broken = [
      valid.replace('"stage": "delivered"', '"stage": "paid"'),
      valid.replace('"title": "記事",', '"title": "記事", "title": "二重",'),
      valid.replace('"title": "記事",', '"title": "記事", "__proto__": {},'),
      valid.replace('"summary": "納品しました" }', '"summary": "納品しました"'),
      valid.replace('"at": "2026-11-20"', '"at": "2026-02-30"'),
      `${valid} {}`,
      `${valid},`,
      valid.slice(0, -1),
      `[${valid}]`,
      `${'['.repeat(120)}${']'.repeat(120)}`,
    ];
    for (const text of broken) {
      assert.equal(isValidContractText(text), false, text);
    }
  });
});
