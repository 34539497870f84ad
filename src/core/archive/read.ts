import { readOnce, type ParseOptions } from '../parse';
import { LineIndex, type TextRange } from '../positions';
import type { Problem } from '../problems';
import type { Contract } from '../schema';

export type ArchiveRead =
  | { readonly ok: true; readonly entries: readonly { readonly contract: Contract; readonly range: TextRange }[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** An archive file's contracts and where each stands in it, read as any contracts file is. */
export function readArchive(text: string, options: ParseOptions): ArchiveRead {
  // Not kept: reading an archive must not take the place of the last read of the contracts file.
  const { result: parsed, spans } = readOnce(text, options);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.problems };
  }
  const lines = new LineIndex(text);
  return {
    ok: true,
    entries: parsed.file.contracts.map((contract, i) => ({
      contract,
      range: lines.rangeAt(spans[i]?.offset ?? 0, spans[i]?.length ?? 0),
    })),
  };
}
