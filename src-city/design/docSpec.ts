import { z } from 'zod';
import type { DocType } from '../../src-renderer/domain/ids';
import { activityDocSchema } from '../../src-renderer/domain/entities/activity';
import { certificateDocSchema } from '../../src-renderer/domain/entities/certificate';
import { conflictDocSchema } from '../../src-renderer/domain/entities/conflict';
import { projectDocSchema } from '../../src-renderer/domain/entities/project';
import { stationDocSchema } from '../../src-renderer/domain/entities/station';
import { teamDocSchema } from '../../src-renderer/domain/entities/team';
import { volunteerDocSchema } from '../../src-renderer/domain/entities/volunteer';
import { WIRE_FORMATS, WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD, type WireFormat } from '../../src-renderer/domain/entities/wireFormat';

/** The app's document schemas by id prefix: the server accepts exactly these types. */
export const DOC_SCHEMAS = {
  station: stationDocSchema,
  volunteer: volunteerDocSchema,
  team: teamDocSchema,
  project: projectDocSchema,
  activity: activityDocSchema,
  conflict: conflictDocSchema,
  certificate: certificateDocSchema,
} satisfies Record<DocType, z.ZodObject>;

/**
 * A compact description of one field for the server's validate function: its JSON type, bounds on
 * length / value / item count, allowed values, and the shape of nested objects and array items.
 * Formats and cross-field rules stay with the app's zod schemas; the server checks the basic shape.
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
}
export type DocSpec = Record<string, FieldRule>;

interface JsonNode {
  type?: string | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  minItems?: number | undefined;
  maxItems?: number | undefined;
  enum?: Array<string | number | boolean> | undefined;
  items?: JsonNode | undefined;
  properties?: Record<string, JsonNode> | undefined;
  required?: string[] | undefined;
}

const jsonNode: z.ZodType<JsonNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().optional(),
    minLength: z.number().optional(),
    maxLength: z.number().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    minItems: z.number().optional(),
    maxItems: z.number().optional(),
    enum: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
    items: jsonNode.optional(),
    properties: z.record(z.string(), jsonNode).optional(),
    required: z.array(z.string()).optional(),
  }),
);

const KNOWN_TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object'] as const;

function isKnownType(type: string | undefined): type is FieldRule['t'] {
  return (KNOWN_TYPES as readonly (string | undefined)[]).includes(type);
}

function ruleFor(node: JsonNode, path: string): FieldRule {
  const t = node.type;
  // A new zod construct (union, record …) must be described here on purpose, not silently let through.
  if (!isKnownType(t)) throw new Error(`docSpec: no rule for the schema at ${path} (type ${String(t)})`);
  const rule: FieldRule = { t };
  if (t === 'string') {
    if (node.minLength !== undefined && node.minLength > 0) rule.min = node.minLength;
    if (node.maxLength !== undefined) rule.max = node.maxLength;
  } else if (t === 'number' || t === 'integer') {
    if (node.minimum !== undefined && node.minimum > Number.MIN_SAFE_INTEGER) rule.min = node.minimum;
    if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER) rule.max = node.maximum;
  } else if (t === 'array') {
    if (node.minItems !== undefined && node.minItems > 0) rule.min = node.minItems;
    if (node.maxItems !== undefined) rule.max = node.maxItems;
    if (node.items !== undefined) rule.items = ruleFor(node.items, `${path}[]`);
  } else if (t === 'object') {
    rule.fields = fieldsFor(node, path);
  }
  if (node.enum !== undefined) rule.oneOf = node.enum;
  return rule;
}

function fieldsFor(node: JsonNode, path: string): Record<string, FieldRule> {
  const required = new Set(node.required ?? []);
  const fields: Record<string, FieldRule> = {};
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const rule = ruleFor(child, path === '' ? name : `${path}.${name}`);
    if (!required.has(name)) rule.optional = true;
    fields[name] = rule;
  }
  return fields;
}

/** The version stamp every pushed document carries (domain/entities/wireFormat.ts); older apps send none. */
const STAMP_RULES: DocSpec = {
  [WIRE_VERSION_FIELD]: { t: 'integer', min: 0, optional: true },
  [WIRE_MAJOR_FIELD]: { t: 'integer', min: 1, optional: true },
};

/**
 * The stored (output) shape of one document type as it travels: without `id` (in CouchDB it is `_id`)
 * and `unknownFields` (local only: its contents travel as top-level fields), with the version stamp, and
 * with the version each later required field came in, so the previous app's documents are still accepted.
 */
export function docSpecFor(schema: z.ZodObject, format: WireFormat = { major: 1, since: {} }): DocSpec {
  const json = jsonNode.parse(JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: 'output' }))));
  const fields = fieldsFor(json, '');
  delete fields.id;
  delete fields.unknownFields;
  for (const [name, version] of Object.entries(format.since)) {
    const rule = fields[name];
    if (!rule) throw new Error(`docSpec: 'since' names ${name}, which the schema does not have`);
    rule.since = version;
  }
  return { ...fields, ...STAMP_RULES };
}

export function buildDocSpecs(): Record<DocType, DocSpec> {
  return {
    station: docSpecFor(DOC_SCHEMAS.station, WIRE_FORMATS.station),
    volunteer: docSpecFor(DOC_SCHEMAS.volunteer, WIRE_FORMATS.volunteer),
    team: docSpecFor(DOC_SCHEMAS.team, WIRE_FORMATS.team),
    project: docSpecFor(DOC_SCHEMAS.project, WIRE_FORMATS.project),
    activity: docSpecFor(DOC_SCHEMAS.activity, WIRE_FORMATS.activity),
    conflict: docSpecFor(DOC_SCHEMAS.conflict, WIRE_FORMATS.conflict),
    certificate: docSpecFor(DOC_SCHEMAS.certificate, WIRE_FORMATS.certificate),
  };
}
