import type { RxJsonSchema } from 'rxdb';
import { z } from 'zod';

/** What RxDB's schema holds of one field: type, bounds RxDB needs for indexes, allowed values, nesting. */
interface RxNode {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  maxItems?: number;
  enum?: Array<string | number | boolean>;
  items?: RxNode;
  properties?: Record<string, RxNode>;
  required?: string[];
}

const jsonNode = z.looseObject({
  // Not narrowed here: a union may come as a list of types, which rxNode refuses by name below.
  type: z.unknown().optional(),
  maxLength: z.number().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxItems: z.number().optional(),
  enum: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
  items: z.unknown().optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  required: z.array(z.string()).optional(),
});

const TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object'] as const;

function isType(type: unknown): type is RxNode['type'] {
  return (TYPES as readonly unknown[]).includes(type);
}

/** Only what RxDB uses (types, lengths for indexes, bounds, enums): formats and patterns stay with zod. */
function rxNode(raw: unknown, path: string): RxNode {
  const node = jsonNode.parse(raw);
  // A zod construct with no single JSON type (a union, a nullable) must be described on purpose.
  if (!isType(node.type)) throw new Error(`rxSchemaOf: no RxDB type for ${path} (${JSON.stringify(node.type ?? null)})`);
  const out: RxNode = { type: node.type };
  if (node.type === 'string') {
    const longest = node.enum?.reduce<number>((max, v) => Math.max(max, String(v).length), 0);
    const maxLength = node.maxLength ?? longest;
    if (maxLength !== undefined) out.maxLength = maxLength;
  }
  if (node.type === 'number' || node.type === 'integer') {
    if (node.minimum !== undefined && node.minimum > Number.MIN_SAFE_INTEGER) out.minimum = node.minimum;
    if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER) out.maximum = node.maximum;
    // RxDB indexes a number only with a step; whole numbers have one by nature.
    if (node.type === 'integer') out.multipleOf = 1;
  }
  if (node.enum !== undefined) out.enum = node.enum;
  if (node.type === 'array') {
    if (node.maxItems !== undefined) out.maxItems = node.maxItems;
    if (node.items !== undefined) out.items = rxNode(node.items, `${path}[]`);
  }
  // A record (z.record) has no properties: any object fits, as the `unknownFields` of a newer app need.
  if (node.type === 'object' && node.properties !== undefined) {
    out.properties = Object.fromEntries(Object.entries(node.properties).map(([name, child]) => [name, rxNode(child, `${path}.${name}`)]));
    out.required = node.required ?? [];
  }
  return out;
}

export interface RxSchemaOptions {
  title: string;
  version: number;
  /** Fields the lists filter and sort by; each must be a required string with a maximum length, or a bounded number. */
  indexes?: Array<string | string[]>;
}

/**
 * The RxDB schema of a record type, derived from its shape (the stored document, `id` the primary key).
 * A new type's schema is never written by hand; changing the shape changes the schema, and the schema
 * snapshot test (tests/unit/data/schemaSnapshot.test.ts) then asks for a new version and a migration.
 */
export function rxSchemaOf<Shape extends z.ZodObject>(shape: Shape, options: RxSchemaOptions): RxJsonSchema<z.output<Shape>> {
  const root = rxNode(JSON.parse(JSON.stringify(z.toJSONSchema(shape, { io: 'output' }))), options.title);
  const schema = {
    title: options.title,
    version: options.version,
    primaryKey: 'id',
    type: 'object',
    properties: root.properties ?? {},
    required: root.required ?? [],
    ...(options.indexes ? { indexes: options.indexes } : {}),
  };
  // The derivation is checked against RxDB itself when the collection is created (and in the unit tests).
  return schema as RxJsonSchema<z.output<Shape>>;
}
