import * as vscode from 'vscode';
import { PLATFORMS, type Platform, type SilenceThresholds } from './core';

export const CONFIG_SECTION = 'contractGuard';
export const DEFAULT_CONTRACTS_FILE = 'contracts.json';

/** How long a write may take before it is reported as failed, so it cannot hold up later writes. */
export function writeTimeoutMs(): number {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION).get<number>('writeTimeoutSeconds');
  const seconds = typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : 15;
  return seconds * 1000;
}

export const DEFAULT_MAX_FILE_SIZE_MB = 20;

/** Files larger than this are not read (a huge file would freeze the extension host) nor written. */
export function maxFileSizeBytes(folder: vscode.WorkspaceFolder): number {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION, folder).get<number>('maxFileSizeMB');
  const mb = typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_FILE_SIZE_MB;
  return Math.floor(mb * 1024 * 1024);
}

type ThresholdOverrides = Partial<Record<Platform, Partial<Pick<SilenceThresholds, 'watch' | 'act'>>>>;

/** The user's thresholds, keeping only well-formed numbers: a typo in settings must not break the view. */
export function silenceThresholdsSetting(): ThresholdOverrides {
  const raw: unknown = vscode.workspace.getConfiguration(CONFIG_SECTION).get('silenceThresholds');
  const result: ThresholdOverrides = {};
  if (raw === null || typeof raw !== 'object') {
    return result;
  }
  for (const platform of PLATFORMS) {
    const entry: unknown = (raw as Record<string, unknown>)[platform];
    if (entry === null || typeof entry !== 'object') {
      continue;
    }
    const { watch, act } = entry as Record<string, unknown>;
    const clean: { watch?: number; act?: number } = {};
    if (typeof watch === 'number' && Number.isInteger(watch) && watch >= 0) {
      clean.watch = watch;
    }
    if (typeof act === 'number' && Number.isInteger(act) && act >= 1) {
      clean.act = act;
    }
    result[platform] = clean;
  }
  return result;
}

/** Rows and pickers name the folder only when there is more than one. */
export function isMultiRoot(): boolean {
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
}
