import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './codeServer';

/** Test runs write to their workspace, so each run gets a fresh copy of the fixtures. */
export function freshCopy(source: string, name: string): string {
  const target = path.join(REPO_ROOT, '.vscode-test', 'runs', `${name}-${process.pid}-${Date.now()}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** The moment the fixtures and the demo describe; tests pin the extension's clock to it. */
export const FIXTURE_NOW = '2026-11-24T10:00:00+09:00';
/** Pins the extension host's clock and zone, so urgency in tests does not depend on the day they run. */
export const PINNED_CLOCK_ENV = { CONTRACT_GUARD_NOW: FIXTURE_NOW, TZ: 'Asia/Tokyo' };
