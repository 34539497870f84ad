import * as z from 'zod/mini';
import { ISO_DATE_PATTERN } from './dates';
import { schemas } from './schema';

/**
 * Keywords that make VS Code's JSON checker report a problem. Contract Guard reports every schema
 * problem itself, in the writer's language and at its exact place, so the schema shipped for hand
 * edits keeps none of them: each problem then appears once in the Problems panel, not twice.
 */
const VALIDATION_KEYWORDS = new Set([
  'type',
  'required',
  'enum',
  'const',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'propertyNames',
]);

const DATE_HELP = 'ISO 8601 date (2026-12-03) or date-time (2026-12-03T10:00:00+09:00)';

/**
 * The JSON Schema VS Code uses for completion and hover help while the writer edits by hand,
 * generated from the same zod schema the extension validates with. Allowed values stay as
 * `examples`, which VS Code offers in completion without checking against them.
 */
export function contractsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(schemas().contractsFileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return {
    ...(helpOnly(generated) as Record<string, unknown>),
    title: 'Contract Guard contracts file',
    description: 'Ongoing freelance contracts tracked by the Contract Guard extension (version 1).',
    // VS Code's JSON language service reads this to allow comments and trailing commas.
    allowComments: true,
    allowTrailingCommas: true,
  };
}

function helpOnly(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map(helpOnly);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const result: Record<string, unknown> = {};
  const source = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    if (key === 'additionalProperties' && value === false) {
      continue;
    }
    if (!VALIDATION_KEYWORDS.has(key)) {
      // "properties" holds field names, not keywords: its keys are kept as they are.
      result[key] = key === 'properties' ? mapValues(value) : helpOnly(value);
    }
  }
  const allowed = Array.isArray(source['enum']) ? source['enum'] : 'const' in source ? [source['const']] : undefined;
  if (allowed) {
    result['examples'] = allowed;
  }
  const own = typeof source['description'] === 'string' ? source['description'] : '';
  if (source['pattern'] === ISO_DATE_PATTERN && !own.includes(DATE_HELP)) {
    // The pattern itself no longer shows; the hover says the format instead.
    result['description'] = own === '' ? DATE_HELP : `${own}: ${DATE_HELP}`;
  }
  return result;
}

function mapValues(properties: unknown): unknown {
  if (properties === null || typeof properties !== 'object') {
    return properties;
  }
  return Object.fromEntries(Object.entries(properties as Record<string, unknown>).map(([k, v]) => [k, helpOnly(v)]));
}

/** The checked-in text: stable key order and a final newline, so diffs stay readable. */
export function contractsJsonSchemaText(): string {
  return `${JSON.stringify(contractsJsonSchema(), null, 2)}\n`;
}
