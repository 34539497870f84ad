import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ISO_DATE_PATTERN } from '../../src/core/dates';
import { contractsJsonSchema, contractsJsonSchemaText } from '../../src/core/jsonSchema';
import { STAGES } from '../../src/core/schema';

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

  it('offers the same stages and date pattern the parser checks', () => {
    const contract = child(contractsJsonSchema(), 'properties', 'contracts', 'items');
    assert.deepEqual(child(contract, 'properties', 'stage')['enum'], [...STAGES]);
    assert.equal(child(contract, 'properties', 'deadline')['pattern'], ISO_DATE_PATTERN);
    assert.deepEqual(contract['required'], ['id', 'title', 'platform', 'client', 'stage']);
  });

  it('does not flag fields the writer added', () => {
    const contract = child(contractsJsonSchema(), 'properties', 'contracts', 'items');
    assert.notEqual(contract['additionalProperties'], false);
  });

  it('ends with a newline so diffs stay clean', () => {
    assert.ok(contractsJsonSchemaText().endsWith('}\n'));
  });
});
