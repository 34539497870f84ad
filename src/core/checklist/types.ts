import type { Stage } from '../schema';
import type { Urgency } from '../status';
import type { StepState } from '../steps';
import type { Verification } from '../playbooks/types';

/** A button on a checklist step. */
export type ChecklistAction =
  | { readonly kind: 'insertTemplate'; readonly templateId: string }
  | { readonly kind: 'recordOperatorReport' }
  | { readonly kind: 'recordTerminationRequest' }
  | { readonly kind: 'openContractPage' }
  | { readonly kind: 'setStage'; readonly stage: Stage }
  | { readonly kind: 'exportTimeline' };

export interface ChecklistStep {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  readonly state: StepState;
  readonly due?: string;
  readonly overdue?: boolean;
  /** The day the writer ticked it, when that is recorded. */
  readonly doneOn?: string;
  readonly doneBy: 'none' | 'tick' | 'record';
  readonly optional: boolean;
  readonly verification: Verification;
  readonly verificationLabel: string;
  readonly sources: readonly { readonly label: string; readonly url?: string }[];
  readonly actions: readonly ChecklistAction[];
}

/** Everything the panel shows of one contract, already in the writer's language. */
export interface ChecklistContent {
  readonly contractId: string;
  readonly title: string;
  readonly client: string;
  readonly platform: string;
  readonly stage: string;
  readonly stageId: Stage;
  readonly urgency: Urgency;
  readonly urgencyLabel: string;
  readonly silentDays?: number;
  readonly url?: string;
  readonly situation: string;
  readonly steps: readonly ChecklistStep[];
  /** Dates that follow from what has been done: automatic ends, guidelines, releases. */
  readonly consequences: readonly { readonly date: string; readonly text: string; readonly reportedByUsers: boolean }[];
  readonly timeline: readonly { readonly date: string; readonly direction: 'sent' | 'received'; readonly channel: string; readonly summary: string }[];
  /** In the applied stage: what to check about the client, and the writer's own side. */
  readonly vetting: readonly { readonly text: string; readonly ok?: boolean; readonly note?: string }[];
  readonly notes: readonly string[];
}
