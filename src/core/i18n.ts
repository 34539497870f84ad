/** The two languages Contract Guard speaks. The core picks text itself because it cannot use vscode.l10n. */
export type Locale = 'en' | 'ja';

/** A piece of user-facing text in both languages. */
export interface Localized {
  readonly en: string;
  readonly ja: string;
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Maps a VS Code display language such as "ja" or "en-US" to one we have text for. */
export function localeFromLanguage(language: string): Locale {
  return language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export const LOCALES: readonly Locale[] = ['ja', 'en'];
