import type * as vscode from 'vscode';
import type { Locale } from '../core';
import type { Clock } from '../clock/clock';
import type { Log } from '../log/log';
import type { ContractsStores } from '../store/contractsStores';
import type { StatusModel } from '../status/statusModel';
import type { ContractsTree } from '../tree/contractsTree';
import type { TreeNode } from '../tree/nodes';

/** What command handlers need; built once in activate(). */
export interface CommandContext {
  readonly stores: ContractsStores;
  readonly model: StatusModel;
  readonly tree: ContractsTree;
  readonly view: vscode.TreeView<TreeNode>;
  readonly clock: Clock;
  readonly locale: Locale;
  readonly workspaceState: vscode.Memento;
  /** The running log, handed to the optional bundle (which has no log of its own) with the rest. */
  readonly log: Log;
}
