import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TitleOrder } from '../../src/core/titleOrder';
import { runs } from './propertyConfig';

/**
 * The title order is kept between refreshes and patched; whatever the history of title sets, it must
 * order titles exactly as comparing them with a collator does (equal titles, such as the same text in
 * two Unicode forms, tie).
 */
const collator = new Intl.Collator();
const TITLES = ['SEO記事', 'ＳＥＯ記事', 'seo記事', 'がぎ', 'が\u3099ぎ', 'Landing page', 'landing page', '記事 2本', '記事 10本', 'é', 'e\u0301', ''];
const title = fc.oneof(fc.constantFrom(...TITLES), fc.string({ maxLength: 4 }));

describe('title order kept between refreshes (property)', () => {
  it('ranks every set of titles as a collator orders them, after any earlier sets', () => {
    fc.assert(
      fc.property(fc.array(fc.array(title, { maxLength: 80 }), { minLength: 1, maxLength: 5 }), (sets) => {
        const order = new TitleOrder();
        for (const set of sets) {
          const ranks = order.ranksOf(set);
          for (const a of set) {
            for (const b of set) {
              assert.equal(Math.sign(ranks.get(a)! - ranks.get(b)!), Math.sign(collator.compare(a, b)), `${a} vs ${b}`);
            }
          }
        }
      }),
      runs(200),
    );
  });
});
