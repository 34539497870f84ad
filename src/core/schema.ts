import * as z from 'zod/mini';
import { ISO_DATE_PATTERN, isIsoDate } from './dates';
import { asIs } from './asIs';
import { madeOnFirstUse } from './memo';

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
export const CLIENT_KINDS = ['withStaff', 'soleTrader', 'unknown'] as const;
export const CHANNELS = [
  'platformMessage',
  'email',
  'chat',
  'phone',
  'operatorReport',
  'terminationRequest',
  'extensionRequest',
  'withdrawal',
  'formalDemand',
  'other',
] as const;

export type Platform = (typeof PLATFORMS)[number];
export type Stage = (typeof STAGES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type ClientKind = (typeof CLIENT_KINDS)[number];
export type Channel = (typeof CHANNELS)[number];

/** Marks issues raised by the date checks, so the parser can explain them as dates. */
export const DATE_ISSUE = 'contract-guard:date';

/** Adds the text editors show on hover and in completion for a field of the JSON Schema. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.meta({ description }));
}

/**
 * The file format's schemas, made on first use rather than when the module loads: making them is
 * most of the cost of loading the extension (zod builds each check's machinery), and the extension
 * host waits for that loading before anything else of ours can run.
 */
function makeSchemas() {
  const httpUrl = z.url({ protocol: /^https?$/ });

  /** A calendar date (2026-12-03) or a moment with an offset (2026-12-03T10:00:00+09:00). */
  const isoDate = described(
    z
      .string()
      .check(z.regex(new RegExp(ISO_DATE_PATTERN), { error: DATE_ISSUE, abort: true }), z.refine(isIsoDate, { error: DATE_ISSUE })),
    'ISO 8601 date (2026-12-03) or date-time (2026-12-03T10:00:00+09:00)',
  );

  const currency = described(z.string().check(z.regex(/^[A-Z]{3}$/)), 'ISO 4217 currency code, such as JPY or USD');

  const clientSchema = z.looseObject({
    name: described(z.string().check(z.minLength(1)), 'Client name as shown on the platform'),
    profileUrl: z.optional(described(httpUrl, "The client's profile page")),
    identityVerified: z.optional(described(z.boolean(), '本人確認 (identity verification) completed')),
    rating: z.optional(described(z.number().check(z.minimum(0), z.maximum(5)), 'Average rating, 0–5')),
    reviewNotes: z.optional(described(z.string(), 'What the review comments say (返事が遅い, …)')),
    kind: z.optional(described(z.enum(CLIENT_KINDS), "Who the client is, for the law: withStaff (has employees or 2+ officers), soleTrader (no employees), unknown")),
  });

  const paymentSchema = z.looseObject({
    at: described(isoDate, 'The day the money arrived (入金日)'),
    amount: described(z.number().check(z.minimum(0)), 'How much arrived, in the contract currency'),
  });

  // Outside a platform nobody holds the fee in escrow: the invoice and its payment date are what the
  // writer can point to when the money does not come.
  const invoiceSchema = z.looseObject({
    date: z.optional(described(isoDate, '請求日 (the day the invoice was sent)')),
    paymentDate: z.optional(described(isoDate, '支払期日 (the agreed payment date)')),
    amount: z.optional(
      described(z.number().check(z.minimum(0)), "請求金額 (the invoiced amount, if it differs from the contract's amount, e.g. with tax)"),
    ),
    number: z.optional(described(z.string(), '請求書番号 (the invoice number)')),
    payments: z.optional(described(z.array(paymentSchema), 'Payments received so far (入金), each with its date and amount')),
  });

  const contactSchema = z.looseObject({
    at: isoDate,
    direction: z.enum(DIRECTIONS),
    channel: z.enum(CHANNELS),
    summary: z.optional(z.string()),
    expectsReply: z.optional(
      described(z.boolean(), 'Whether this message waits for an answer (default true). False for a plain "thank you" or "noted".'),
    ),
  });

  const checklistEntrySchema = z.looseObject({
    done: z.boolean(),
    at: z.optional(isoDate),
  });

  const stageDatesSchema = z.looseObject(
    Object.fromEntries(STAGES.map((stage) => [stage, z.optional(isoDate)])) as Record<Stage, z.ZodMiniOptional<typeof isoDate>>,
  );

  const contractSchema = z.looseObject({
    id: described(z.string().check(z.minLength(1)), 'A stable id, unique in this file'),
    title: z.string().check(z.minLength(1)),
    platform: z.enum(PLATFORMS),
    client: clientSchema,
    stage: z.enum(STAGES),
    amount: z.optional(z.number().check(z.minimum(0))),
    currency: z.optional(currency),
    deadline: z.optional(described(isoDate, '納期 (delivery deadline)')),
    url: z.optional(described(httpUrl, 'The contract page on the platform')),
    stageDates: z.optional(stageDatesSchema),
    contacts: z.optional(z.array(contactSchema)),
    checklist: z.optional(z.record(z.string(), checklistEntrySchema)),
    invoice: z.optional(described(invoiceSchema, 'The invoice (請求), the agreed payment date and the payments received')),
    notes: z.optional(z.string()),
  });

  const contractsFileSchema = z.looseObject({
    $schema: z.optional(z.string()),
    version: z.literal(1),
    contracts: z.array(contractSchema),
  });

  // What a read asks of every contract, derived from contractSchema itself (asIs.ts).
  const contractAsIs = asIs(contractSchema);

  return {
    isoDate,
    clientSchema,
    paymentSchema,
    invoiceSchema,
    contactSchema,
    checklistEntrySchema,
    stageDatesSchema,
    contractSchema,
    contractsFileSchema,
    contractAsIs,
  };
}

type Schemas = ReturnType<typeof makeSchemas>;

/** The schemas of the contracts file, version 1 (made once, on first use: see makeSchemas). */
export const schemas: () => Schemas = madeOnFirstUse(makeSchemas);

export type Client = z.infer<Schemas['clientSchema']>;
export type Contact = z.infer<Schemas['contactSchema']>;
export type Invoice = z.infer<Schemas['invoiceSchema']>;
export type Payment = z.infer<Schemas['paymentSchema']>;
export type ChecklistEntry = z.infer<Schemas['checklistEntrySchema']>;
export type Contract = z.infer<Schemas['contractSchema']>;
export type ContractsFile = z.infer<Schemas['contractsFileSchema']>;

/** The order a contract normally moves through; cancelled sits outside it. */
export const STAGE_ORDER: readonly Stage[] = ['applied', 'contracted', 'escrowFunded', 'delivered', 'accepted', 'closed'];
