import * as vscode from 'vscode';
import { createApi, type ContractGuardApi } from './api';
import { ArchivedContracts } from './archive/archivedContracts';
import { registerShowArchivedCommands, rememberedShowArchived, setShowArchived } from './archive/showArchivedCommands';
import { registerExportCalendar } from './calendar/calendarCommand';
import { CalendarExport } from './calendar/calendarExport';
import { ChecklistSlot, registerOpenChecklist } from './checklist/openChecklist';
import { clockFromEnvironment, DayWatcher, systemClock } from './clock/clock';
import type { CommandContext } from './commands/context';
import { registerContractCommands } from './commands/contractCommands';
import { registerFileCommands } from './commands/fileCommands';
import { GROUPING_KEY, registerGroupingCommands, rememberedGrouping } from './commands/groupingCommands';
import { trackContextKeys } from './contextKeys';
import { localeFromLanguage } from './core';
import { ContractsDiagnostics } from './diagnostics/contractsDiagnostics';
import { TemplateLibrary } from './templates/templateLibrary';
import { AttentionIndicators } from './statusBar/attentionStatusBar';
import { StatusModel } from './status/statusModel';
import { ContractsStores } from './store/contractsStores';
import { ContractsTree } from './tree/contractsTree';
import { OverdueDecorations } from './tree/overdueDecorations';
import { startEach } from './containment';
import { createLog, log, registerShowLog } from './log/log';
import { optionalModules } from './optional/loadOptional';
import { registerLazyCommands } from './optional/lazyCommands';
import { MergeQuestions } from './merge/askConflicts';
import { MergeOffers } from './merge/mergeOffers';

/** Builds the objects and registers them; every disposable goes to context.subscriptions. */
export async function activate(context: vscode.ExtensionContext): Promise<ContractGuardApi> {
  context.subscriptions.push(createLog(), registerShowLog());
  log.info(
    `Contract Guard starting in VS Code ${vscode.version} (${vscode.env.appHost}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI)`,
  );
  const locale = localeFromLanguage(vscode.env.language);
  // A web worker (vscode.dev) has no process and no environment to read a pinned clock from.
  const pinnedNow = typeof process === 'undefined' ? undefined : process.env.CONTRACT_GUARD_NOW;
  const clock = clockFromEnvironment(pinnedNow) ?? systemClock;
  const stores = new ContractsStores(locale, () => clock.utcOffsetMinutes());
  const days = new DayWatcher(clock);
  const model = new StatusModel(stores, clock, days.onDidChangeDay);
  const grouping = rememberedGrouping(context.workspaceState);
  const archived = new ArchivedContracts(stores, locale, () => clock.utcOffsetMinutes());
  const merges = new MergeOffers(stores, locale, () => clock.utcOffsetMinutes());
  const questions = new MergeQuestions();
  const tree = new ContractsTree(model, locale, grouping, archived, merges, optionalModules);
  const view = vscode.window.createTreeView('contractGuard.contracts', { treeDataProvider: tree, showCollapseAll: true });
  const indicators = new AttentionIndicators(model, view, locale);
  const templates = new TemplateLibrary(locale);
  const calendar = new CalendarExport(model, clock);
  const ctx: CommandContext = { stores, model, tree, view, clock, locale, workspaceState: context.workspaceState, log };
  const checklist = new ChecklistSlot(() => new (optionalModules().ChecklistPanel)(ctx, context.extensionUri));

  context.subscriptions.push(stores, days, model, archived, merges, tree, view, indicators);
  // Each feature on its own: one that fails to start is logged and the others still work.
  const features: [string, () => vscode.Disposable | vscode.Disposable[]][] = [
    ['diagnostics', () => new ContractsDiagnostics(stores)],
    ['context keys', () => trackContextKeys(stores)],
    ['overdue decorations', () => vscode.window.registerFileDecorationProvider(new OverdueDecorations())],
    ['checklist', () => [checklist, ...registerOpenChecklist(ctx, checklist)]],
    ['Add Contract', () => registerLazyCommands(['contractGuard.addContract'], () => optionalModules().addContractCommand(ctx))],
    ['contract commands', () => registerContractCommands(ctx)],
    ['file commands', () => registerFileCommands(ctx)],
    ['grouping commands', () => registerGroupingCommands(ctx)],
    [
      'archive',
      () => [
        ...registerLazyCommands(['contractGuard.archiveClosed'], () => optionalModules().archiveCommand(ctx)),
        ...registerShowArchivedCommands(context.workspaceState, archived),
      ],
    ],
    [
      'message templates',
      () => [
        templates,
        ...registerLazyCommands(
          ['contractGuard.insertTemplate', 'contractGuard.copyTemplate', 'contractGuard.logTemplateSent'],
          () => optionalModules().templateCommands(ctx, templates),
        ),
        ...registerLazyCommands(['contractGuard.createTemplateFromBuiltin'], () =>
          optionalModules().createTemplateCommand(templates),
        ),
      ],
    ],
    ['calendar export', () => [calendar, registerExportCalendar(calendar)]],
    [
      'merge',
      () =>
        registerLazyCommands(['contractGuard.mergeBothVersions', 'contractGuard.mergeSyncCopy'], () =>
          optionalModules().mergeCommands({
            stores,
            offers: merges,
            questions,
            locale,
            utcOffsetMinutes: () => clock.utcOffsetMinutes(),
            log,
          }),
        ),
    ],
    [
      'timeline export',
      () => registerLazyCommands(['contractGuard.exportTimeline'], () => optionalModules().timelineCommands(ctx)),
    ],
  ];
  context.subscriptions.push(...startEach(features, (name, error) => log.error(`The ${name} feature could not start`, error)));
  await vscode.commands.executeCommand('setContext', GROUPING_KEY, grouping);
  // Not awaited: templates are needed only when the writer asks for one, and their problems can come a moment later.
  void templates.reload();
  await stores.rebuild();
  await setShowArchived(context.workspaceState, archived, rememberedShowArchived(context.workspaceState));
  return createApi(tree, view, model, indicators, templates, checklist, context.extensionMode, questions);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
