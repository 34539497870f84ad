import { z } from 'zod';
import { isoDate, PLATFORMS, STAGES } from '../core';

/**
 * Answers a command can be given instead of asking, e.g. from a keybinding's "args" or a test.
 * Validated, because they come from outside: anything that does not fit is ignored and the
 * command asks as usual.
 */
export const contactPreset = z.object({
  summary: z.string().optional(),
  at: isoDate.optional(),
  expectsReply: z.boolean().optional(),
});
export type ContactPreset = z.infer<typeof contactPreset>;

export const stagePreset = z.object({ stage: z.enum(STAGES) });

export const newContractPreset = z.object({
  title: z.string().min(1),
  platform: z.enum(PLATFORMS),
  clientName: z.string().min(1),
  stage: z.enum(STAGES),
  deadline: isoDate.optional(),
  /** The workspace folder's URI, for multi-root workspaces. */
  folder: z.string().optional(),
});

export function presetOf<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
