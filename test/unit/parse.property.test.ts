import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseContracts } from '../../src/core/parse';
import { EN, HAND_EDITED } from './fixtures';
import { runs } from './propertyConfig';

const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '/',
  '*',
  '//',
  '/*',
  '*/',
  '\\',
  '\\"',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  '1',
  '-',
  '0.5e',
  '1e400',
  'true',
  'null',
  '"version"',
  '"contracts"',
  '"__proto__"',
  '"id"',
  '"title"',
  '\uFEFF',
  '\u2028',
  '\u0000',
  '$(alert)',
  '"\\ud800"',
  '"2026-02-30"',
];

/** Text that looks like JSON often enough to reach deep into the parser. */
const jsonish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((t) => t.join(''));

/** A real contracts file with a few characters inserted, removed or replaced. */
const mutated = fc
  .array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3, unit: 'binary' })), { minLength: 1, maxLength: 8 })
  .map((cuts) => {
    let text = HAND_EDITED;
    for (const [at, remove, insert] of cuts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return text;
  });

function checkResult(text: string): void {
  const result = parseContracts(text, EN);
  for (const p of result.problems) {
    assert.ok(p.offset >= 0 && p.offset + p.length <= text.length, `problem inside the text: ${p.offset}+${p.length}`);
    assert.ok(p.message.length > 0);
  }
  if (result.ok) {
    assert.deepEqual(
      result.problems.filter((p) => p.severity === 'error'),
      [],
    );
  } else {
    assert.ok(
      result.problems.some((p) => p.severity === 'error'),
      'a refused file says why',
    );
  }
}

describe('the parser on any text (property)', () => {
  it('returns a model or problems, never throws, for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), checkResult), runs(300));
  });

  it('returns a model or problems for JSON-like token soup', () => {
    fc.assert(fc.property(jsonish, checkResult), runs(500));
  });

  it('returns a model or problems for a real file with random damage', () => {
    fc.assert(fc.property(mutated, checkResult), runs(500));
  });

  it('returns for 1 MB inputs of deep nesting, brackets mixed with strings and comments', () => {
    const unit = fc.constantFrom('[', '{"a":', '[{"b":[', '"[[[[",', '/*[[*/', '[//[[\n');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 4 }), fc.boolean(), (units, close) => {
        const chunk = units.join('');
        let text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
        if (close) {
          text += ']}'.repeat(1000);
        }
        checkResult(text.slice(0, 1_048_576));
      }),
      runs(12),
    );
  });
});
