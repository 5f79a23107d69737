/**
 * A compact description of one field for the station server's validate function: its JSON type, bounds on
 * length / value / item count, allowed values, the shape of nested objects and array items, and the
 * formats the city's figures depend on. Derived from a record type's shape (src-city/design/docSpec.ts);
 * a record type adds only what its shape leaves open (`serverRules` in its definition).
 */
export interface FieldRule {
  t: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  min?: number;
  max?: number;
  oneOf?: Array<string | number | boolean>;
  items?: FieldRule;
  fields?: Record<string, FieldRule>;
  optional?: true;
  /** Required from this schema version on: a document stamped with an earlier one may lack it. */
  since?: number;
  /** A real calendar day `YYYY-MM-DD` (years 1900–2100), or a time of day `HH:mm`. */
  format?: 'date' | 'time';
  /** With `format`: the empty string (not given) is accepted too. */
  blank?: true;
}

/** Server-side additions by field path (`participants[].hours`); each path must exist in the shape. */
export type ServerRules = Readonly<Record<string, Partial<FieldRule>>>;

export const DATE_RULE: Partial<FieldRule> = { format: 'date' };
export const OPTIONAL_DATE_RULE: Partial<FieldRule> = { format: 'date', blank: true };
export const TIME_RULE: Partial<FieldRule> = { format: 'time' };

/** Years a date may carry (the app reads typed dates in the same range). */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;
