import type { IconName } from './icons';

/**
 * Building the page with text only: every string from the contracts file goes in through
 * textContent, never as HTML, so a client called <img onerror=…> is just a name.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) {
    node.className = options.className;
  }
  if (options.text !== undefined) {
    node.textContent = options.text;
  }
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) {
      node.append(child);
    }
  }
  return node;
}

/** A codicon from @vscode/codicons, hidden from screen readers: the text beside it says the same. */
export function icon(name: IconName): HTMLSpanElement {
  return el('span', { className: `codicon codicon-${name}`, attrs: { 'aria-hidden': 'true' } });
}

/** "{0}" in a label replaced by a value, as the extension's l10n strings are written. */
export function format(label: string, ...values: (string | number)[]): string {
  return label.replace(/\{(\d+)\}/g, (m, i: string) => String(values[Number(i)] ?? m));
}
