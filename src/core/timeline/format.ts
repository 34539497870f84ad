import { pick } from '../i18n';
import type { Timeline } from './build';
import { TIMELINE_WORDS as W } from './words';

/**
 * The timeline as Markdown, for the preview and its print to PDF. Every piece of the writer's text
 * is escaped so it shows as written: `**`, `<b>`, `[x](command:…)`, `$…$` and `&lt;` are text, never
 * formatting, HTML, links, math or entities. Our own text (headings, labels, sources) is not.
 */
export function timelineMarkdown(t: Timeline): string {
  const lines: string[] = [`# ${markdownLiteral(t.heading)}`, ''];
  for (const f of t.facts) {
    lines.push(`- ${f.label}${pick(W.colon, t.locale)}${markdownLiteral(f.value)}`);
  }
  lines.push('', `## ${pick(W.events, t.locale)}`, '');
  if (t.events.length === 0) {
    lines.push(pick(W.noEvents, t.locale));
  }
  for (const e of t.events) {
    const summary = e.summary === undefined ? '' : `${pick(W.colon, t.locale)}${markdownLiteral(e.summary)}`;
    lines.push(`- **${e.date}** ${e.what}${summary}`);
  }
  if (t.money.length > 0) {
    lines.push('', `## ${pick(W.moneyHeading, t.locale)}`, '');
    for (const f of t.money) {
      lines.push(`- ${f.label}${pick(W.colon, t.locale)}${markdownLiteral(f.value)}`);
    }
  }
  if (t.rules.length > 0) {
    lines.push('', `## ${pick(W.rulesHeading, t.locale)}`, '');
    for (const r of t.rules) {
      lines.push(`- ${r.title}${pick(W.open, t.locale)}${r.verification}${pick(W.close, t.locale)}`);
      for (const s of r.sources) {
        lines.push(`  - ${pick(W.sources, t.locale)}${pick(W.colon, t.locale)}${s.startsWith('https://') ? `<${s}>` : s}`);
      }
    }
  }
  lines.push('', '---', '', t.footer, '');
  return lines.join('\n');
}

/**
 * The timeline as plain text, for a platform's report form or an email: no markup at all, one fact
 * per line, the writer's text exactly as written (line breaks inside a summary become spaces, so
 * each fact stays on its own line).
 */
export function timelineText(t: Timeline): string {
  const colon = pick(W.colon, t.locale);
  const [open, close] = t.locale === 'ja' ? ['【', '】'] : ['== ', ' =='];
  const lines: string[] = [oneLine(t.heading), ''];
  for (const f of t.facts) {
    lines.push(`${f.label}${colon}${oneLine(f.value)}`);
  }
  lines.push('', `${open}${pick(W.events, t.locale)}${close}`);
  if (t.events.length === 0) {
    lines.push(pick(W.noEvents, t.locale));
  }
  for (const e of t.events) {
    lines.push(`${e.date} ${e.what}${e.summary === undefined ? '' : `${colon}${oneLine(e.summary)}`}`);
  }
  if (t.money.length > 0) {
    lines.push('', `${open}${pick(W.moneyHeading, t.locale)}${close}`);
    for (const f of t.money) {
      lines.push(`${f.label}${colon}${oneLine(f.value)}`);
    }
  }
  if (t.rules.length > 0) {
    lines.push('', `${open}${pick(W.rulesHeading, t.locale)}${close}`);
    for (const r of t.rules) {
      lines.push(`・${r.title}${pick(W.open, t.locale)}${r.verification}${pick(W.close, t.locale)}`);
      for (const s of r.sources) {
        lines.push(`  ${pick(W.sources, t.locale)}${colon}${s}`);
      }
    }
  }
  lines.push('', t.footer, '');
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Writer's text as Markdown that renders as exactly that text, on one line. The characters that can
 * start inline syntax are escaped: emphasis and strikethrough, code, links and images, HTML and
 * autolinks, entities, table cells and math. Nothing else is, so the source stays readable in the
 * editor. A line break would let a heading or a list start, so it becomes a space.
 */
export function markdownLiteral(text: string): string {
  return oneLine(text)
    .trimEnd()
    .replace(/[\\`*_[\]<>&|~$]/g, (ch) => `\\${ch}`);
}
