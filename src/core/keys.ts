import type { Node } from 'jsonc-parser';
import type { Localized } from './i18n';

export interface KeyProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: Localized;
}

/**
 * Field names that JSON allows but this file cannot hold safely:
 * - the same key twice in one object: the model would take the last value while an edit, which
 *   looks keys up from the top, would change the first, so a write could land in the wrong place;
 * - `__proto__`: reading it into a JavaScript object sets the object's prototype instead of a field,
 *   so what the view shows would not be what the file says.
 * Walks the syntax tree with its own stack: linear, and no recursion on deep files.
 */
export function findKeyProblems(root: Node): KeyProblem[] {
  const found: KeyProblem[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key || typeof key.value !== 'string') {
          continue;
        }
        const name = key.value;
        if (name === '__proto__') {
          found.push({ offset: key.offset, length: key.length, message: protoKey() });
        } else if (seen.has(name)) {
          found.push({ offset: key.offset, length: key.length, message: duplicateKey(name) });
        }
        seen.add(name);
      }
    }
    for (const child of node.children ?? []) {
      stack.push(child);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function duplicateKey(name: string): Localized {
  return {
    en: `“${name}” appears twice in the same { … }. Keep one of them, so it is clear which one counts.`,
    ja: `同じ { … } の中に「${name}」が2回あります。どちらが有効か分かるよう、1つにしてください。`,
  };
}

function protoKey(): Localized {
  return {
    en: '“__proto__” cannot be used as a field name here. Rename or remove it.',
    ja: '「__proto__」はここで項目名に使えません。名前を変えるか削除してください。',
  };
}
