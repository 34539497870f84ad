import { EditComposer, type TextEdit } from '../edit/textEdit';

/**
 * The edits that turn `before` into `after`, trimmed to what changes: for a file git left with conflict
 * markers, the merge is made on this machine's version, but it is the marked text that gets replaced.
 */
export function wholeTextEdits(before: string, after: string): readonly TextEdit[] {
  const composer = new EditComposer(before);
  composer.add([{ offset: 0, length: before.length, content: after }]);
  return composer.edits();
}
