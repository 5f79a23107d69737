import { z } from 'zod';
import type { DocType } from '../../src-renderer/domain/ids';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD, type WireFormat } from '../../src-renderer/domain/entities/wireFormat';
import type { FieldRule, ServerRules } from '../../src-renderer/records/fieldRule';
import { byDocType } from '../../src-renderer/records/registry';

export type { FieldRule } from '../../src-renderer/records/fieldRule';

/** The app's document shapes by id prefix (records/registry.ts): the server accepts exactly these types. */
export const DOC_SCHEMAS: Readonly<Record<DocType, z.ZodObject>> = byDocType((t) => t.shape);

/**
 * FieldRule (src-renderer/records/fieldRule.ts) describes one field for the server's validate function;
 * other cross-field rules stay with the app's zod schemas: the server checks what could distort the city's
 * figures or bloat its databases.
 */
export type DocSpec = Record<string, FieldRule>;

/**
 * Upper bounds for what the app's schemas leave open, so that no field can hold a multi-megabyte string,
 * an endless list or 1e300: generous beside anything the app writes (a conflict copy of the largest
 * activity is about 35,000 characters).
 */
export const STRING_CAP = 100_000;
export const ARRAY_CAP = 1000;
export const NUMBER_CAP = 1_000_000_000;

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

/** A rule at `path` (`participants[].hours`), or an error naming it: a renamed field must not slip past the server. */
function ruleAt(spec: DocSpec, path: string): FieldRule {
  let fields: DocSpec | undefined = spec;
  let rule: FieldRule | undefined;
  for (const part of path.split('.')) {
    const items = part.endsWith('[]');
    rule = fields?.[items ? part.slice(0, -2) : part];
    if (rule && items) rule = rule.items;
    if (!rule) break;
    fields = rule.fields;
  }
  if (!rule) throw new Error(`serverRules: no field ${path}`);
  return rule;
}

/** Every open string, number and list bounded by its cap (the wire format itself stays as the app's schemas say). */
function capped(rule: FieldRule): FieldRule {
  const out: FieldRule = { ...rule };
  const cap = rule.t === 'string' ? STRING_CAP : rule.t === 'array' ? ARRAY_CAP : rule.t === 'number' || rule.t === 'integer' ? NUMBER_CAP : undefined;
  if (cap !== undefined) out.max = Math.min(rule.max ?? cap, cap);
  if (rule.items) out.items = capped(rule.items);
  if (rule.fields) out.fields = Object.fromEntries(Object.entries(rule.fields).map(([name, field]) => [name, capped(field)]));
  return out;
}

/**
 * What the station server checks for one type: the wire format (docSpecFor), every open bound capped, and
 * the record type's own additions (its `serverRules`): formats and tighter bounds.
 */
export function withServerRules(spec: DocSpec, overlay: ServerRules): DocSpec {
  const out: DocSpec = Object.fromEntries(Object.entries(spec).map(([name, rule]) => [name, capped(rule)]));
  for (const [path, extra] of Object.entries(overlay)) Object.assign(ruleAt(out, path), extra);
  return out;
}

export function buildDocSpecs(): Record<DocType, DocSpec> {
  return byDocType((t) => withServerRules(docSpecFor(t.shape, t.wire), t.serverRules));
}
