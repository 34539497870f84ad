import { madeOnFirstUse } from './memo';

/**
 * The one collator for titles and ids, made on first use rather than when the module loads: making
 * one loads the collation data (about 10 ms here), which the extension's start need not wait for.
 */
export const collator: () => Intl.Collator = madeOnFirstUse(() => new Intl.Collator());
