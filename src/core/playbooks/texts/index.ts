import type { Localized } from '../../i18n';
import type { Platform } from '../../schema';
import type { NextStep } from '../../status';
import type { StepText, StepTexts } from '../types';
import { coconalaTexts } from './coconala';
import { crowdworksNotes, crowdworksTexts } from './crowdworks';
import { NOT_LEGAL_ADVICE, outsidePlatformTexts } from './direct';
import { fiverrTexts } from './fiverr';
import { HINT_DETAILS } from './hints';
import { lancersTexts } from './lancers';
import { upworkTexts } from './upwork';

/**
 * What the writer reads about each step: its detail and its sources, by step id. They are kept apart
 * from the steps (../index.ts), which the tree and the status need at start-up: these texts weigh more
 * than the rest of the playbooks, and only the checklist, the hovers and the calendar show them, all
 * of which load with dist/optional.js. Nothing in the extension bundle imports this folder
 * (scripts/bundleSplit.js checks it).
 */
export const STEP_TEXTS: StepTexts = {
  ...crowdworksTexts,
  ...lancersTexts,
  ...coconalaTexts,
  ...upworkTexts,
  ...fiverrTexts,
  ...outsidePlatformTexts('direct'),
  ...outsidePlatformTexts('other'),
};

/** Where the seed article and a platform's own pages disagree, which one a playbook follows and why. */
export const PLAYBOOK_NOTES: Readonly<Partial<Record<Platform, readonly Localized[]>>> = {
  crowdworks: crowdworksNotes,
  direct: [NOT_LEGAL_ADVICE],
  other: [NOT_LEGAL_ADVICE],
};

const NO_TEXT: StepText = { detail: { en: '', ja: '' }, sources: [] };

/** A step's text. Every playbook step has one (a unit test checks it), so NO_TEXT is never shown. */
export function stepText(stepId: string): StepText {
  return STEP_TEXTS[stepId] ?? NO_TEXT;
}

/** The detail under a next step in the hovers: its playbook step's, or its hint's. */
export function nextStepDetail(next: NextStep | undefined): Localized | undefined {
  if (next?.step) {
    return stepText(next.step.id).detail;
  }
  return next?.hint === undefined ? undefined : HINT_DETAILS[next.hint];
}
