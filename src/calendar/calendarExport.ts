import * as vscode from 'vscode';
import { log } from '../log/log';
import { CONFIG_SECTION } from '../config';
import type { Clock } from '../clock/clock';
import { optionalModules } from '../optional/loadOptional';
import type { StatusModel } from '../status/statusModel';
import { templateLanguage } from '../templates/templateSettings';

const KEEP_UPDATED = 'calendar.keepUpdated';
const UPDATE_DELAY_MS = 500;

/** Where a folder's calendar goes: beside its contracts file, with the same name and `.ics`. */
export function calendarUri(contractsFile: vscode.Uri): vscode.Uri {
  const name = contractsFile.path.split('/').pop() ?? 'contracts.json';
  return vscode.Uri.joinPath(contractsFile, '..', `${name.replace(/\.[^.]*$/, '')}.ics`);
}

/**
 * Writes the dates of a folder's open contracts to an iCalendar file, and, where the writer turned
 * the setting on, keeps that file current after every change, for calendars that subscribe to it
 * through a synced folder.
 */
export class CalendarExport implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly model: StatusModel,
    private readonly clock: Clock,
  ) {
    this.disposables = [
      model.onDidChange(() => this.scheduleUpdate()),
      vscode.workspace.onDidChangeConfiguration(
        (e) => e.affectsConfiguration(`${CONFIG_SECTION}.${KEEP_UPDATED}`) && this.scheduleUpdate(),
      ),
    ];
  }

  /**
   * Exports one folder's contracts; resolves with the file, or undefined when the folder has none.
   * Writes only when an event changed, so a synced folder does not churn.
   */
  exportFolder(folder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
    const run = this.writing.then(() => this.write(folder));
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async write(folder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
    const mine = this.model.all.filter((e) => e.folder.uri.toString() === folder.uri.toString());
    const contractsFile =
      mine[0]?.uri ??
      this.model.snapshots.find((s) => s.folder.uri.toString() === folder.uri.toString() && s.kind === 'loaded')?.uri;
    if (!contractsFile) {
      return undefined;
    }
    const target = calendarUri(contractsFile);
    const before = await readText(target);
    const locale = templateLanguage();
    const text = optionalModules().calendarFileText(
      mine.map((e) => e.status),
      before ?? '',
      locale,
      this.clock.now(),
    );
    if (before === undefined || withoutStamps(before) !== withoutStamps(text)) {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    }
    return target;
  }

  private scheduleUpdate(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        if (vscode.workspace.getConfiguration(CONFIG_SECTION, folder).get<boolean>(KEEP_UPDATED) === true) {
          this.exportFolder(folder).catch((error: unknown) => {
            log.error('Could not update the calendar file', error);
          });
        }
      }
    }, UPDATE_DELAY_MS);
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

/** The time of writing changes on every export; it alone is no reason to rewrite the file. */
function withoutStamps(ics: string): string {
  return ics.replace(/^DTSTAMP:.*$/gm, '');
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return undefined;
    }
    throw error;
  }
}
