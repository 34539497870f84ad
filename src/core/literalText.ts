/**
 * The writer's text (titles, client names, summaries pasted from web pages) shown by VS Code in
 * places that give some syntax a meaning: `$(alert)` becomes an icon in tree rows, quick picks,
 * input-box titles and hovers; `[text](command:…)` becomes a clickable link in notifications.
 *
 * A zero-width space breaks each pattern while the text looks exactly as written. Backslash escapes
 * would not do: surfaces that do not render icons would show the backslash.
 */
const ZWSP = '\u200B';

/** For labels, descriptions, quick picks, titles and tooltips: `$(name)` stays text. */
export function literalLabel(text: string): string {
  return text.replace(/\$\(/g, () => `$${ZWSP}(`);
}

/** For notification messages: no icons and no links. */
export function literalMessage(text: string): string {
  return literalLabel(text).replace(/\]\(/g, () => `]${ZWSP}(`);
}

/**
 * For Markdown (hovers): the renderer turns bare web and mail addresses into links on its own, and
 * inside such a link a backslash escape is shown as a backslash. A zero-width space after "://",
 * "www" and "@" keeps the address as plain text.
 */
export function withoutAutolinks(text: string): string {
  return text
    .replace(/:\/\//g, () => `:${ZWSP}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/@/g, () => `@${ZWSP}`);
}
