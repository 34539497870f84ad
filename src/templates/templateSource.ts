import type * as vscode from 'vscode';
import type { MessageTemplate } from '../core';

/**
 * What the template commands (in dist/optional.js) use of the running TemplateLibrary. An interface
 * of its own, so that they do not import the library, which loads the optional bundle: the import
 * graph keeps one direction through src/optional.
 */
export interface TemplateSource {
  templatesFor(folder: vscode.WorkspaceFolder): readonly MessageTemplate[];
  reload(): Promise<void>;
}
