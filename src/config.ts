import * as vscode from 'vscode';
import { PLATFORMS, type Platform, type SilenceThresholds } from './core';

export const CONFIG_SECTION = 'contractGuard';
export const DEFAULT_CONTRACTS_FILE = 'contracts.json';

export function contractsFileSetting(folder: vscode.WorkspaceFolder): string {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION, folder).get<string>('contractsFile');
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : DEFAULT_CONTRACTS_FILE;
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
