import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { dayToIso } from '../../src/core/dates';
import { computeEdit, type EditIntent } from '../../src/core/edit/intents';
import { parseContracts } from '../../src/core/parse';
import { ContractsReader } from '../../src/core/reader';
import { CHANNELS, PLATFORMS, STAGES, type Contact, type Contract, type ContractsFile } from '../../src/core/schema';
import { EN } from './fixtures';
import { runs } from './propertyConfig';

/** How a writer may have laid the file out by hand. */
interface Style {
  readonly indent: string;
  readonly eol: string;
  readonly comments: readonly string[];
  readonly trailingCommas: boolean;
  readonly inlineObjects: boolean;
}

const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom('  ', '    ', '\t', '   ', ' \t'),
  eol: fc.constantFrom('\n', '\r\n'),
  comments: fc.array(fc.constantFrom('// メモ', '/* keep me */', '// $(alert) [x](command:y)', '/* 途中\n  改行 */'), {
    maxLength: 6,
  }),
  trailingCommas: fc.boolean(),
  inlineObjects: fc.boolean(),
});

/** Writes a value the way a hand-edited file might look: comments between entries, odd indents. */
function render(value: unknown, s: Style, depth = 0, counter = { n: 0 }): string {
  const pad = s.indent.repeat(depth + 1);
  const end = s.indent.repeat(depth);
  const comment = (): string => {
    const c = s.comments[counter.n++ % Math.max(1, s.comments.length * 2)];
    return c === undefined ? '' : `${pad}${c.replace(/\n/g, s.eol)}${s.eol}`;
  };
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return '[]';
    }
    const items = value.map((v) => `${comment()}${pad}${render(v, s, depth + 1, counter)}`);
    return `[${s.eol}${items.join(`,${s.eol}`)}${s.trailingCommas ? ',' : ''}${s.eol}${end}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (s.inlineObjects && depth >= 3) {
      return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
    }
    if (entries.length === 0) {
      return '{}';
    }
    const items = entries.map(([k, v]) => `${comment()}${pad}${JSON.stringify(k)}: ${render(v, s, depth + 1, counter)}`);
    return `{${s.eol}${items.join(`,${s.eol}`)}${s.trailingCommas ? ',' : ''}${s.eol}${end}}`;
  }
  return JSON.stringify(value);
}

const text = fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }).filter((t) => t.trim() !== '' || t.length > 0);
const isoDay = fc.integer({ min: 19_000, max: 21_500 }).map(dayToIso);
const isoMoment = fc
  .tuple(isoDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('+09:00', 'Z', '-05:00'))
  .map(([d, h, m, z]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00${z}`);
const contact: fc.Arbitrary<Contact> = fc.record(
  {
    at: fc.oneof(isoDay, isoMoment),
    direction: fc.constantFrom('sent' as const, 'received' as const),
    channel: fc.constantFrom(...CHANNELS),
    summary: text,
    expectsReply: fc.boolean(),
  },
  { requiredKeys: ['at', 'direction', 'channel'] },
);
const unknownFields = fc.dictionary(
  fc.constantFrom('x-note', 'タグ', 'legacy', 'constructor'),
  fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 })),
  { maxKeys: 2 },
);
const contractOf = (id: string): fc.Arbitrary<Contract> =>
  fc
    .record(
      {
        title: text,
        platform: fc.constantFrom(...PLATFORMS),
        client: fc.record({ name: text }),
        stage: fc.constantFrom(...STAGES),
        contacts: fc.array(contact, { maxLength: 3 }),
        checklist: fc.dictionary(fc.constantFrom('cw.a', 'cw.b', 'x'), fc.record({ done: fc.boolean() }), { maxKeys: 2 }),
        amount: fc.integer({ min: 0, max: 10_000_000 }),
      },
      { requiredKeys: ['title', 'platform', 'client', 'stage'] },
    )
    .chain((c) => unknownFields.map((extra) => ({ id, ...c, ...extra })));

const file: fc.Arbitrary<ContractsFile> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => contractOf(`c-${i + 1}`))))
  .map((contracts) => ({ version: 1 as const, contracts }));

const intentFor = (f: ContractsFile): fc.Arbitrary<EditIntent> => {
  const id = fc.constantFrom(...f.contracts.map((c) => c.id));
  return fc.oneof(
    fc.record({ kind: fc.constant('appendContact' as const), contractId: id, contact }),
    fc.record({ kind: fc.constant('setStage' as const), contractId: id, stage: fc.constantFrom(...STAGES), at: isoDay }),
    fc.record({
      kind: fc.constant('setChecklistStep' as const),
      contractId: id,
      stepId: fc.constantFrom('cw.a', 'cw.b', 'new.step'),
      done: fc.boolean(),
      at: isoDay,
    }),
    contractOf('new-1').map((contract) => ({ kind: 'addContract' as const, contract })),
  );
};

/** The model the intent asks for, made from the old model by plain object changes. */
function expected(before: ContractsFile, intent: EditIntent): ContractsFile {
  const next = structuredClone(before);
  if (intent.kind === 'addContract') {
    next.contracts.push(structuredClone(intent.contract));
    return next;
  }
  const c = next.contracts.find((x) => x.id === intent.contractId)!;
  if (intent.kind === 'appendContact') {
    c.contacts = [...(c.contacts ?? []), intent.contact];
  } else if (intent.kind === 'setStage') {
    c.stage = intent.stage;
    c.stageDates = { ...c.stageDates, [intent.stage]: intent.at };
  } else if (intent.done) {
    c.checklist = { ...c.checklist, [intent.stepId]: { done: true, at: intent.at } };
  } else if (c.checklist?.[intent.stepId] !== undefined) {
    delete c.checklist[intent.stepId];
  }
  return next;
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const generated = file.chain((f) => fc.tuple(fc.constant(f), style, intentFor(f)));

describe('edits on any valid file (property)', () => {
  it('parse, hold exactly the intended change, and leave every byte outside the edited span alone', () => {
    fc.assert(
      fc.property(generated, ([model, s, intent]) => {
        const before = render(model, s) + s.eol;
        // As in a store: its reader has read the file when the writer asks for the edit.
        const reader = new ContractsReader();
        const parsed = reader.read(before, EN);
        assert.ok(parsed.ok, 'the generated file is valid');
        const result = computeEdit(before, intent, EN, reader);
        assert.ok(result.ok, result.ok ? '' : result.reason);
        const after = parseContracts(result.newText, EN);
        assert.ok(after.ok, 'the result parses');
        assert.deepEqual(plain(after.file), plain(expected(parsed.file, intent)));
        if (result.edits.length > 0) {
          const start = Math.min(...result.edits.map((e) => e.offset));
          const end = Math.max(...result.edits.map((e) => e.offset + e.length));
          assert.equal(result.newText.slice(0, start), before.slice(0, start), 'bytes before the span');
          assert.equal(result.newText.slice(result.newText.length - (before.length - end)), before.slice(end), 'bytes after');
        }
        for (const line of result.newText.split(s.eol === '\r\n' ? '\r\n' : '\n')) {
          assert.ok(s.eol === '\n' ? !line.includes('\r') : !line.includes('\n'), 'line endings stay the file’s own');
        }
      }),
      runs(300),
    );
  });

  it('applied twice: a contact is logged twice, a stage or checklist step is set once, a contract is added once', () => {
    fc.assert(
      fc.property(generated, ([model, s, intent]) => {
        const before = render(model, s) + s.eol;
        const once = computeEdit(before, intent, EN);
        assert.ok(once.ok);
        const twice = computeEdit(once.newText, intent, EN);
        if (intent.kind === 'addContract') {
          assert.equal(twice.ok, false, 'the same id is refused the second time');
          return;
        }
        assert.ok(twice.ok);
        const first = parseContracts(once.newText, EN);
        const second = parseContracts(twice.newText, EN);
        assert.ok(first.ok && second.ok);
        if (intent.kind === 'appendContact') {
          assert.deepEqual(plain(second.file), plain(expected(first.file, intent)));
        } else {
          assert.equal(twice.newText, once.newText, 'setting the same value again changes nothing');
          assert.equal(twice.edits.length, 0);
        }
      }),
      runs(200),
    );
  });
});
