import * as z from 'zod/mini';
import type { ChecklistContent } from '../core/checklist/types';
import type { Stage } from '../core/schema';

/**
 * Every message between the checklist webview and the extension, both ways, in one place. Each side
 * validates what it receives with these schemas: a malformed or unknown message is ignored (and
 * logged on the extension's side), never thrown on and never written. No `vscode` import here: the
 * webview bundle uses this file too.
 */

// Written out rather than imported: the core's schema module would bring its zod schemas into the
// webview bundle. The two checks below fail to compile if this list and the core's stages differ.
const stages = ['applied', 'contracted', 'escrowFunded', 'delivered', 'accepted', 'closed', 'cancelled'] as const satisfies readonly Stage[];
const everyStage: readonly (typeof stages)[number][] = [] as Stage[];
void everyStage;

const action = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('insertTemplate'), templateId: z.string().check(z.minLength(1), z.maxLength(100)) }),
  z.object({ kind: z.literal('recordOperatorReport') }),
  z.object({ kind: z.literal('recordTerminationRequest') }),
  z.object({ kind: z.literal('openContractPage') }),
  z.object({ kind: z.literal('setStage'), stage: z.enum(stages) }),
  z.object({ kind: z.literal('exportTimeline') }),
]);

/** From the webview to the extension. */
export const fromWebview = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('toggleStep'), stepId: z.string().check(z.minLength(1), z.maxLength(200)), done: z.boolean() }),
  z.object({ type: z.literal('action'), stepId: z.string().check(z.maxLength(200)), action }),
  z.object({ type: z.literal('openLink'), url: z.string().check(z.maxLength(2000)) }),
]);
export type FromWebview = z.infer<typeof fromWebview>;

const step = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  state: z.enum(['done', 'next', 'later']),
  due: z.optional(z.string()),
  overdue: z.optional(z.boolean()),
  doneOn: z.optional(z.string()),
  doneBy: z.enum(['none', 'tick', 'record']),
  optional: z.boolean(),
  verification: z.enum(['official', 'law', 'publicInfo', 'reportedByUsers', 'etiquette']),
  verificationLabel: z.string(),
  sources: z.array(z.object({ label: z.string(), url: z.optional(z.string()) })),
  actions: z.array(action),
});

const content = z.object({
  contractId: z.string(),
  title: z.string(),
  client: z.string(),
  platform: z.string(),
  stage: z.string(),
  stageId: z.enum(stages),
  urgency: z.enum(['ok', 'watch', 'act', 'overdue']),
  urgencyLabel: z.string(),
  silentDays: z.optional(z.number()),
  url: z.optional(z.string()),
  situation: z.string(),
  steps: z.array(step),
  consequences: z.array(z.object({ date: z.string(), text: z.string(), reportedByUsers: z.boolean() })),
  timeline: z.array(z.object({ date: z.string(), direction: z.enum(['sent', 'received']), channel: z.string(), summary: z.string() })),
  vetting: z.array(z.object({ text: z.string(), ok: z.optional(z.boolean()), note: z.optional(z.string()) })),
  notes: z.array(z.string()),
});

/** The words of the panel's own chrome, from the extension's l10n bundle. */
export const LABEL_KEYS = [
  'empty',
  'stale',
  'silentDays',
  'steps',
  'due',
  'overdue',
  'doneOn',
  'next',
  'optional',
  'sources',
  'datesThatFollow',
  'timeline',
  'sent',
  'received',
  'vetting',
  'verified',
  'notVerified',
  'unknown',
  'notes',
  'insertTemplate',
  'recordOperatorReport',
  'recordTerminationRequest',
  'openContractPage',
  'setStage',
  'exportTimeline',
  'doneByRecord',
  'reportedByUsersNote',
  'noSteps',
  'noMessages',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** From the extension to the webview. */
export const toWebview = z.object({
  type: z.literal('state'),
  labels: z.record(z.enum(LABEL_KEYS), z.string()),
  /** The contract's content; absent when no contract is selected (the empty state). */
  content: z.optional(content),
  /** Set when the contracts file does not parse right now: the content is its last good version. */
  problem: z.optional(z.string()),
  /** The workspace-unique key of the contract, for restoring the panel after a reload. */
  key: z.optional(z.string()),
});
/** The message as the extension builds it (the schema's type with the core's read-only arrays). */
export interface ToWebview {
  readonly type: 'state';
  readonly labels: Readonly<Record<LabelKey, string>>;
  readonly content?: ChecklistContent;
  readonly problem?: string;
  readonly key?: string;
}
/** The schema and the interface describe the same message: this fails to compile if they drift apart. */
export type ToWebviewChecked = z.infer<typeof toWebview> extends ToWebview ? true : never;
const checked: ToWebviewChecked = true;
void checked;

/** What the webview keeps with getState/setState, and what the serializer receives after a reload. */
export const panelState = z.object({
  key: z.optional(z.string()),
  scrollY: z.optional(z.number()),
  expanded: z.optional(z.array(z.string())),
});
export type PanelState = z.infer<typeof panelState>;
