import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { planArchive } from '../../src/core/archive';
import { contractSpans, parseContracts } from '../../src/core/parse';
import { STAGES, type Contract } from '../../src/core/schema';
import { JA, JST, day } from './fixtures';
import { runs } from './propertyConfig';

/** A contract as a writer may have laid it out: comments inside, one line or spread out. */
interface Written {
  readonly contract: Contract;
  readonly inline: boolean;
  readonly inside?: string;
  readonly after?: string;
  readonly before?: string;
}

const isoDay = fc
  .integer({ min: day('2023-01-01'), max: day('2026-11-24') })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

const written: fc.Arbitrary<Omit<Written, 'contract'> & { stage: Contract['stage']; at?: string }> = fc.record(
  {
    stage: fc.constantFrom(...STAGES),
    at: isoDay,
    inline: fc.boolean(),
    inside: fc.constantFrom('// メモ', '/* keep */', '/* 途中\n 改行 */'),
    after: fc.constantFrom('// 返金済み', '/* x */'),
    before: fc.constantFrom('// 以下は終わった案件', '/* 区切り */'),
  },
  { requiredKeys: ['stage', 'inline'] },
);

function render(entries: readonly Written[], unit: string, eol: string, trailing: boolean): string {
  const pad = unit.repeat(2);
  const items = entries.map((w, i) => {
    const c = w.contract;
    const comma = i < entries.length - 1 || trailing ? ',' : '';
    const fields = Object.entries(c).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    const inside = w.inside?.replace(/\n/g, eol);
    const body = w.inline
      ? `{ ${fields.join(', ')}${inside?.startsWith('/*') ? ` ${inside}` : ''} }`
      : `{${eol}${fields.map((f) => `${pad}${unit}${f}`).join(`,${eol}`)}${inside ? `${eol}${pad}${unit}${inside}` : ''}${eol}${pad}}`;
    const before = w.before ? `${pad}${w.before}${eol}` : '';
    return `${before}${pad}${body}${comma}${w.after ? ` ${w.after}` : ''}`;
  });
  return `{${eol}${unit}"version": 1,${eol}${unit}"contracts": [${eol}${items.join(eol)}${eol}${unit}]${eol}}${eol}`;
}

const file = fc.record({
  entries: fc.array(written, { maxLength: 8 }),
  unit: fc.constantFrom('  ', '    ', '\t', '   '),
  eol: fc.constantFrom('\n', '\r\n'),
  trailing: fc.boolean(),
  months: fc.constantFrom(1, 3, 6, 12),
});

describe('Archive Closed Contracts (property)', () => {
  it('keeps every contract exactly once across the files, and changes nothing outside the moved contracts', () => {
    fc.assert(
      fc.property(file, ({ entries, unit, eol, trailing, months }) => {
        const contracts: Written[] = entries.map((e, i) => ({
          ...e,
          contract: {
            id: `c-${i}`,
            title: `記事 ${i}`,
            platform: 'lancers',
            client: { name: 'A社' },
            stage: e.stage,
            ...(e.at === undefined ? {} : { stageDates: { [e.stage]: e.at } }),
          },
        }));
        const text = render(contracts, unit, eol, trailing);
        const before = parseContracts(text, JA);
        assert.ok(before.ok, text);
        const result = planArchive(
          text,
          { today: day('2026-11-24'), olderThanMonths: months, utcOffsetMinutes: JST },
          new Map(),
          JA,
        );
        assert.ok(result.ok, result.ok ? '' : result.reason);
        const { plan } = result;

        const after = parseContracts(plan.newText, JA);
        assert.ok(after.ok);
        const archived = plan.files.flatMap((f) => {
          const parsed = parseContracts(f.text, JA);
          assert.ok(parsed.ok, f.text);
          return parsed.file.contracts;
        });
        const byId = (list: readonly Contract[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
        assert.deepEqual(byId([...after.file.contracts, ...archived]), byId(before.file.contracts));
        assert.equal(archived.length, plan.moved.length);

        // Outside the moved contracts only white space, commas and the comments that went along are deleted.
        const spans = contractSpans(text, JA)!;
        const movedTexts = plan.moved.map((m) =>
          text.slice(spans[m.index]!.offset, spans[m.index]!.offset + spans[m.index]!.length),
        );
        for (const edit of plan.edits) {
          assert.equal(edit.content, '');
          let removed = text.slice(edit.offset, edit.offset + edit.length);
          for (const moved of movedTexts) {
            removed = removed.split(moved).join('');
          }
          const comments = removed.match(/\/\/[^\r\n]*|\/\*[\s\S]*?\*\//g) ?? [];
          for (const comment of comments) {
            assert.ok(
              plan.files.some((f) => f.text.includes(comment)),
              `deleted comment ${comment} went to an archive`,
            );
          }
          assert.match(removed.replace(/\/\/[^\r\n]*|\/\*[\s\S]*?\*\//g, ''), /^[\s,]*$/);
        }
        // Each moved contract's text arrives verbatim in the file of its year.
        plan.moved.forEach((m, i) => {
          assert.ok(plan.files.find((f) => f.year === m.year)!.text.includes(movedTexts[i]!));
        });
      }),
      runs(150),
    );
  });
});
