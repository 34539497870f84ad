/**
 * Writes a JSON value either on one line ({ "a": 1, "b": 2 }) or spread over lines with the file's
 * own indentation. Contact-log entries read best on one line; a whole contract does not.
 */

const INLINE_LIMIT = 110;

export function stringifyInline(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[${value.map(stringifyInline).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0
      ? '{}'
      : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${stringifyInline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

export type Layout = 'auto' | 'inline' | 'multiline';

/**
 * Spread over lines; the first line is not indented (it follows a key or sits where the caller
 * puts it). With 'auto', short flat values stay on one line; 'inline' matches siblings written on one line.
 */
export function stringifyPretty(value: unknown, indent: string, unit: string, eol: string, layout: Layout = 'auto'): string {
  const inline = stringifyInline(value);
  const isContainer = value !== null && typeof value === 'object';
  if (
    !isContainer ||
    layout === 'inline' ||
    (layout === 'auto' && isFlat(value) && inline.length + indent.length <= INLINE_LIMIT)
  ) {
    return inline;
  }
  const inner = indent + unit;
  if (Array.isArray(value)) {
    const items = value.map((v) => inner + stringifyPretty(v, inner, unit, eol));
    return `[${eol}${items.join(`,${eol}`)}${eol}${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const items = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyPretty(v, inner, unit, eol)}`);
    return `{${eol}${items.join(`,${eol}`)}${eol}${indent}}`;
  }
  return inline;
}

/** Primitives, and objects or arrays holding only primitives: short enough to read on one line. */
function isFlat(value: unknown): boolean {
  if (value === null || typeof value !== 'object') {
    return true;
  }
  return Object.values(value).every((v) => v === null || typeof v !== 'object');
}
