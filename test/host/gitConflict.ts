import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * What a real `git merge` leaves in contracts.json when two branches changed the same lines: a
 * repository of its own in a temporary folder, the base committed on main, `theirs` on a branch named
 * "desktop", `ours` on main, then main merges desktop. The tests merge exactly what git wrote.
 */
export function gitMergeConflict(base: string, ours: string, theirs: string, style: 'merge' | 'diff3' = 'merge'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-git-'));
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', `merge.conflictStyle=${style}`, ...args], {
      cwd: dir,
      stdio: 'pipe',
    });
  };
  const file = path.join(dir, 'contracts.json');
  try {
    git('init', '-q', '-b', 'main');
    fs.writeFileSync(file, base);
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'desktop');
    fs.writeFileSync(file, theirs);
    git('commit', '-qam', 'desktop');
    git('checkout', '-q', 'main');
    fs.writeFileSync(file, ours);
    git('commit', '-qam', 'laptop');
    try {
      git('merge', '-q', 'desktop');
    } catch {
      // the conflict is what the caller wants
    }
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('<<<<<<<')) {
      throw new Error('git merged the two versions without a conflict');
    }
    return text;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
