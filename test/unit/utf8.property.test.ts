import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { firstInvalidUtf8, lineOfByte } from '../../src/core/utf8';
import { runs } from './propertyConfig';

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array): boolean => {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false; // the answer this helper exists to give, not an error to report
  }
};

/** Bytes that are mostly UTF-8 with a few bytes changed, so both answers come up often. */
const nearlyUtf8 = fc
  .tuple(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 2 }),
  )
  .map(([text, flips]) => {
    const bytes = new TextEncoder().encode(text);
    for (const [at, value] of flips) {
      if (bytes.length > 0) {
        bytes[at % bytes.length] = value;
      }
    }
    return bytes;
  });

describe('UTF-8 check of the file’s bytes (property)', () => {
  it('agrees with a strict UTF-8 decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), nearlyUtf8), (bytes) => {
        const bad = firstInvalidUtf8(bytes);
        assert.equal(bad < 0, decodes(bytes));
        if (bad >= 0) {
          assert.ok(decodes(bytes.subarray(0, bad)), 'everything before the reported byte is fine');
        }
      }),
      runs(1000),
    );
  });

  it('names the line of the first bad byte', () => {
    const bytes = new Uint8Array([0x7b, 0x0a, 0x20, 0x0a, 0x22, 0x82, 0xa0, 0x22]);
    assert.equal(firstInvalidUtf8(bytes), 5);
    assert.equal(lineOfByte(bytes, 5), 3);
  });
});
