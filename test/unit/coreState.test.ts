import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * The pure core keeps no state between calls: what must last is an object its owner holds (a store
 * holds its ContractsReader). So no module under src/core may hold, at its top level, anything that
 * changes: no `let` or `var`, no class field that is static and writable, no Map, Set, array or
 * object that the module (or anyone) changes.
 *
 * The one exception is a value made on first use and never changed after (src/core/memo.ts): each
 * use is listed here with its reason, so a new one is a decision someone wrote down.
 */
const MADE_ON_FIRST_USE: Readonly<Record<string, string>> = {
  'schema.ts schemas': "the file format's zod schemas: making them is most of the cost of loading the core, which the extension's start must not pay",
  'collator.ts collator': 'loads the collation data (about 10 ms), needed only once titles are sorted',
  'japaneseHolidays.ts keptYears': 'the holidays of 1990–2070, a fixed table worked out from the law, needed only once business days are counted',
};

const CORE = path.resolve(__dirname, '..', '..', '..', 'src', 'core');

const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

/** What in one module's text keeps state at its top level, as "name: why". */
export function moduleState(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const containers = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText(source);
        const init = declaration.initializer && unwrap(declaration.initializer);
        if (!constant) {
          found.push(`${name}: a top-level let or var`);
        } else if (init && ts.isCallExpression(init) && init.expression.getText(source) === 'madeOnFirstUse') {
          if (!MADE_ON_FIRST_USE[`${path.basename(file)} ${name}`]) {
            found.push(`${name}: made on first use, but not listed with its reason in coreState.test.ts`);
          }
        } else if (init && (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init) || ts.isNewExpression(init))) {
          containers.add(name);
        }
      }
    } else if (ts.isClassDeclaration(statement)) {
      for (const member of statement.members) {
        const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
        const isStatic = modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        const readonly = modifiers.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword);
        if (isStatic && ts.isPropertyDeclaration(member) && !readonly) {
          found.push(`${statement.name?.getText(source) ?? 'class'}.${member.name.getText(source)}: a writable static field`);
        }
      }
    }
  }
  // A top-level container is state once anything in the module changes it.
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const target = node.expression.expression.getText(source);
      if (containers.has(target) && MUTATORS.has(node.expression.name.text)) {
        found.push(`${target}: changed by .${node.expression.name.text}()`);
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const left = node.left;
      if ((ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) && containers.has(left.expression.getText(source))) {
        found.push(`${left.expression.getText(source)}: assigned to`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The expression under `as T`, `satisfies T`, `<T>` and parentheses. */
function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node) || ts.isParenthesizedExpression(node)) {
    node = node.expression;
  }
  return node;
}

function coreFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? coreFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the pure core keeps no state between calls', function () {
  // Loading the TypeScript compiler and parsing every source file takes one to two seconds on an idle
  // machine, near mocha's default limit: this is the work itself, not a wait.
  this.timeout(20_000);

  it('no module under src/core holds anything at its top level that changes', () => {
    const files = coreFiles(CORE);
    assert.ok(files.length > 30, 'the core was found');
    const state = files.flatMap((file) => moduleState(file, fs.readFileSync(file, 'utf8')).map((s) => `${path.relative(CORE, file)} ${s}`));
    assert.deepEqual(state, []);
  });

  it('sees each kind of module state it forbids', () => {
    const text = [
      'let last: string | undefined;',
      'const known = new Map<string, number>();',
      'const list: number[] = [];',
      'const table = {} as Record<string, number>;',
      'const fixed = new Set([1, 2]);',
      'const lazy = madeOnFirstUse(() => 1);',
      'class Cache { static hits = 0; static readonly limit = 3; }',
      'export function remember(k: string) { known.set(k, 1); list.push(1); table[k] = 1; return fixed.has(1); }',
    ].join('\n');
    assert.deepEqual(moduleState('example.ts', text), [
      'last: a top-level let or var',
      'lazy: made on first use, but not listed with its reason in coreState.test.ts',
      'Cache.hits: a writable static field',
      'known: changed by .set()',
      'list: changed by .push()',
      'table: assigned to',
    ]);
  });
});
