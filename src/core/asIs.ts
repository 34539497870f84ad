import type * as z from 'zod/mini';

/**
 * A check derived from a zod schema that answers one question fast: would the schema accept this
 * value and hand back the same value? It is what lets a read keep the values JSON.parse made instead
 * of the copies zod makes of every object and list, which were most of a first read's work and
 * garbage (zod mini has no compiled fast path of its own).
 *
 * The schema stays the only definition of the format: this walks its definition once, when the
 * schemas are made. Only "yes" is trusted. "No" means "ask zod", which then decides and gives its
 * own messages, so a kind of schema or check this does not know costs time, never an answer: it is
 * asked of zod itself, and counts as "yes" only when zod hands back the very same value.
 *
 * One thing differs: the order of an object's keys, which is the file's here and the schema's in
 * zod's copy. JSON gives that order no meaning, and nothing may depend on it (compare contracts by
 * value: merge/values.ts's sameValue).
 */
export type AsIs = (value: unknown) => boolean;

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly catchall?: z.ZodMiniType;
  readonly innerType?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly keyType?: z.ZodMiniType;
  readonly valueType?: z.ZodMiniType;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly coerce?: boolean;
}

interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly fn?: (value: unknown) => unknown;
}

function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

export function asIs(schema: z.ZodMiniType): AsIs {
  const def = schema._zod.def as unknown as Def;
  const checks = checksOf(def);
  const asked = askZod(schema);
  if (!checks) {
    return asked;
  }
  // Each check wraps the one before, so a value goes through plain calls (this runs for every field
  // of every contract at each read).
  return checks.reduce<AsIs>((before, check) => (value) => before(value) && check(value), baseOf(def, asked));
}

/** The type's own test, without its checks. */
function baseOf(def: Def, asked: AsIs): AsIs {
  switch (def.type) {
    case 'string':
      // A format of its own (z.url …) may change the value (a URL is trimmed): zod is asked.
      return def.format !== undefined || def.coerce ? asked : (value) => typeof value === 'string';
    case 'number':
      return def.format !== undefined || def.coerce ? asked : (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return def.coerce ? asked : (value) => typeof value === 'boolean';
    case 'unknown':
    case 'any':
      return () => true;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => allowed.has(value);
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return (value) => allowed.has(value);
    }
    case 'optional': {
      const inner = asIs(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const element = asIs(def.element!);
      return (value) => {
        if (!Array.isArray(value)) {
          return false;
        }
        for (let i = 0; i < value.length; i++) {
          if (!element(value[i])) {
            return false;
          }
        }
        return true;
      };
    }
    case 'object':
      return objectOf(def, asked);
    case 'record':
      return recordOf(def, asked);
    default:
      return asked;
  }
}

function objectOf(def: Def, asked: AsIs): AsIs {
  const catchall = def.catchall?._zod.def.type;
  // Without a catch-all zod drops the keys it does not know, and with one that checks them it may
  // change them: only "keep anything" leaves the object as it was.
  if (catchall !== 'unknown' && catchall !== 'any') {
    return asked;
  }
  const fields = Object.entries(def.shape ?? {}).map(([key, field]) => ({ key, check: asIs(field) }));
  return (value) => {
    if (!isPlainData(value)) {
      return false;
    }
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      if (!field.check(value[field.key])) {
        return false;
      }
    }
    return true;
  };
}

function recordOf(def: Def, asked: AsIs): AsIs {
  const key = def.keyType?._zod.def as unknown as Def | undefined;
  if (key?.type !== 'string' || (key.checks?.length ?? 0) > 0 || key.format !== undefined) {
    return asked;
  }
  const entry = asIs(def.valueType!);
  return (value) => {
    if (!isPlainData(value)) {
      return false;
    }
    for (const k in value) {
      if (hasOwn(value, k) && !entry(value[k])) {
        return false;
      }
    }
    return true;
  };
}

/** The schema's checks as plain tests, or undefined when one of them is a kind this does not know. */
function checksOf(def: Def): AsIs[] | undefined {
  const tests: AsIs[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    switch (c.check) {
      case 'meta': // a description for the JSON Schema: nothing to test
        break;
      case 'min_length': {
        const minimum = c.minimum ?? 0;
        tests.push((value) => (value as { length: number }).length >= minimum);
        break;
      }
      case 'greater_than': {
        const bound = c.value ?? -Infinity;
        tests.push(c.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound);
        break;
      }
      case 'less_than': {
        const bound = c.value ?? Infinity;
        tests.push(c.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound);
        break;
      }
      case 'string_format': {
        const pattern = c.pattern;
        if (c.format !== 'regex' || !pattern) {
          return undefined;
        }
        tests.push((value) => {
          pattern.lastIndex = 0; // as zod does: a global pattern carries its position between tests
          return pattern.test(value as string);
        });
        break;
      }
      case 'custom': {
        const fn = c.fn;
        if (!fn) {
          return undefined;
        }
        tests.push((value) => fn(value) === true);
        break;
      }
      default:
        return undefined;
    }
  }
  return tests;
}

/** zod itself, trusted only when it hands back the very value it was given. */
function askZod(schema: z.ZodMiniType): AsIs {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success && Object.is(result.data, value);
  };
}

/** An object as JSON.parse makes one, without a `__proto__` key (from which zod would set its copy's prototype). */
function isPlainData(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && !hasOwn(value, '__proto__');
}

/**
 * An object as JSON.parse makes one. zod takes any object but hands back a plain one, so another
 * prototype (jsonc-parser's values have none) is not "as is".
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
