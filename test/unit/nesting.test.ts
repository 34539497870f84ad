import * as assert from 'node:assert/strict';
import { locateContract } from '../../src/core/locate';
import { findTooDeepNesting, MAX_NESTING } from '../../src/core/nesting';
import { parseContracts } from '../../src/core/parse';
import { EN } from './fixtures';

describe('deep nesting', () => {
  it('gives a problem, not a RangeError, for 100,000 opening brackets (regression)', () => {
    const result = parseContracts('['.repeat(100_000), EN);
    assert.equal(result.ok, false);
    assert.equal(result.problems[0]?.kind, 'nesting');
    assert.match(result.problems[0]?.message ?? '', /nested more than 100 levels/);
    assert.equal(result.problems[0]?.offset, MAX_NESTING, 'placed at the first bracket too deep');
  });

  it('catches deep nesting inside an otherwise valid file, in an unknown field', () => {
    const deep = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    const text = `{ "version": 1, "contracts": [], "extra": ${deep} }`;
    const result = parseContracts(text, EN);
    assert.equal(result.ok, false);
    assert.equal(result.problems[0]?.kind, 'nesting');
    assert.equal(result.problems[0]?.range.start.line, 0);
  });

  it('reads a file nested exactly as deep as allowed', () => {
    const inner = '['.repeat(MAX_NESTING - 1) + ']'.repeat(MAX_NESTING - 1);
    const result = parseContracts(`{ "version": 1, "contracts": [], "extra": ${inner} }`, EN);
    assert.equal(result.ok, true);
  });

  it('does not count brackets inside strings or comments', () => {
    const many = '['.repeat(500);
    const text = `// ${many}\n/* ${many} */\n{ "version": 1, "contracts": [], "note": "${many}\\"${many}" }`;
    assert.equal(findTooDeepNesting(text), undefined);
    assert.equal(parseContracts(text, EN).ok, true);
  });

  it('lets Reveal Contract give up quietly on such a file instead of throwing', () => {
    assert.equal(locateContract('{"contracts":[' + '['.repeat(50_000), 'x'), undefined);
  });
});

describe('problem places (found by the property tests)', () => {
  it('keeps an unclosed comment’s problem inside the text', () => {
    const text = '"title"\n\n/*';
    for (const p of parseContracts(text, EN).problems) {
      assert.ok(p.offset + p.length <= text.length, `${p.offset}+${p.length}`);
    }
  });
});
