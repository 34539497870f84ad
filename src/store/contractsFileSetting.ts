import * as vscode from 'vscode';
import { CONFIG_SECTION, DEFAULT_CONTRACTS_FILE } from '../config';
import { log } from '../log/log';

// Apart from config.ts, which dist/optional.js copies: this one logs, and the log is the extension
// bundle's alone (the optional bundle is handed it).
export function contractsFileSetting(folder: vscode.WorkspaceFolder): string {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION, folder).get<string>('contractsFile');
  if (typeof value !== 'string' || value.trim() === '') {
    return DEFAULT_CONTRACTS_FILE;
  }
  if (!staysInFolder(value.trim())) {
    // A workspace's settings must not point Contract Guard's reads and writes at files elsewhere.
    log.warn(`contractGuard.contractsFile "${value}" leaves the workspace folder; using ${DEFAULT_CONTRACTS_FILE}`);
    return DEFAULT_CONTRACTS_FILE;
  }
  return value.trim();
}

/** A relative path with no ".." step, so it names a file inside the folder. */
export function staysInFolder(relative: string): boolean {
  if (/^([a-z]:|[\\/~])/i.test(relative)) {
    return false;
  }
  return !relative.split(/[\\/]/).some((segment) => segment === '..');
}
