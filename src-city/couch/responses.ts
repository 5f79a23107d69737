import { z } from 'zod';

/** The parts of CouchDB's answers the CLI reads; anything else in them is passed over. */

export const okSchema = z.looseObject({ ok: z.literal(true) });

export const writeResultSchema = z.looseObject({ ok: z.literal(true), id: z.string(), rev: z.string() });

export const serverInfoSchema = z.looseObject({ version: z.string().optional() });

export const sessionSchema = z.looseObject({
  userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) }),
});

export const dbInfoSchema = z.looseObject({
  db_name: z.string(),
  doc_count: z.number(),
  /** Opaque: a string on CouchDB, a number on pouchdb-server. Compare, never parse. */
  update_seq: z.union([z.string(), z.number()]),
});

export const namesAndRolesSchema = z.looseObject({
  names: z.array(z.string()).optional(),
  roles: z.array(z.string()).optional(),
});

export const securitySchema = z.looseObject({
  admins: namesAndRolesSchema.optional(),
  members: namesAndRolesSchema.optional(),
});
export type SecurityObject = z.infer<typeof securitySchema>;

export const storedDocSchema = z.looseObject({ _id: z.string(), _rev: z.string() });
export type StoredDoc = z.infer<typeof storedDocSchema>;

export function viewSchema<K extends z.ZodType, V extends z.ZodType>(key: K, value: V) {
  return z.looseObject({
    total_rows: z.number().optional(),
    rows: z.array(z.looseObject({ key, value })),
  });
}

export function allDocsWithDocsSchema<D extends z.ZodType>(doc: D) {
  return z.looseObject({
    rows: z.array(z.looseObject({ id: z.string().optional(), doc: doc.nullable().optional() })),
  });
}
