import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildDocSpecs, docSpecFor } from '../../../src-city/design/docSpec';

describe('document shapes for the server, generated from the zod schemas', () => {
  const specs = buildDocSpecs();

  it('carries required text with its length bounds, and leaves id to _id', () => {
    expect(specs.volunteer.name).toEqual({ t: 'string', min: 1, max: 30 });
    expect(specs.volunteer.id).toBeUndefined();
    expect(specs.volunteer.stationId).toEqual({ t: 'string', min: 1, max: 40 });
  });

  it('carries enums, integers and nested shapes', () => {
    expect(specs.volunteer.gender).toEqual({ t: 'string', oneOf: ['male', 'female'] });
    expect(specs.activity.servedCount).toEqual({ t: 'integer', min: 0 });
    expect(specs.activity.participants).toEqual({
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
