import * as vscode from 'vscode';
import { localeFromLanguage, type Locale, type WriterDetails } from '../core';
import { CONFIG_SECTION } from '../config';

export const DEFAULT_TEMPLATES_FOLDER = '.contract-guard/templates';

/** The language messages are written in: the setting, or VS Code's display language for "auto". */
export function templateLanguage(): Locale {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('templates.language');
  return value === 'ja' || value === 'en' ? value : localeFromLanguage(vscode.env.language);
}

export function writerDetails(): WriterDetails {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const text = (key: string): string | undefined => {
    const value = config.get<unknown>(key);
    return typeof value === 'string' ? value : undefined;
  };
  const name = text('writer.name');
  const signature = text('writer.signature');
  return { ...(name === undefined ? {} : { name }), ...(signature === undefined ? {} : { signature }) };
}

/** Where a folder keeps the writer's own templates, relative to it. */
export function templatesFolderSetting(folder: vscode.WorkspaceFolder): string {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION, folder).get<string>('templates.folder');
  const trimmed = typeof value === 'string' ? value.trim().replace(/^\/+|\/+$/g, '') : '';
  return trimmed === '' ? DEFAULT_TEMPLATES_FOLDER : trimmed;
}
