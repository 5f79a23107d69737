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
  interface PouchOptions {
    auth?: { username: string; password: string };
    skip_setup?: boolean;
  }
  export default class PouchDB {
    constructor(name: string, options?: PouchOptions);
    bulkDocs(docs: readonly Record<string, unknown>[]): Promise<BulkDocsAnswer[]>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<void>;
    close(): Promise<void>;
    replicate: {
      from(source: PouchDB): Promise<ReplicationResult>;
      to(target: PouchDB): Promise<ReplicationResult>;
    };
  }
}
