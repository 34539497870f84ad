import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import * as z from 'zod/mini';
import { pick, type Locale, type Localized } from '../i18n';
import { CHANNELS, PLATFORMS, STAGES } from '../schema';
import { checkTemplateBody } from './render';
import type { MessageTemplate, TemplateProblem } from './types';

/**
 * A template of the writer's own: a Markdown file with a YAML front matter. The front matter is read
 * with the `yaml` package's core schema, which builds plain data only: no tags that run code.
 */
const frontMatterSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)),
  title: z.string().check(z.minLength(1)),
  language: z.optional(z.enum(['ja', 'en'])),
  platforms: z.optional(z.array(z.enum(PLATFORMS))),
  stages: z.optional(z.array(z.enum(STAGES))),
  channel: z.optional(z.enum(CHANNELS)),
  expectsReply: z.optional(z.boolean()),
  description: z.optional(z.string()),
});

export interface UserTemplateResult {
  /** Set when the file can be used; problems may still hold warnings about it. */
  readonly template?: MessageTemplate;
  readonly problems: readonly TemplateProblem[];
}

const FENCE = /^---[ \t]*$/;

/**
 * Reads one template file. `fallbackLanguage` applies when the front matter names none; `messages`
 * decides the language problems are reported in.
 */
export function parseUserTemplate(file: string, text: string, fallbackLanguage: Locale, messages: Locale): UserTemplateResult {
  const say = (line: number, text: Localized): UserTemplateResult => ({ problems: [{ line, message: pick(text, messages) }] });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return say(0, MESSAGES.noFrontMatter);
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) {
    return say(0, MESSAGES.unclosed);
  }
  const lineCounter = new LineCounter();
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = 1 + (lineCounter.linePos(firstError.pos[0]).line - 1);
    return say(line, { en: `Front matter is not valid YAML: ${firstError.message}`, ja: `フロントマターを YAML として読めません（${firstError.message}）。` });
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 50 });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return say(1, MESSAGES.notMapping);
  }
  // YAML reads `id: 123` and `title: 2024` as numbers; the writer meant text.
  const data = Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, (k === 'id' || k === 'title' || k === 'description') && typeof v === 'number' ? String(v) : v]),
  );
  const unknownKey = Object.keys(data).find((k) => !(k in frontMatterSchema.def.shape));
  if (unknownKey !== undefined) {
    return say(1 + keyLine(doc.contents, unknownKey, lineCounter), MESSAGES.unknownKey(unknownKey));
  }
  const checked = frontMatterSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const key = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
    const present = key !== undefined && key in data;
    return present ? say(1 + keyLine(doc.contents, key, lineCounter), MESSAGES.badValue(key)) : say(0, MESSAGES.missing(key ?? 'id'));
  }
  const fm = checked.data;
  const bodyLine = close + 1;
  const body = lines.slice(bodyLine).join('\n');
  const language = fm.language ?? fallbackLanguage;
  const bodyProblems = checkTemplateBody(body, messages).map((p) => ({ ...p, line: p.line + bodyLine }));
  if (bodyProblems.length > 0) {
    return { problems: bodyProblems };
  }
  if (body.trim() === '') {
    return say(close, MESSAGES.emptyBody);
  }
  return {
    template: {
      id: fm.id,
      title: fm.title,
      ...(fm.description === undefined ? {} : { description: fm.description }),
      language,
      body,
      platforms: fm.platforms ?? [],
      stages: fm.stages ?? [],
      channel: fm.channel ?? 'platformMessage',
      expectsReply: fm.expectsReply ?? true,
      origin: { kind: 'workspace', file, bodyLine },
    },
    problems: [],
  };
}

/** The 0-based line of a top-level key within the YAML text, or 0 when it cannot be found. */
function keyLine(contents: unknown, key: string, counter: LineCounter): number {
  if (!isMap(contents)) {
    return 0;
  }
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
      return counter.linePos(pair.key.range[0]).line - 1;
    }
  }
  return 0;
}

const MESSAGES = {
  noFrontMatter: {
    en: 'A template file starts with a front matter between two "---" lines (id, title, and optionally language, platforms, stages, channel).',
    ja: 'テンプレートファイルは "---" の行で囲んだフロントマター（id, title と、必要なら language, platforms, stages, channel）で始めてください。',
  },
  unclosed: {
    en: 'The front matter has no closing "---" line.',
    ja: 'フロントマターを閉じる "---" の行がありません。',
  },
  notMapping: {
    en: 'The front matter must be "key: value" lines.',
    ja: 'フロントマターは「キー: 値」の形で書いてください。',
  },
  unknownKey: (key: string): Localized => ({
    en: `"${key}" is not a front matter key Contract Guard knows (id, title, description, language, platforms, stages, channel, expectsReply).`,
    ja: `"${key}" は使えないキーです（使えるのは id, title, description, language, platforms, stages, channel, expectsReply です）。`,
  }),
  emptyBody: {
    en: 'The template has no text after the front matter.',
    ja: 'フロントマターの後にメッセージの本文がありません。',
  },
  missing: (key: string): Localized => ({
    en: `The front matter needs "${key}".`,
    ja: `フロントマターに "${key}" がありません。`,
  }),
  badValue: (key: string): Localized => ({
    en: `"${key}" has a value Contract Guard does not understand. ${HINTS[key]?.en ?? ''}`.trim(),
    ja: `"${key}" の値が正しくありません。${HINTS[key]?.ja ?? ''}`.trim(),
  }),
};

const HINTS: Readonly<Record<string, Localized>> = {
  id: { en: 'Use letters, digits, ".", "_" or "-".', ja: '英数字と「.」「_」「-」が使えます。' },
  title: { en: 'Write a non-empty title.', ja: 'title には空でない文字列を書いてください。' },
  language: { en: 'Use ja or en.', ja: 'ja か en を指定してください。' },
  platforms: { en: `A list of: ${PLATFORMS.join(', ')}.`, ja: `次の値をリストで指定してください（${PLATFORMS.join(', ')}）。` },
  stages: { en: `A list of: ${STAGES.join(', ')}.`, ja: `次の値をリストで指定してください（${STAGES.join(', ')}）。` },
  channel: { en: `One of: ${CHANNELS.join(', ')}.`, ja: `次のいずれかを指定してください（${CHANNELS.join(', ')}）。` },
  expectsReply: { en: 'Use true or false.', ja: 'true か false を指定してください。' },
};
