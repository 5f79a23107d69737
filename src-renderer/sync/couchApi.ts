import { z } from 'zod';
import type { CouchClient } from './couchClient';

/** CouchDB sequences are opaque strings (pouchdb-server uses integers): stored and sent back, never parsed. */
export const sequenceSchema = z.union([z.string(), z.number()]);
export type Sequence = z.infer<typeof sequenceSchema>;

/**
 * A document's body is checked field by field by the collection's own schema (docFilter); here it only
 * has to be an object. z.record would copy every one of a page's thousand documents first.
 */
const rawDocSchema = z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));

/** A `_changes` answer with `include_docs`: the app's pull and the city's return bundle read the same shape. */
export const changesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      deleted: z.boolean().optional(),
      /** The change's leaf revision(s) (`style=main_only`: the winner). */
      changes: z.array(z.object({ rev: z.string() })).optional(),
      doc: rawDocSchema.nullable().optional(),
    }),
  ),
  last_seq: sequenceSchema,
});
export type ChangesResult = z.infer<typeof changesSchema>;

const allDocsSchema = z.object({
  rows: z.array(
    z.object({
      key: z.string(),
      id: z.string().optional(),
      value: z.object({ rev: z.string(), deleted: z.boolean().optional() }).optional(),
      doc: rawDocSchema.nullable().optional(),
      error: z.string().optional(),
    }),
  ),
});
export type AllDocsRow = z.infer<typeof allDocsSchema>['rows'][number];

const bulkDocsSchema = z.array(
  z.object({
    id: z.string(),
    ok: z.boolean().optional(),
    rev: z.string().optional(),
    error: z.string().optional(),
    reason: z.string().optional(),
  }),
);
export type BulkDocsResultRow = z.infer<typeof bulkDocsSchema>[number];

const dbInfoSchema = z.object({
  db_name: z.string(),
  doc_count: z.number(),
  update_seq: sequenceSchema,
});
export type DbInfo = z.infer<typeof dbInfoSchema>;

const sessionSchema = z.object({
  userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()).default([]) }),
});

const docSchema = rawDocSchema;
const localDocsSchema = z.object({ rows: z.array(z.looseObject({ key: z.string(), doc: rawDocSchema.optional() })) });

export interface ViewFilter {
  ddoc: string;
  view: string;
}

/** The few CouchDB calls sync needs, each checked against the shape a good answer has. */
export function createCouchApi(client: CouchClient, database: string) {
  const db = `/${encodeURIComponent(database)}`;
  return {
    database,
    info: (signal?: AbortSignal) => client.request({ path: db, schema: dbInfoSchema, signal }),

    /** Who the server thinks we are; CouchDB and pouchdb-server both answer /_session. */
    session: () => client.request({ path: '/_session', schema: sessionSchema }),

    /** One page of changes with their documents, optionally only those a type's view emits. */
    changes(since: Sequence | undefined, limit: number, view?: ViewFilter) {
      return client.request({
        path: `${db}/_changes`,
        query: {
          since: since ?? 0,
          limit,
          include_docs: true,
          ...(view ? { filter: '_view', view: `${view.ddoc}/${view.view}` } : {}),
        },
        schema: changesSchema,
      });
    },

    /**
     * Waits for changes after `since` (`now`: from this moment), at most `limit` of them, or gives up after
     * `waitMs`; ids and revisions only, no documents.
     */
    waitForChange(since: Sequence, waitMs: number, limit: number, signal: AbortSignal) {
      return client.request({
        path: `${db}/_changes`,
        query: { feed: 'longpoll', since, timeout: waitMs, limit },
        schema: changesSchema,
        // CouchDB answers after `timeout`; pouchdb-server ignores it, so the client stops a little later.
        timeoutMs: waitMs + 5000,
        unlimited: true,
        signal,
      });
    },

    /** Current state of these ids: live documents with bodies, deletions as rev only, the rest not_found. */
    allDocs: (keys: string[]) =>
      client.request({ method: 'POST', path: `${db}/_all_docs`, body: { keys, include_docs: true }, schema: allDocsSchema }),

    /**
     * Live documents whose ids lie in [startKey, endKey], in id order, with bodies: a fresh PC's first load
     * of one type (deleted documents are not listed, and a PC that never had them needs none).
     */
    idRange: (startKey: string, endKey: string, limit: number) =>
      client.request({
        path: `${db}/_all_docs`,
        query: { include_docs: true, start_key: JSON.stringify(startKey), end_key: JSON.stringify(endKey), limit },
        schema: allDocsSchema,
      }),

    /** One revision's body; used for a deletion, whose body _all_docs does not return. */
    revision: (id: string, rev: string) =>
      client.request({ path: `${db}/${encodeURIComponent(id)}`, query: { rev }, schema: docSchema }),

    bulkDocs: (docs: Record<string, unknown>[]) =>
      client.request({ method: 'POST', path: `${db}/_bulk_docs`, body: { docs }, schema: bulkDocsSchema }),

    /**
     * Documents written with the revisions they carry (`new_edits: false`), as replication writes them: a
     * revision the server already has changes nothing. CouchDB answers only for the documents it refused.
     */
    bulkDocsAsIs: (docs: Record<string, unknown>[]) =>
      client.request({ method: 'POST', path: `${db}/_bulk_docs`, body: { docs, new_edits: false }, schema: bulkDocsSchema }),

    /**
     * A `_local` document of this database (`_local/<name>`), or null when there is none. `_local`
     * documents are not replicated and not in the change feed (domain/pcHealth.ts).
     */
    async readLocal(name: string): Promise<Record<string, unknown> | null> {
      // Asked through _local_docs: a missing one is a row saying so, not a 404 the browser logs as an error.
      const answer = await client.request({
        method: 'POST',
        path: `${db}/_local_docs`,
        query: { include_docs: 'true' },
        body: { keys: [`_local/${name}`] },
        schema: localDocsSchema,
      });
      return answer.rows.find((row) => row.key === `_local/${name}`)?.doc ?? null;
    },

    /** Writes a `_local` document; `rev` is the one read (CouchDB ignores it, pouchdb-server needs it). */
    writeLocal: (name: string, body: Record<string, unknown>, rev: string | undefined) =>
      client.request({
        method: 'PUT',
        path: `${db}/_local/${encodeURIComponent(name)}`,
        body: rev === undefined ? body : { ...body, _rev: rev },
        schema: z.looseObject({ ok: z.boolean() }),
      }),
  };
}

export type CouchApi = ReturnType<typeof createCouchApi>;
