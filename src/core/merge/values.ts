/** Plain JSON values compared by meaning: key order does not matter, array order does. */

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A text that two values share exactly when they mean the same (object keys sorted). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** Whether two values mean the same, walked in place (no text built: a large file compares millions of values). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const xKeys = Object.keys(x).filter((k) => x[k] !== undefined);
  const yCount = Object.keys(y).filter((k) => y[k] !== undefined).length;
  return xKeys.length === yCount && xKeys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameValue(x[k], y[k]));
}

/** The keys of both objects: the first one's in its order, then the second one's new keys. */
export function unionKeys(first: Record<string, unknown> | undefined, second: Record<string, unknown> | undefined): string[] {
  const keys = Object.keys(first ?? {});
  const seen = new Set(keys);
  for (const key of Object.keys(second ?? {})) {
    if (!seen.has(key)) {
      keys.push(key);
    }
  }
  return keys;
}
