import * as z from 'zod/mini';
import { contractsFileSchema } from './schema';

/**
 * The JSON Schema VS Code uses for completion and squiggles while the writer edits by hand,
 * generated from the same zod schema the extension validates with.
 */
export function contractsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(contractsFileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return {
    ...generated,
    title: 'Contract Guard contracts file',
    description: 'Ongoing freelance contracts tracked by the Contract Guard extension (version 1).',
    // VS Code's JSON language service reads this to allow comments and trailing commas.
    allowComments: true,
    allowTrailingCommas: true,
  };
}

/** The checked-in text: stable key order and a final newline, so diffs stay readable. */
export function contractsJsonSchemaText(): string {
  return `${JSON.stringify(contractsJsonSchema(), null, 2)}\n`;
}
