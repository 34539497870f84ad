/**
 * A text that git left with conflict markers, split into the two versions (and the common one, when
 * git wrote it in the diff3 or zdiff3 style). Lines outside the marked regions belong to every version.
 *
 *   <<<<<<< HEAD            (this machine's lines follow)
 *   ||||||| merged common ancestors   (diff3 only: the common version's lines follow)
 *   =======                 (the other version's lines follow)
 *   >>>>>>> other-branch
 */
export interface ConflictVersions {
  readonly ours: string;
  readonly theirs: string;
  /** The common version, when every region carried one. */
  readonly base?: string;
  /** The label git gave the other side (a branch name, a commit), for messages. */
  readonly theirsLabel: string;
  readonly regions: number;
}

// git writes exactly seven marker characters at the start of a line (conflict-marker-size default).
const OPEN = /^<{7}(?: (.*))?$/;
const BASE = /^\|{7}(?: .*)?$/;
const SPLIT = /^={7}$/;
const CLOSE = /^>{7}(?: (.*))?$/;

/** Whether the text holds at least one complete conflict region. */
export function hasConflictMarkers(text: string): boolean {
  return splitConflictMarkers(text) !== undefined;
}

/** The versions in a text with conflict markers; undefined when there is no complete, well-formed region. */
export function splitConflictMarkers(text: string): ConflictVersions | undefined {
  if (!text.includes('<<<<<<<')) {
    return undefined; // the common case, answered without splitting a large file into lines
  }
  const lines = text.split(/(?<=\n)/); // each line keeps its own line end
  const ours: string[] = [];
  const theirs: string[] = [];
  const base: string[] = [];
  let state: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  let regions = 0;
  let withBase = 0;
  let theirsLabel = '';
  for (const line of lines) {
    const bare = line.replace(/\r?\n$/, '');
    if (state === 'both' && OPEN.test(bare)) {
      state = 'ours';
      continue;
    }
    if (state === 'ours' && BASE.test(bare)) {
      state = 'base';
      withBase++;
      continue;
    }
    if ((state === 'ours' || state === 'base') && SPLIT.test(bare)) {
      state = 'theirs';
      continue;
    }
    if (state === 'theirs' && CLOSE.test(bare)) {
      theirsLabel = CLOSE.exec(bare)?.[1] ?? '';
      state = 'both';
      regions++;
      continue;
    }
    if (state === 'both') {
      ours.push(line);
      theirs.push(line);
      base.push(line);
    } else if (state === 'ours') {
      ours.push(line);
    } else if (state === 'base') {
      base.push(line);
    } else {
      theirs.push(line);
    }
  }
  if (state !== 'both' || regions === 0) {
    return undefined; // an unclosed region: not something git wrote, so not something to guess at
  }
  const versions = { ours: ours.join(''), theirs: theirs.join(''), theirsLabel, regions };
  return withBase === regions ? { ...versions, base: base.join('') } : versions;
}
