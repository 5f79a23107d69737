import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../../src-renderer/records/registry';
import { DOC_TYPES } from '../../../src-renderer/domain/ids';
import { ARRAY_CAP, DOC_SCHEMAS, type FieldRule, NUMBER_CAP, STRING_CAP, buildDocSpecs, docSpecFor, withServerRules } from '../../../src-city/design/docSpec';

describe('document shapes on the wire, generated from the zod schemas', () => {
  const wire = docSpecFor(DOC_SCHEMAS.activity, RECORD_TYPES.activity.wire);
  const volunteer = docSpecFor(DOC_SCHEMAS.volunteer, RECORD_TYPES.volunteer.wire);

  it('carries required text with its length bounds, and leaves id to _id', () => {
    expect(volunteer.name).toEqual({ t: 'string', min: 1, max: 30 });
    expect(volunteer.id).toBeUndefined();
    expect(volunteer.stationId).toEqual({ t: 'string', min: 1, max: 40 });
  });

  it('carries enums, integers and nested shapes', () => {
    expect(volunteer.gender).toEqual({ t: 'string', oneOf: ['male', 'female'] });
    expect(wire.servedCount).toEqual({ t: 'integer', min: 0 });
    expect(wire.participants).toEqual({
      t: 'array',
      max: 500,
      items: { t: 'object', fields: { volunteerId: { t: 'string', max: 64 }, hours: { t: 'number' } } },
    });
  });

  it('marks fields the schema does not require as optional', () => {
    expect(docSpecFor(z.object({ id: z.string(), note: z.string().optional() })).note).toEqual({ t: 'string', optional: true });
  });

  it('refuses a schema construct it has no rule for, instead of letting it through unchecked', () => {
    expect(() => docSpecFor(z.object({ id: z.string(), either: z.union([z.string(), z.number()]) }))).toThrow(/either/);
  });
});

describe('what the station server checks', () => {
  const specs = buildDocSpecs();

  function* leaves(rule: FieldRule, path: string): Generator<[string, FieldRule]> {
    yield [path, rule];
    if (rule.items) yield* leaves(rule.items, `${path}[]`);
    for (const [name, field] of Object.entries(rule.fields ?? {})) yield* leaves(field, `${path}.${name}`);
  }

  it('bounds every text, number and list of every type, however open the app’s schema leaves it', () => {
    const caps: Partial<Record<FieldRule['t'], number>> = { string: STRING_CAP, number: NUMBER_CAP, integer: NUMBER_CAP, array: ARRAY_CAP };
    for (const type of DOC_TYPES) {
      for (const [name, rule] of Object.entries(specs[type])) {
        for (const [path, leaf] of leaves(rule, `${type}.${name}`)) {
          const cap = caps[leaf.t];
          if (cap !== undefined) expect(leaf.max, path).toBeLessThanOrEqual(cap);
        }
      }
    }
  });

  it('adds the formats and bounds the city’s figures depend on', () => {
    expect(specs.activity.date).toMatchObject({ format: 'date' });
    expect(specs.activity.startTime).toMatchObject({ format: 'time' });
    expect(specs.activity.servedCount).toEqual({ t: 'integer', min: 0, max: 1_000_000 });
    expect(specs.activity.participants?.items?.fields?.hours).toEqual({ t: 'number', min: 0.5, max: 24 });
    expect(specs.volunteer.birthDate).toMatchObject({ format: 'date', blank: true });
    expect(specs.activity.totalHours).toMatchObject({ since: 1 });
  });

  it('names each added rule by a path the schema has, so a renamed field cannot slip past', () => {
    const spec = docSpecFor(DOC_SCHEMAS.activity, RECORD_TYPES.activity.wire);
    expect(() => withServerRules(spec, { dat: { format: 'date' } })).toThrow(/no field dat/);
    expect(() => withServerRules(spec, { 'participants[].minutes': { max: 1 } })).toThrow(/participants\[\]\.minutes/);
    // The wire description itself is left as it was: the schema snapshot records it.
    expect(spec.date).toEqual({ t: 'string', min: 10, max: 10 });
  });
});
