import type { ChecklistAction, ChecklistContent, ChecklistStep } from '../core/checklist/types';
import type { LabelKey, PanelState } from '../checklist/protocol';
import { el, format, icon } from './dom';
import type { IconName } from './icons';
import { saveState, send } from './vscodeApi';

type Labels = Readonly<Record<LabelKey, string>>;
interface State {
  readonly labels: Labels;
  readonly content?: ChecklistContent;
  readonly problem?: string;
}

const ACTION_ICONS: Record<ChecklistAction['kind'], IconName> = {
  insertTemplate: 'mail',
  recordOperatorReport: 'report',
  recordTerminationRequest: 'circle-slash',
  openContractPage: 'link-external',
  setStage: 'debug-step-over',
  exportTimeline: 'history',
};

/** Draws the whole page from one state message; the previous page is replaced, scroll kept. */
export function render(app: HTMLElement, state: State, saved: PanelState): void {
  const { labels, content } = state;
  const focused = document.activeElement?.getAttribute('data-focus-key');
  app.replaceChildren();
  if (!content) {
    app.append(el('p', { className: 'empty', text: labels.empty }));
    return;
  }
  if (state.problem !== undefined) {
    app.append(el('div', { className: 'banner', attrs: { role: 'status' } }, icon('warning'), el('span', { text: `${labels.stale} ${state.problem}` })));
  }
  app.append(header(content, labels), el('p', { className: 'situation', text: content.situation }));
  app.append(section(labels.steps, steps(content, labels, saved)));
  if (content.consequences.length > 0) {
    app.append(
      section(
        labels.datesThatFollow,
        el('ul', { className: 'dates' }, ...content.consequences.map((c) => el('li', {}, el('strong', { text: c.date }), el('span', { text: ` ${c.text}${c.reportedByUsers ? ` (${labels.reportedByUsersNote})` : ''}` })))),
      ),
    );
  }
  if (content.vetting.length > 0) {
    app.append(section(labels.vetting, vetting(content, labels)));
  }
  app.append(section(labels.timeline, timeline(content, labels)));
  if (content.notes.length > 0) {
    app.append(section(labels.notes, el('div', {}, ...content.notes.map((n) => el('p', { className: 'note', text: n })))));
  }
  window.scrollTo(0, saved.scrollY ?? 0);
  if (focused) {
    document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
  }
}

function header(c: ChecklistContent, labels: Labels): HTMLElement {
  const facts = [c.client, c.platform, c.stage, ...(c.silentDays === undefined ? [] : [format(labels.silentDays, c.silentDays)])];
  return el(
    'header',
    {},
    el('h1', { text: c.title }),
    el('p', { className: 'facts' }, el('span', { className: `urgency urgency-${c.urgency}`, text: c.urgencyLabel }), el('span', { text: facts.join(' · ') })),
  );
}

function section(title: string, body: HTMLElement): HTMLElement {
  return el('section', {}, el('h2', { text: title }), body);
}

function steps(c: ChecklistContent, labels: Labels, saved: PanelState): HTMLElement {
  if (c.steps.length === 0) {
    return el('p', { text: labels.noSteps });
  }
  return el('ol', { className: 'steps' }, ...c.steps.map((s) => step(s, labels, saved)));
}

function step(s: ChecklistStep, labels: Labels, saved: PanelState): HTMLElement {
  const id = `step-${s.id}`;
  const box = el('input', { attrs: { type: 'checkbox', id, 'data-focus-key': `${id}-box` } });
  box.checked = s.state === 'done';
  // A step done by the log (a report, a reminder) or by time passing is not the writer's tick to undo.
  box.disabled = s.doneBy === 'record';
  if (box.disabled) {
    box.title = labels.doneByRecord;
  }
  box.addEventListener('change', () => send({ type: 'toggleStep', stepId: s.id, done: box.checked }));
  const meta = [
    ...(s.due === undefined ? [] : [format(labels.due, s.due)]),
    ...(s.overdue ? [labels.overdue] : []),
    ...(s.doneOn === undefined ? [] : [format(labels.doneOn, s.doneOn)]),
    ...(s.state === 'next' ? [labels.next] : []),
    ...(s.optional ? [labels.optional] : []),
  ].join(' · ');
  const details = el(
    'details',
    { attrs: { 'data-step': s.id } },
    el('summary', { text: labels.sources, attrs: { 'data-focus-key': `${id}-sources` } }),
    el('ul', { className: 'sources' }, ...s.sources.map((src) => el('li', {}, src.url ? link(src.label, src.url, `${id}-${src.url}`) : el('span', { text: src.label })))),
  );
  details.open = saved.expanded?.includes(s.id) ?? false;
  details.addEventListener('toggle', () => {
    const open = new Set(savedExpanded(saved));
    if (details.open) {
      open.add(s.id);
    } else {
      open.delete(s.id);
    }
    saveState({ expanded: [...open] });
  });
  return el(
    'li',
    { className: `step step-${s.state}${s.overdue ? ' step-overdue' : ''}` },
    el('div', { className: 'step-head' }, box, el('label', { text: s.title, attrs: { for: id } })),
    el('p', { className: 'meta' }, el('span', { className: `badge badge-${s.verification}`, text: s.verificationLabel }), el('span', { text: meta ? ` ${meta}` : '' })),
    el('p', { className: 'detail', text: s.detail }),
    s.actions.length > 0 ? el('div', { className: 'actions' }, ...s.actions.map((a) => actionButton(s, a, labels))) : null,
    details,
  );
}

function savedExpanded(saved: PanelState): string[] {
  return [...(saved.expanded ?? [])];
}

function actionButton(s: ChecklistStep, action: ChecklistAction, labels: Labels): HTMLButtonElement {
  const button = el('button', { attrs: { type: 'button', 'data-focus-key': `${s.id}-${action.kind}` } }, icon(ACTION_ICONS[action.kind]), el('span', { text: labels[action.kind] }));
  button.addEventListener('click', () => send({ type: 'action', stepId: s.id, action }));
  return button;
}

function link(text: string, url: string, key: string): HTMLAnchorElement {
  const a = el('a', { text, attrs: { href: url, 'data-focus-key': key } });
  // Links open through the extension, which opens https only.
  a.addEventListener('click', (event) => {
    event.preventDefault();
    send({ type: 'openLink', url });
  });
  return a;
}

function vetting(c: ChecklistContent, labels: Labels): HTMLElement {
  return el(
    'ul',
    { className: 'vetting' },
    ...c.vetting.map((v) =>
      el(
        'li',
        {},
        icon(v.ok === true ? 'pass' : v.ok === false ? 'warning' : 'circle-large-outline'),
        el('span', { text: ` ${v.text}${v.ok === undefined ? '' : `: ${v.ok ? labels.verified : labels.notVerified}`}` }),
        v.note ? el('span', { className: 'note', text: ` (${v.note})` }) : null,
      ),
    ),
  );
}

function timeline(c: ChecklistContent, labels: Labels): HTMLElement {
  if (c.timeline.length === 0) {
    return el('p', { text: labels.noMessages });
  }
  return el(
    'ul',
    { className: 'timeline' },
    ...c.timeline.map((t) =>
      el(
        'li',
        { className: `contact contact-${t.direction}` },
        icon(t.direction === 'sent' ? 'arrow-up' : 'arrow-down'),
        el('strong', { text: ` ${t.date}` }),
        el('span', { className: 'note', text: ` ${t.direction === 'sent' ? labels.sent : labels.received} · ${t.channel}` }),
        t.summary ? el('span', { text: ` ${t.summary}` }) : null,
      ),
    ),
  );
}
