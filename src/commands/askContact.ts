import * as vscode from 'vscode';
import { instantToIso, isIsoDate, type Channel, type Contact, type Direction } from '../core';
import type { Clock } from '../clock/clock';
import type { ContactPreset } from './presets';

interface ContactQuestion {
  readonly title: string;
  readonly direction: Direction;
  readonly channel: Channel;
  /** Whether to ask if the message waits for an answer (not for reports and requests to the platform). */
  readonly askExpectsReply: boolean;
}

/**
 * A short flow for logging a contact: an optional summary, the time (now unless changed), and for
 * messages whether they wait for an answer. Escape at any step logs nothing.
 */
export async function askContact(question: ContactQuestion, clock: Clock, preset?: ContactPreset): Promise<Contact | undefined> {
  if (preset) {
    return fromPreset(question, clock, preset);
  }
  const total = question.askExpectsReply ? 3 : 2;
  const summary = await vscode.window.showInputBox({
    title: `${question.title} (1/${total})`,
    prompt: vscode.l10n.t('A short summary (optional)'),
    placeHolder: vscode.l10n.t('e.g. Asked about the escrow'),
    ignoreFocusOut: true,
  });
  if (summary === undefined) {
    return undefined;
  }
  const now = instantToIso(clock.now(), clock.utcOffsetMinutes());
  const at = await vscode.window.showInputBox({
    title: `${question.title} (2/${total})`,
    prompt: vscode.l10n.t('When? Press Enter for now, or type a date such as 2026-11-20 or 2026-11-20T15:30+09:00'),
    value: now,
    ignoreFocusOut: true,
    validateInput: (value) =>
      isIsoDate(normalizeTime(value.trim()))
        ? undefined
        : vscode.l10n.t('Write a date like 2026-11-20 or 2026-11-20T15:30+09:00'),
  });
  if (at === undefined) {
    return undefined;
  }
  const contact: Contact = {
    at: normalizeTime(at.trim()),
    direction: question.direction,
    channel: question.channel,
  };
  if (summary.trim() !== '') {
    contact.summary = summary.trim();
  }
  if (question.askExpectsReply) {
    const waits =
      question.direction === 'sent' ? vscode.l10n.t('I am waiting for an answer') : vscode.l10n.t('I need to answer it');
    const noAnswer = vscode.l10n.t('No answer needed (a thank-you, a confirmation)');
    const choice = await vscode.window.showQuickPick([waits, noAnswer], {
      title: `${question.title} (3/${total})`,
      placeHolder: vscode.l10n.t('Does this message need an answer?'),
      ignoreFocusOut: true,
    });
    if (choice === undefined) {
      return undefined;
    }
    if (choice === noAnswer) {
      contact.expectsReply = false;
    }
  }
  return contact;
}

/** "2026-11-20T15:30+09:00" is what people type; the file keeps seconds for a uniform look. */
function normalizeTime(value: string): string {
  return value.replace(
    /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?$/,
    (_m, head: string, zone: string | undefined) => `${head}:00${zone ?? ''}`,
  );
}

function fromPreset(question: ContactQuestion, clock: Clock, preset: ContactPreset): Contact {
  const contact: Contact = {
    at: preset.at ?? instantToIso(clock.now(), clock.utcOffsetMinutes()),
    direction: question.direction,
    channel: question.channel,
  };
  if (preset.summary) {
    contact.summary = preset.summary;
  }
  if (preset.expectsReply === false) {
    contact.expectsReply = false;
  }
  return contact;
}
