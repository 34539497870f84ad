import type { Locale, Localized } from '../i18n';
import type { Channel, Platform, Stage } from '../schema';

/**
 * A message template as the writer picks it: one language, one body. Built-ins come in both
 * languages and are resolved to one; the writer's own files are written in one.
 */
export interface MessageTemplate {
  /** Stable: playbook steps name templates by it, and a writer's file with the same id replaces the built-in. */
  readonly id: string;
  readonly title: string;
  /** When to use it, in a few words (shown in the quick pick). */
  readonly description?: string;
  readonly language: Locale;
  /** Text with {{name}} placeholders. */
  readonly body: string;
  /** Platforms it fits; empty means every platform. */
  readonly platforms: readonly Platform[];
  /** Stages it fits; empty means every stage. */
  readonly stages: readonly Stage[];
  /** How a sent message of this kind is recorded in the contact log. */
  readonly channel: Channel;
  /** Whether the recipient is asked for an answer (false for a withdrawal or a thank-you). */
  readonly expectsReply: boolean;
  readonly origin: TemplateOrigin;
}

export type TemplateOrigin =
  | { readonly kind: 'builtin'; readonly snippetPrefix: string }
  | { readonly kind: 'workspace'; readonly file: string; /** 0-based line of the body's first line in the file. */ readonly bodyLine: number };

/** A built-in, written in both languages. */
export interface BuiltinTemplate {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  readonly body: Localized;
  readonly platforms: readonly Platform[];
  readonly stages: readonly Stage[];
  readonly channel: Channel;
  readonly expectsReply: boolean;
  /** Snippet prefixes: romaji for Japanese (cg-saisoku), English words for English (cg-remind). */
  readonly prefix: Localized;
}

/** One piece of a rendered message: text as is, or a placeholder with or without a value. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'placeholder';
      readonly name: string;
      /** What the writer should type there, in the template's language ("納期", "new deadline"). */
      readonly label: string;
      /** Known from the contract or the settings; undefined leaves a tab stop for the writer. */
      readonly value?: string;
    };

/** Something wrong in a template file, at a 0-based line of that file. */
export interface TemplateProblem {
  readonly line: number;
  readonly message: string;
}
