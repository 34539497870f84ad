import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ISO_DATE_PATTERN } from '../../src/core/dates';
import { contractsJsonSchema, contractsJsonSchemaText } from '../../src/core/jsonSchema';
import { CHANNELS, PLATFORMS, STAGES } from '../../src/core/schema';

/** Compiled to out/test/unit, so the repository root is three levels up. */
const SCHEMA_FILE = path.join(__dirname, '..', '..', '..', 'schemas', 'contracts.schema.json');

type Json = Record<string, unknown>;
const child = (node: unknown, ...keys: string[]): Json =>
  keys.reduce<Json>((n, k) => {
    const next = n[k];
    assert.ok(next !== null && typeof next === 'object', `no "${k}" in the schema`);
    return next as Json;
  }, node as Json);

describe('contracts JSON Schema', () => {
  it('is checked in exactly as the zod schema generates it', () => {
    assert.ok(fs.existsSync(SCHEMA_FILE), `${SCHEMA_FILE} is missing: run npm run schema`);
    const onDisk = fs.readFileSync(SCHEMA_FILE, 'utf8');
    assert.ok(
      onDisk === contractsJsonSchemaText(),
      'schemas/contracts.schema.json is out of date with src/core/schema.ts: run npm run schema',
    );
  });

  it('lets the editor accept comments and trailing commas, as the extension does', () => {
    const schema = contractsJsonSchema();
    assert.equal(schema['allowComments'], true);
    assert.equal(schema['allowTrailingCommas'], true);
  });

  it('offers the same stages, platforms and channels the parser accepts, as completions', () => {
    const contract = child(contractsJsonSchema(), 'properties', 'contracts', 'items');
    assert.deepEqual(child(contract, 'properties', 'stage')['examples'], [...STAGES]);
    assert.deepEqual(child(contract, 'properties', 'platform')['examples'], [...PLATFORMS]);
    assert.deepEqual(child(contract, 'properties', 'contacts', 'items', 'properties', 'channel')['examples'], [...CHANNELS]);
    assert.match(String(child(contract, 'properties', 'deadline')['description']), /ISO 8601/);
    assert.deepEqual(child(contractsJsonSchema(), 'properties', 'version')['examples'], [1]);
  });

  it('leaves the checking to Contract Guard, so VS Code never reports a problem a second time', () => {
    const keywords = new Set<string>();
    const walk = (node: unknown, isPropertyMap = false): void => {
      if (node === null || typeof node !== 'object') {
        return;
      }
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (!isPropertyMap) {
          keywords.add(key);
        }
        walk(value, key === 'properties' && !isPropertyMap);
      }
    };
    walk(contractsJsonSchema());
    for (const validating of ['type', 'required', 'enum', 'const', 'pattern', 'format', 'minLength', 'minimum', 'maximum']) {
      assert.ok(!keywords.has(validating), `"${validating}" would make VS Code check the file too`);
    }
    assert.ok(keywords.has('description') && keywords.has('examples'));
    // The date check stays Contract Guard's: its pattern is in the core, and nowhere in the schema.
    // The pattern looked for is the real one (so the check below cannot pass by looking for nothing).
    assert.match('2026-12-03', new RegExp(ISO_DATE_PATTERN));
    assert.doesNotMatch('2026-12-3', new RegExp(ISO_DATE_PATTERN));
    assert.ok(!contractsJsonSchemaText().includes(JSON.stringify(ISO_DATE_PATTERN).slice(1, -1)), 'the date pattern is not in the schema');
  });

  it('does not flag fields the writer added', () => {
    const contract = child(contractsJsonSchema(), 'properties', 'contracts', 'items');
    assert.notEqual(contract['additionalProperties'], false);
  });

  it('ends with a newline so diffs stay clean', () => {
    assert.ok(contractsJsonSchemaText().endsWith('}\n'));
  });
});
