import { z } from 'zod';
import { ISO_DATE_PATTERN, isIsoDate } from './dates';

/**
 * The contracts file, version 1. Everything else (types, the JSON Schema shipped for hand edits)
 * is derived from these definitions so the three can never disagree.
 *
 * Objects are "loose": fields we do not know are kept in the model, and since every write is a
 * text edit, they are never dropped from the file either.
 */

export const PLATFORMS = ['crowdworks', 'lancers', 'coconala', 'upwork', 'fiverr', 'direct', 'other'] as const;
export const STAGES = ['applied', 'contracted', 'escrowFunded', 'delivered', 'accepted', 'closed', 'cancelled'] as const;
export const DIRECTIONS = ['sent', 'received'] as const;
export const CHANNELS = [
  'platformMessage',
  'email',
  'chat',
  'phone',
  'operatorReport',
  'terminationRequest',
  'extensionRequest',
  'withdrawal',
  'other',
] as const;

export type Platform = (typeof PLATFORMS)[number];
export type Stage = (typeof STAGES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Channel = (typeof CHANNELS)[number];

/** Marks issues raised by the date checks, so the parser can explain them as dates. */
export const DATE_ISSUE = 'contract-guard:date';

/** A calendar date (2026-12-03) or a moment with an offset (2026-12-03T10:00:00+09:00). */
export const isoDate = z
  .string()
  .regex(new RegExp(ISO_DATE_PATTERN), { error: DATE_ISSUE, abort: true })
  .refine(isIsoDate, { error: DATE_ISSUE })
  .meta({ description: 'ISO 8601 date (2026-12-03) or date-time (2026-12-03T10:00:00+09:00)' });

const currency = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .meta({ description: 'ISO 4217 currency code, such as JPY or USD' });

export const clientSchema = z.looseObject({
  name: z.string().min(1).meta({ description: 'Client name as shown on the platform' }),
  profileUrl: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({ description: "The client's profile page" }),
  identityVerified: z.boolean().optional().meta({ description: '本人確認 (identity verification) completed' }),
  rating: z.number().min(0).max(5).optional().meta({ description: 'Average rating, 0–5' }),
  reviewNotes: z.string().optional().meta({ description: 'What the review comments say (返事が遅い, …)' }),
});

export const contactSchema = z.looseObject({
  at: isoDate,
  direction: z.enum(DIRECTIONS),
  channel: z.enum(CHANNELS),
  summary: z.string().optional(),
  expectsReply: z
    .boolean()
    .optional()
    .meta({ description: 'Whether this message waits for an answer (default true). False for a plain "thank you" or "noted".' }),
});

export const checklistEntrySchema = z.looseObject({
  done: z.boolean(),
  at: isoDate.optional(),
});

export const stageDatesSchema = z.looseObject(
  Object.fromEntries(STAGES.map((stage) => [stage, isoDate.optional()])) as Record<Stage, z.ZodOptional<typeof isoDate>>,
);

export const contractSchema = z.looseObject({
  id: z.string().min(1).meta({ description: 'A stable id, unique in this file' }),
  title: z.string().min(1),
  platform: z.enum(PLATFORMS),
  client: clientSchema,
  stage: z.enum(STAGES),
  amount: z.number().nonnegative().optional(),
  currency: currency.optional(),
  deadline: isoDate.optional().meta({ description: '納期 (delivery deadline)' }),
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({ description: 'The contract page on the platform' }),
  stageDates: stageDatesSchema.optional(),
  contacts: z.array(contactSchema).optional(),
  checklist: z.record(z.string(), checklistEntrySchema).optional(),
  notes: z.string().optional(),
});

export const contractsFileSchema = z.looseObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  contracts: z.array(contractSchema),
});

export type Client = z.infer<typeof clientSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;
export type Contract = z.infer<typeof contractSchema>;
export type ContractsFile = z.infer<typeof contractsFileSchema>;

/** The order a contract normally moves through; cancelled sits outside it. */
export const STAGE_ORDER: readonly Stage[] = ['applied', 'contracted', 'escrowFunded', 'delivered', 'accepted', 'closed'];
