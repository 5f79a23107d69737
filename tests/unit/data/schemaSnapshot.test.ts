import { readFileSync, writeFileSync } from 'node:fs';
import { deepEqual } from 'rxdb/plugins/utils';
import { describe, expect, it } from 'vitest';
import { docSpecFor, type DocSpec, type FieldRule } from '../../../src-city/design/docSpec';
import { collectionSetup } from '../../../src-renderer/data/database';
import { specOf, SYNCED_COLLECTIONS, wireFormatOf, type SyncedCollectionName } from '../../../src-renderer/sync/collections';

/**
 * The CI guard for mixed app versions (DESIGN.md §3): every collection's RxDB schema and wire format, by
 * version, in a committed file. A change to either must come with a new version, a migration, and a
 * recorded snapshot, and must be additive on the wire unless the type's major goes up:
 *   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run --project unit tests/unit/data/schemaSnapshot.test.ts
 * records new versions (never rewriting a recorded one) and refuses what the checks below refuse.
 */
const SNAPSHOT_FILE = new URL('./schemaSnapshot.json', import.meta.url);
const UPDATING = process.env.UPDATE_SCHEMA_SNAPSHOT === '1';

interface Recorded {
  schema: unknown;
  wire: { major: number; fields: DocSpec };
}
type History = Record<string, Record<string, Recorded>>;

interface Current extends Recorded {
  version: number;
  migrations: number[];
}

function currentOf(name: SyncedCollectionName): Current {
  const { schema, migrationStrategies } = collectionSetup(name);
  const spec = specOf(name);
  const format = wireFormatOf(spec.docType);
  return {
    version: schema.version,
    migrations: Object.keys(migrationStrategies).map(Number),
    schema: JSON.parse(JSON.stringify(schema)) as unknown,
    wire: { major: format.major, fields: docSpecFor(spec.docSchema, format) },
  };
}

/** `since` only widens what the server accepts from older documents; it never changes how a field reads. */
function withoutSince(rule: FieldRule): FieldRule {
  const { since: _since, ...rest } = rule;
  return rest;
}

/**
 * What makes going from `before` (recorded at `fromVersion`) to `after` unsafe for a fleet on mixed
 * versions. Within one major: no field may go or change (older apps would read it wrongly or not at all),
 * and a new required field needs `since` past the old version (or the server refuses the old app's pushes).
 */
function wireStepProblems(name: string, fromVersion: number, before: Recorded['wire'], after: Recorded['wire']): string[] {
  if (after.major < before.major) return [`${name}: the major went down (${before.major} → ${after.major})`];
  if (after.major > before.major) return [];
  const problems: string[] = [];
  for (const [field, rule] of Object.entries(before.fields)) {
    const now = after.fields[field];
    if (!now) problems.push(`${name}: wire field ${field} removed without a new major`);
    else if (!deepEqual(withoutSince(rule), withoutSince(now))) problems.push(`${name}: wire field ${field} changed without a new major`);
  }
  for (const [field, rule] of Object.entries(after.fields)) {
    if (before.fields[field] || rule.optional) continue;
    if (rule.since === undefined || rule.since <= fromVersion) {
      problems.push(`${name}: new required wire field ${field} needs since > ${fromVersion} (the record type's wire format), or version ${fromVersion} documents are refused`);
    }
  }
  return problems;
}

/** Problems of the current code against the recorded history of one collection; `unrecorded` if it is new and fine. */
function checkCollection(name: string, recorded: Record<string, Recorded>, current: Current): { problems: string[]; unrecorded: boolean } {
  const versions = Object.keys(recorded).map(Number).sort((a, b) => a - b);
  const problems: string[] = [];
  for (let i = 1; i < versions.length; i++) {
    const [from, to] = [versions[i - 1] ?? 0, versions[i] ?? 0];
    const [a, b] = [recorded[String(from)], recorded[String(to)]];
    if (a && b) problems.push(...wireStepProblems(`${name} v${to}`, from, a.wire, b.wire));
  }
  const same = recorded[String(current.version)];
  if (same) {
    if (!deepEqual(same.schema, current.schema)) problems.push(`${name}: the RxDB schema changed without a version bump (v${current.version})`);
    if (!deepEqual(same.wire, current.wire)) problems.push(`${name}: the wire format changed without a version bump (v${current.version})`);
    return { problems, unrecorded: false };
  }
  const last = versions.at(-1);
  if (last !== undefined) {
    if (current.version < last) problems.push(`${name}: version ${current.version} is below the recorded ${last}`);
    for (let v = last + 1; v <= current.version; v++) {
      if (!current.migrations.includes(v)) problems.push(`${name}: no migration to version ${v}`);
    }
    const lastRecorded = recorded[String(last)];
    if (lastRecorded) problems.push(...wireStepProblems(`${name} v${current.version}`, last, lastRecorded.wire, current.wire));
  }
  return { problems, unrecorded: true };
}

function readHistory(): History {
  return JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as History;
}

describe('the committed snapshot of every schema and wire format', () => {
  it('matches the code, or the change is a new, migrated, additive version that has been recorded', () => {
    const history = readHistory();
    const problems: string[] = [];
    const unrecorded: string[] = [];
    for (const { name } of SYNCED_COLLECTIONS) {
      const current = currentOf(name);
      const result = checkCollection(name, history[name] ?? {}, current);
      problems.push(...result.problems);
      if (!result.unrecorded) continue;
      if (UPDATING && result.problems.length === 0) history[name] = { ...history[name], [String(current.version)]: { schema: current.schema, wire: current.wire } };
      else unrecorded.push(`${name} v${current.version} is not recorded: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run --project unit tests/unit/data/schemaSnapshot.test.ts`);
    }
    if (UPDATING && problems.length === 0) writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(history, null, 2)}\n`);
    expect(problems).toEqual([]);
    expect(unrecorded).toEqual([]);
  });
});

describe('the guard itself', () => {
  const volunteers = (): Current => currentOf('volunteers');
  const recordedNow = (c: Current): Record<string, Recorded> => ({ [String(c.version)]: { schema: c.schema, wire: c.wire } });

  it('fails when an RxDB schema changes without a version bump', () => {
    const before = volunteers();
    const after = volunteers();
    const schema = after.schema as { properties: Record<string, unknown> };
    schema.properties.wechatId = { type: 'string', maxLength: 40 };
    expect(checkCollection('volunteers', recordedNow(before), after).problems.join()).toMatch(/RxDB schema changed without a version bump/);
  });

  it('fails when a wire field is removed or retyped, even with a version bump and migration, unless the major goes up', () => {
    const before = volunteers();
    const after = volunteers();
    after.version = before.version + 1;
    after.migrations.push(after.version);
    delete after.wire.fields.notes;
    after.wire.fields.phone = { t: 'integer' };
    const problems = checkCollection('volunteers', recordedNow(before), after).problems.join('\n');
    expect(problems).toMatch(/wire field notes removed/);
    expect(problems).toMatch(/wire field phone changed/);
    after.wire.major = before.wire.major + 1;
    expect(checkCollection('volunteers', recordedNow(before), after)).toEqual({ problems: [], unrecorded: true });
  });

  it('fails when a version goes up without a migration', () => {
    const before = volunteers();
    const after = { ...volunteers(), version: before.version + 1 };
    expect(checkCollection('volunteers', recordedNow(before), after).problems.join()).toMatch(/no migration to version/);
  });

  it('lets an additive change through: a new optional field, or a required one the previous version’s documents may lack', () => {
    const before = volunteers();
    const after = volunteers();
    after.version = before.version + 1;
    after.migrations.push(after.version);
    after.wire.fields.wechatId = { t: 'string', max: 40, optional: true };
    expect(checkCollection('volunteers', recordedNow(before), after)).toEqual({ problems: [], unrecorded: true });
    after.wire.fields.insured = { t: 'boolean' };
    expect(checkCollection('volunteers', recordedNow(before), after).problems.join()).toMatch(/insured needs since/);
    after.wire.fields.insured = { t: 'boolean', since: after.version };
    expect(checkCollection('volunteers', recordedNow(before), after).problems).toEqual([]);
  });
});
