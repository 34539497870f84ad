import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ISO_DATE_PATTERN } from '../../src/core/dates';
import { readIsoFields } from '../../src/core/isoText';
import { runs } from './propertyConfig';

/** The date reader reads exactly the texts the shipped JSON Schema's pattern accepts, and the same fields. */
describe('reading a written date (property)', () => {
  const pattern = new RegExp(ISO_DATE_PATTERN);
  const piece = fc.constantFrom('2026', '-', '11', '24', 'T', '09', ':', '00', '.5', '123', 'Z', '+', '+09:00', '-05:30', '1', 'x', ' ', '０');
  const near = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const written = fc.oneof(near, fc.constantFrom('2026-11-24', '2026-11-24T09:00', '2026-11-24T09:00:05.25Z', '2026-11-24T09:00:00+09:00', '2026-11-24T09:00:00-05:30'));

  it('agrees with ISO_DATE_PATTERN on what is a date, and on its fields', () => {
    fc.assert(
      fc.property(written, (text) => {
        const m = pattern.exec(text);
        const fields = readIsoFields(text);
        assert.equal(fields !== undefined, m !== null, text);
        if (m && fields) {
          assert.deepEqual([fields.year, fields.month, fields.day], [Number(m[1]), Number(m[2]), Number(m[3])]);
          assert.equal(fields.hour, m[4] === undefined ? undefined : Number(m[4]));
          assert.equal(fields.minute, m[5] === undefined ? undefined : Number(m[5]));
          if (m[4] !== undefined) assert.equal(fields.second, Number(m[6] ?? '0'));
          const zone = m[7] === undefined ? undefined : m[7] === 'Z' ? 0 : (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(4, 6)));
          assert.equal(fields.zone, zone);
        }
      }),
      runs(2000),
    );
  });
});
