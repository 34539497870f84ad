/**
 * A value made on first use and the same ever after: the one kind of module-level memory the pure
 * core allows (test/unit/coreState.test.ts lists each use with its reason). It changes only when an
 * answer is ready, never what any answer is: the value depends on nothing but the code, and is never
 * changed once made. It is there because making the value costs time that the extension's start, or
 * a caller that never needs it, should not pay.
 */
export function madeOnFirstUse<T>(make: () => T): () => T {
  let value: { readonly made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}
