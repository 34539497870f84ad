import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { buildTimeline, timelineMarkdown, timelineText } from '../core/timeline';
import type { CommandContext } from '../commands/context';
import { resolveContract } from '../commands/pickContract';
import { presetOf } from '../commands/presets';
import { templateLanguage } from '../templates/templateSettings';
import type { CommandHandlers } from '../optional/lazyCommands';

export type TimelineFormat = 'markdown' | 'text';
/** A keybinding, the checklist or a test may name the format instead of being asked. */
const formatPreset = z.object({ format: z.enum(['markdown', 'text']) });

/**
 * Export Contract Timeline: the contract's facts in date order, in the language messages are
 * written in, as an untitled document beside the editor. Nothing is written to disk: the writer
 * prints the Markdown preview to PDF, or copies the plain text into a report form or an email.
 */
export function timelineCommands(ctx: CommandContext): CommandHandlers<'contractGuard.exportTimeline'> {
  return {
    'contractGuard.exportTimeline': async (arg: unknown, options?: unknown) => {
      const entry = await resolveContract(ctx, arg);
      if (!entry) {
        return undefined;
      }
      const format = presetOf(formatPreset, options ?? arg)?.format ?? (await askFormat());
      if (!format) {
        return undefined;
      }
      const status = ctx.model.entryFor(entry.key)?.status ?? entry.status;
      const timeline = buildTimeline(status, templateLanguage(), vscode.env.language, ctx.clock.utcOffsetMinutes());
      const document = await vscode.workspace.openTextDocument({
        language: format === 'markdown' ? 'markdown' : 'plaintext',
        content: format === 'markdown' ? timelineMarkdown(timeline) : timelineText(timeline),
      });
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      return document.uri;
    },
  };
}

async function askFormat(): Promise<TimelineFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: TimelineFormat })[] = [
    { label: vscode.l10n.t('Markdown'), detail: vscode.l10n.t('To read, and to print from the preview as a PDF'), format: 'markdown' },
    { label: vscode.l10n.t('Plain text'), detail: vscode.l10n.t("To paste into a platform's report form or an email"), format: 'text' },
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Contract Timeline as') });
  return chosen?.format;
}
