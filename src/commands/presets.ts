import * as z from 'zod/mini';
import { PLATFORMS, schemas, STAGES } from '../core';

/**
 * Answers a command can be given instead of asking, e.g. from a keybinding's "args" or a test.
 * Validated, because they come from outside: anything that does not fit is ignored and the
 * command asks as usual. Each is made when a command first reads one (z.lazy), not when the
 * extension loads: see schemas() in the core.
 */
export const contactPreset = z.lazy(() =>
  z.looseObject({
    summary: z.optional(z.string()),
    at: z.optional(schemas().isoDate),
    expectsReply: z.optional(z.boolean()),
  }),
);
export type ContactPreset = z.infer<typeof contactPreset>;

/** Names a contract from a keybinding's "args"; the same object may carry the answers too. */
export const contractByName = z.lazy(() =>
  z.object({
    contractId: z.string().check(z.minLength(1)),
    /** The workspace folder's URI, when ids repeat across folders. */
    folder: z.optional(z.string()),
  }),
);

/** A keybinding passes one object: the answers may sit beside contractId instead of in a second argument. */
export function answersOf(first: unknown, second: unknown): unknown {
  return second ?? (presetOf(contractByName, first) ? first : undefined);
}

export const stagePreset = z.lazy(() => z.looseObject({ stage: z.enum(STAGES) }));

export const newContractPreset = z.lazy(() =>
  z.object({
    title: z.string().check(z.minLength(1)),
    platform: z.enum(PLATFORMS),
    clientName: z.string().check(z.minLength(1)),
    stage: z.enum(STAGES),
    deadline: z.optional(schemas().isoDate),
    /** The workspace folder's URI, for multi-root workspaces. */
    folder: z.optional(z.string()),
  }),
);

export function presetOf<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
