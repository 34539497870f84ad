import * as vscode from 'vscode';
import * as z from 'zod/mini';
// Not from '../core': this module is in dist/optional.js, and the index would bring the whole core along.
import type { Contact, MessageTemplate, Segment, TemplateContext } from '../core';
import { instantToIso } from '../core/dates';
import { literalLabel, literalMessage } from '../core/literalText';
import { CHANNELS } from '../core/schema';
import type { CommandHandlers } from '../optional/lazyCommands';
import * as engine from '../core/templates';
import { applyIntent } from '../commands/applyIntent';
import type { CommandContext } from '../commands/context';
import { resolveContract } from '../commands/pickContract';
import { presetOf } from '../commands/presets';
import type { StatusEntry } from '../status/statusModel';
import type { TemplateSource } from './templateSource';
import { writerDetails } from './templateSettings';

/** A keybinding, the checklist or a test may name the template (and the contract) instead of asking. */
const templateChoice = z.looseObject({ templateId: z.string().check(z.minLength(1)) });
/** Carries what to log, so the click works even if the template changed or went away meanwhile. */
const logRequest = z.object({
  contractId: z.string().check(z.minLength(1)),
  folder: z.string(),
  title: z.string().check(z.minLength(1)),
  channel: z.enum(CHANNELS),
  expectsReply: z.boolean(),
});

interface Chosen {
  readonly entry: StatusEntry;
  readonly template: MessageTemplate;
  readonly segments: readonly Segment[];
}

export type TemplateCommandId = 'contractGuard.insertTemplate' | 'contractGuard.copyTemplate' | 'contractGuard.logTemplateSent';

/** Insert Message Template, Copy Message to Clipboard, and the Log as Sent that follows them. */
export function templateCommands(ctx: CommandContext, library: TemplateSource): CommandHandlers<TemplateCommandId> {
  const choose = async (arg: unknown, title: string): Promise<Chosen | undefined> => {
    const entry = await resolveContract(ctx, arg);
    if (!entry) {
      return undefined;
    }
    const templates = library.templatesFor(entry.folder);
    const named = presetOf(templateChoice, arg)?.templateId;
    const template =
      named === undefined ? await pickTemplate(ctx, entry, templates, title) : templates.find((t) => t.id === named);
    if (!template) {
      if (named !== undefined) {
        void vscode.window.showErrorMessage(literalMessage(vscode.l10n.t('No message template with id "{0}".', named)));
      }
      return undefined;
    }
    const rendered = engine.renderTemplate(template, context(ctx, entry));
    if (!rendered.ok) {
      // Only a writer's own template can get here (built-ins are checked by the tests); it is in Problems too.
      void vscode.window.showErrorMessage(
        literalMessage(
          vscode.l10n.t('The template "{0}" cannot be used: {1}', template.title, rendered.problems[0]?.message ?? ''),
        ),
      );
      return undefined;
    }
    return { entry, template, segments: rendered.segments };
  };

  return {
    'contractGuard.insertTemplate': async (arg: unknown) => {
      const chosen = await choose(arg, vscode.l10n.t('Insert Message Template'));
      if (!chosen) {
        return;
      }
      const snippet = new vscode.SnippetString(engine.segmentsToSnippet(chosen.segments));
      const editor = draftEditor(ctx) ?? (await newMessageEditor());
      if (!(await editor.insertSnippet(snippet))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The message could not be inserted into this editor.'));
        return;
      }
      offerLogAsSent(
        chosen,
        vscode.l10n.t(
          '“{0}” is in the editor. Once you have sent it, press Log as Sent to add it to the contract’s history.',
          chosen.template.title,
        ),
      );
    },
    'contractGuard.copyTemplate': async (arg: unknown) => {
      const chosen = await choose(arg, vscode.l10n.t('Copy Message to Clipboard'));
      if (!chosen) {
        return;
      }
      await vscode.env.clipboard.writeText(engine.segmentsToText(chosen.segments, chosen.template.language));
      offerLogAsSent(
        chosen,
        vscode.l10n.t(
          '“{0}” is on the clipboard. Once you have sent it, press Log as Sent to add it to the contract’s history.',
          chosen.template.title,
        ),
      );
    },
    'contractGuard.logTemplateSent': async (arg: unknown) => {
      const request = presetOf(logRequest, arg);
      const entry =
        request &&
        ctx.model.all.find((e) => e.status.contract.id === request.contractId && e.folder.uri.toString() === request.folder);
      const store = entry && ctx.stores.storeFor(entry.folder.uri.toString());
      if (!request || !entry || !store) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('That contract is no longer in the contracts file; nothing was logged.'),
        );
        return;
      }
      const contact: Contact = {
        at: instantToIso(ctx.clock.now(), ctx.clock.utcOffsetMinutes()),
        direction: 'sent',
        channel: request.channel,
        summary: request.title,
        ...(request.expectsReply ? {} : { expectsReply: false }),
      };
      await applyIntent(ctx, store, { kind: 'appendContact', contractId: entry.status.contract.id, contact });
    },
  };
}

function context(ctx: CommandContext, entry: StatusEntry): TemplateContext {
  return { status: entry.status, writer: writerDetails(), utcOffsetMinutes: ctx.clock.utcOffsetMinutes() };
}

/**
 * The editor the writer is drafting in, if any: never a contracts file (the tree keeps it as the
 * active editor while the writer clicks a row, and a message there would break the file) and never
 * a read-only one.
 */
function draftEditor(ctx: CommandContext): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return undefined;
  }
  const uri = editor.document.uri.toString();
  const isContractsFile = ctx.stores.snapshots().some((s) => s.uri.toString() === uri);
  const readOnly = vscode.workspace.fs.isWritableFileSystem(editor.document.uri.scheme) === false;
  return isContractsFile || readOnly ? undefined : editor;
}

/** With no editor to draft in, the message goes into a new Markdown document, where writers draft. */
async function newMessageEditor(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  return vscode.window.showTextDocument(doc);
}

/** Nothing is logged until the writer says the message went out. Not awaited: the button works whenever clicked. */
function offerLogAsSent(chosen: Chosen, message: string): void {
  const log = vscode.l10n.t('Log as Sent');
  void vscode.window.showInformationMessage(literalMessage(message), log).then(async (answer) => {
    if (answer === log) {
      await vscode.commands.executeCommand('contractGuard.logTemplateSent', {
        contractId: chosen.entry.status.contract.id,
        folder: chosen.entry.folder.uri.toString(),
        title: chosen.template.title,
        channel: chosen.template.channel,
        expectsReply: chosen.template.expectsReply,
      });
    }
  });
}

type TemplateItem = vscode.QuickPickItem & { readonly template?: MessageTemplate };

async function pickTemplate(
  ctx: CommandContext,
  entry: StatusEntry,
  templates: readonly MessageTemplate[],
  title: string,
): Promise<MessageTemplate | undefined> {
  const { fitting, others } = engine.arrangeForContract(templates, entry.status.contract);
  const item = (template: MessageTemplate): TemplateItem => {
    const rendered = engine.renderTemplate(template, context(ctx, entry));
    return {
      label: literalLabel(template.title),
      description: [template.description, template.origin.kind === 'workspace' ? vscode.l10n.t('your template') : undefined]
        .filter(Boolean)
        .join(' · '),
      detail: rendered.ok
        ? literalLabel(engine.previewLine(engine.segmentsToText(rendered.segments, template.language)))
        : undefined,
      template,
    };
  };
  const separator = (label: string): TemplateItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const items: TemplateItem[] = [
    ...(fitting.length > 0 ? [separator(vscode.l10n.t('Fits this contract')), ...fitting.map(item)] : []),
    ...(others.length > 0 ? [separator(vscode.l10n.t('Other templates')), ...others.map(item)] : []),
  ];
  const chosen = await vscode.window.showQuickPick(items, {
    title: `${title} — ${literalLabel(entry.status.contract.title)}`,
    placeHolder: vscode.l10n.t('Choose a message'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return chosen?.template;
}
