import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { lazyLines, problemMaker, readContracts, readContractsFully } from '../../src/core/parse';
import { readPlain } from '../../src/core/plainRead';
import { COMPACT_FILE, EN, HAND_EDITED, TAB_FILE, toCrlf } from './fixtures';
import { runs } from './propertyConfig';

/**
 * A valid file is read in one scan and JSON.parse (plainRead.ts); everything else by the full reader,
 * which builds a syntax tree. Whatever the text, the answer must be the full reader's: the same values,
 * the same problems at the same places, the same contract places.
 */

// Fragments that JSON and JSONC read differently, or that the scan must not take for what they are not.
const FRAGMENTS = [
  '// note\n',
  '/* note */',
  '/* open',
  ',',
  ',,',
  '[,]',
  '{,}',
  '"__proto__": 1,',
  '"\\u0069d": "x",',
  '"id": "dup",',
  '"extra": { "a": 1, "a": 2 },',
  '"n": -0,',
  '"n": 1e400,',
  '"t": true,',
  '\u00a0',
  '\ufeff',
  '\t',
  '"',
  ':',
  '[',
  ']',
  '{',
  '}',
  '\n',
  '"s": "a\\"b // not a comment",',
  '"deep": [[[[[[[[[[[[]]]]]]]]]]]],',
];

const BASES = [HAND_EDITED, TAB_FILE, COMPACT_FILE, toCrlf(HAND_EDITED)];

describe('the one-pass read of a valid file (property)', () => {
  it('reads every text exactly as the full reader does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), fragment: fc.constantFrom(...FRAGMENTS) }), { maxLength: 3 }),
        (base, inserts) => {
          let text = base;
          for (const { at, fragment } of inserts) {
            const i = Math.floor(at * text.length);
            text = text.slice(0, i) + fragment + text.slice(i);
          }
          assert.deepEqual(readContracts(text, EN), readContractsFully(text, EN));
        },
      ),
      runs(300),
    );
  });

  it('reads the hand-edited fixtures, with their comments and trailing commas, without the syntax tree', () => {
    for (const text of BASES) {
      const full = readContractsFully(text, EN);
      assert.equal(full.result.ok, true);
      const lines = lazyLines(text);
      assert.ok(readPlain(text, EN, problemMaker(text, EN.locale, lines)), 'read in one pass');
      assert.deepEqual(readContracts(text, EN), full);
    }
  });
});
