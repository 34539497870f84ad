let made: Intl.Collator | undefined;

/**
 * The one collator for titles and ids, made on first use rather than when the module loads: making
 * one loads the collation data (about 10 ms here), which the extension's start need not wait for.
 */
export function collator(): Intl.Collator {
  made ??= new Intl.Collator();
  return made;
}
