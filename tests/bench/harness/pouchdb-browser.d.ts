/** The part of PouchDB's API the sync benchmark uses as its anchor (the package ships no types). */
declare module 'pouchdb-browser' {
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    errors: unknown[];
  }
  interface BulkDocsAnswer {
    ok?: boolean;
    id?: string;
    error?: string;
  }
  /** Replication options (PouchDB's defaults: 100 documents per batch, 10 batches in hand). */
  interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
    /** Only these documents (the slow-link suite sends the records first, then the photos). */
    doc_ids?: string[];
  }
  interface AllDocsOptions {
    include_docs?: boolean;
    startkey?: string;
    endkey?: string;
    limit?: number;
  }
  interface PouchOptions {
    auth?: { username: string; password: string };
    skip_setup?: boolean;
  }
  export default class PouchDB {
    constructor(name: string, options?: PouchOptions);
    bulkDocs(docs: readonly Record<string, unknown>[]): Promise<BulkDocsAnswer[]>;
    info(): Promise<{ doc_count: number }>;
    allDocs(options?: AllDocsOptions): Promise<{ rows: unknown[] }>;
    destroy(): Promise<void>;
    close(): Promise<void>;
    replicate: {
      from(source: PouchDB, options?: ReplicateOptions): Promise<ReplicationResult>;
      to(target: PouchDB, options?: ReplicateOptions): Promise<ReplicationResult>;
    };
  }
}
