import * as fs from 'node:fs';

/**
 * Waits until the file on disk holds a finished write that differs from `before`, and returns it.
 *
 * VS Code saves by truncating the file and then writing it, so a read in between sees an empty or
 * partial file (a CI run once read '' here). A text counts as finished when it is not empty and a
 * second read a moment later finds the same bytes.
 */
export async function changedOnDisk(file: string, before: string, what = 'the change on disk', ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  let previous: string | undefined;
  for (;;) {
    const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (now !== '' && now !== before && now === previous) {
      return now;
    }
    previous = now;
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}; the file holds ${JSON.stringify(now.slice(0, 200))}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}
