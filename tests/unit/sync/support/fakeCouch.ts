/**
 * A CouchDB 3.5 in memory behind an injected `fetch`, answering the calls the sync service makes as the
 * real server does (as checked on CouchDB 3.5.0): opaque string sequences, a deletion's body as the
 * deletion stored it, `_all_docs` rows of deletions without a document, a write over a deletion without
 * `_rev`, a long poll that waits for a change (`since=now` included). Tests can make any request fail or
 * hang, and write to the server as another PC would.
 */

type Body = Record<string, unknown>;

interface Leaf {
  rev: string;
  deleted: boolean;
  seq: number;
}

interface Database {
  leaves: Map<string, Leaf>;
  /** Every revision's body as stored (a plain DELETE's: only `_id`, `_rev`, `_deleted`), by `${id} ${rev}`. */
  bodies: Map<string, Body>;
  seq: number;
  /** Long polls waiting for the next change. */
  waiting: Set<() => void>;
  /** Long polls answered with changes (not with an empty answer at their timeout). */
  woken: number;
}

/** One request as the fake saw it. */
export interface SeenRequest {
  method: string;
  /** The database, or '' for a server-level call (`/_session`). */
  db: string;
  /** What follows the database: '', '_changes', '_all_docs', '_bulk_docs' or a document id. */
  target: string;
  query: URLSearchParams;
  body: unknown;
}

/** What a fault makes of a request: an HTTP answer, a dropped connection, or no answer until the client gives up. */
export type Fault = { status: number; error: string; reason: string } | 'network' | 'hang';

/** A long poll (`feed=longpoll`): the change watcher's, not a page of a pull. */
export function isLongPoll(request: SeenRequest): boolean {
  return request.target === '_changes' && request.query.get('feed') === 'longpoll';
}

const seqString = (n: number) => `${n}-g1AAAAfake`;
const seqNumber = (s: string | null) => (s === null || s === '' ? 0 : Number.parseInt(s, 10) || 0);
/** CouchDB waits this long at most when a long poll names no timeout (its default is 60 s). */
const LONG_POLL_DEFAULT_MS = 60_000;

function abortError(): Error {
  return new DOMException('This operation was aborted', 'AbortError');
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function createFakeCouch(options: { databases: string[]; username: string }) {
  const dbs = new Map<string, Database>();
  for (const name of options.databases) dbs.set(name, { leaves: new Map(), bodies: new Map(), seq: 0, waiting: new Set(), woken: 0 });
  const seen: SeenRequest[] = [];
  let revCounter = 0;
  let fault: (request: SeenRequest) => Fault | undefined = () => undefined;
  /** The database's validate_doc_update: a reason to refuse a write (403 forbidden), or undefined to take it. */
  let validate: (doc: Body) => string | undefined = () => undefined;

  function database(name: string): Database {
    const db = dbs.get(name);
    if (!db) throw new Error(`the fake server has no database ${name}`);
    return db;
  }

  /** Stores a new leaf revision; `fields` without `_id`/`_rev`; null for a plain DELETE (no body kept). */
  function store(db: Database, id: string, fields: Body | null, deleted: boolean, given?: string): string {
    const previous = db.leaves.get(id);
    const generation = (previous ? Number.parseInt(previous.rev, 10) : 0) + 1;
    revCounter += 1;
    const rev = given ?? `${generation}-${revCounter.toString(16).padStart(32, '0')}`;
    db.seq += 1;
    db.leaves.set(id, { rev, deleted, seq: db.seq });
    db.bodies.set(`${id} ${rev}`, { ...(fields ?? {}), _id: id, _rev: rev, ...(deleted ? { _deleted: true } : {}) });
    for (const wake of [...db.waiting]) wake();
    return rev;
  }

  function bodyOf(db: Database, id: string, rev: string): Body | undefined {
    return db.bodies.get(`${id} ${rev}`);
  }

  /**
   * `_bulk_docs` as CouchDB 3 takes it: a live document's `_rev` must match; a deletion is written over
   * without one; validate_doc_update may refuse a document, which is answered for that document alone.
   */
  function bulkWrite(db: Database, docs: Body[], validated: boolean): Body[] {
    return docs.map((doc) => {
      const { _id, _rev, _deleted, ...fields } = doc;
      const id = String(_id);
      const refusal = validated ? validate(doc) : undefined;
      if (refusal !== undefined) return { id, error: 'forbidden', reason: refusal };
      const current = db.leaves.get(id);
      const live = current !== undefined && !current.deleted;
      if (live ? _rev !== current.rev : _rev !== undefined) return { id, error: 'conflict', reason: 'Document update conflict.' };
      return { id, ok: true, rev: store(db, id, fields, _deleted === true) };
    });
  }

  /**
   * `new_edits: false` as CouchDB 3 takes it, for the first revisions the app's creates carry: a revision
   * the server has seen changes nothing; a new document takes the revision given; only refusals are answered.
   * (A document already there keeps its own tree here: the app writes so only what the server lacked.)
   */
  function bulkWriteAsIs(db: Database, docs: Body[]): Body[] {
    const answers: Body[] = [];
    for (const doc of docs) {
      const { _id, _rev, _deleted, ...fields } = doc;
      const id = String(_id);
      const refusal = validate(doc);
      if (refusal !== undefined) {
        answers.push({ id, error: 'forbidden', reason: refusal });
        continue;
      }
      if (typeof _rev !== 'string' || db.bodies.has(`${id} ${_rev}`) || db.leaves.has(id)) continue;
      store(db, id, fields, _deleted === true, _rev);
    }
    return answers;
  }

  function changesAfter(db: Database, since: number, limit: number, withDocs: boolean) {
    const changed = [...db.leaves.entries()].filter(([, leaf]) => leaf.seq > since).sort(([, a], [, b]) => a.seq - b.seq);
    const page = changed.slice(0, limit);
    const results = page.map(([id, leaf]) => ({
      id,
      seq: seqString(leaf.seq),
      changes: [{ rev: leaf.rev }],
      ...(leaf.deleted ? { deleted: true } : {}),
      ...(withDocs ? { doc: bodyOf(db, id, leaf.rev) ?? null } : {}),
    }));
    const last = page.at(-1)?.[1].seq ?? db.seq;
    return { results, last_seq: seqString(last), pending: changed.length - page.length };
  }

  /** Waits for a change after `since`, for at most `timeoutMs`, or until the client gives up. */
  function longPoll(db: Database, since: number, limit: number, timeoutMs: number, signal: AbortSignal | null | undefined): Promise<Response> {
    return new Promise((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        db.waiting.delete(check);
        signal?.removeEventListener('abort', abort);
      };
      const check = () => {
        if (db.seq <= since) return;
        finish();
        db.woken += 1;
        resolve(json(200, changesAfter(db, since, limit, false)));
      };
      const abort = () => {
        finish();
        reject(abortError());
      };
      const timer = setTimeout(() => {
        finish();
        resolve(json(200, { results: [], last_seq: seqString(since) }));
      }, timeoutMs);
      db.waiting.add(check);
      signal?.addEventListener('abort', abort);
      check();
    });
  }

  function allDocsRow(db: Database, id: string, withDoc: boolean): Body {
    const leaf = db.leaves.get(id);
    if (!leaf) return { key: id, error: 'not_found' };
    if (leaf.deleted) return { id, key: id, value: { rev: leaf.rev, deleted: true }, doc: null };
    return { id, key: id, value: { rev: leaf.rev }, ...(withDoc ? { doc: bodyOf(db, id, leaf.rev) } : {}) };
  }

  function idRange(db: Database, query: URLSearchParams): Body {
    const start = JSON.parse(query.get('start_key') ?? '""') as string;
    const end = JSON.parse(query.get('end_key') ?? '"\\ufff0"') as string;
    const limit = Number(query.get('limit') ?? Number.MAX_SAFE_INTEGER);
    const ids = [...db.leaves.entries()]
      .filter(([id, leaf]) => !leaf.deleted && id >= start && id <= end)
      .map(([id]) => id)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit);
    return { total_rows: db.leaves.size, offset: 0, rows: ids.map((id) => allDocsRow(db, id, true)) };
  }

  function answer(request: SeenRequest, signal: AbortSignal | null | undefined): Response | Promise<Response> {
    if (request.db === '_session') return json(200, { ok: true, userCtx: { name: options.username, roles: [] } });
    const db = dbs.get(request.db);
    if (!db) return json(404, { error: 'not_found', reason: 'Database does not exist.' });
    const { method, target, query } = request;
    if (target === '' && method === 'GET') {
      const live = [...db.leaves.values()].filter((leaf) => !leaf.deleted).length;
      return json(200, { db_name: request.db, doc_count: live, doc_del_count: db.leaves.size - live, update_seq: seqString(db.seq) });
    }
    if (target === '_changes') {
      // `since=now`: from the sequence the database has when the request comes.
      const since = query.get('since') === 'now' ? db.seq : seqNumber(query.get('since'));
      const limit = Number(query.get('limit') ?? Number.MAX_SAFE_INTEGER);
      if (query.get('feed') === 'longpoll') return longPoll(db, since, limit, Number(query.get('timeout') ?? LONG_POLL_DEFAULT_MS), signal);
      return json(200, changesAfter(db, since, limit, query.get('include_docs') === 'true'));
    }
    if (target === '_all_docs' && method === 'GET') return json(200, idRange(db, query));
    if (target === '_all_docs' && method === 'POST') {
      const { keys = [], include_docs: withDocs = false } = (request.body ?? {}) as { keys?: string[]; include_docs?: boolean };
      return json(200, { rows: keys.map((id) => allDocsRow(db, id, withDocs)) });
    }
    if (target === '_bulk_docs' && method === 'POST') {
      const { docs = [], new_edits: newEdits = true } = (request.body ?? {}) as { docs?: Body[]; new_edits?: boolean };
      return json(201, newEdits ? bulkWrite(db, docs, true) : bulkWriteAsIs(db, docs));
    }
    if (method === 'GET' && !target.startsWith('_')) {
      const leaf = db.leaves.get(target);
      const rev = query.get('rev') ?? leaf?.rev;
      const body = rev === undefined ? undefined : bodyOf(db, target, rev);
      if (body && (query.has('rev') || leaf?.deleted !== true)) return json(200, body);
      return json(404, { error: 'not_found', reason: leaf?.deleted === true && !query.has('rev') ? 'deleted' : 'missing' });
    }
    return json(400, { error: 'bad_request', reason: `the fake server does not answer ${method} ${target}` });
  }

  async function handle(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const [db = '', ...rest] = url.pathname.split('/').filter((part) => part !== '').map(decodeURIComponent);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: SeenRequest = { method: init?.method ?? 'GET', db, target: rest.join('/'), query: url.searchParams, body: text === undefined ? undefined : JSON.parse(text) };
    seen.push(request);
    const signal = init?.signal;
    if (signal?.aborted === true) throw abortError();
    const failure = fault(request);
    if (failure === 'network') throw new TypeError('fetch failed');
    if (failure === 'hang') {
      // No answer ever: only the client's own timeout (or its stopping) ends the request.
      return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(abortError())));
    }
    if (failure) return json(failure.status, { error: failure.error, reason: failure.reason });
    return answer(request, signal);
  }

  return {
    fetch: handle satisfies typeof fetch,
    /** Every request so far, in order. */
    seen,
    /** From now on, requests `when` picks get `fault` instead of their answer (until `heal()`). */
    failWhen(when: (request: SeenRequest) => boolean, failure: Fault): void {
      fault = (request) => (when(request) ? failure : undefined);
    },
    heal(): void {
      fault = () => undefined;
    },
    /** From now on the station's writes pass this validate_doc_update (another PC's `write` is not checked). */
    validateWith(check: (doc: Body) => string | undefined): void {
      validate = check;
    },
    /** Another PC writes a document (created, or a new version of the live one). */
    write(dbName: string, doc: Body & { _id: string }): string {
      const db = database(dbName);
      const leaf = db.leaves.get(doc._id);
      const [result] = bulkWrite(db, [{ ...doc, ...(leaf && !leaf.deleted ? { _rev: leaf.rev } : {}) }], false);
      if (typeof result?.rev !== 'string') throw new Error(`the fake server refused ${doc._id}`);
      return result.rev;
    },
    /** Another PC deletes a document as `DELETE /db/id` does: the deletion keeps no body (no fields, no stationId). */
    deleteWithoutBody(dbName: string, id: string): void {
      const db = database(dbName);
      if (db.leaves.get(id)?.deleted !== false) throw new Error(`the fake server has no live ${id}`);
      store(db, id, null, true);
    },
    /** The document's current leaf as `GET /db/id` would give it (deletions included), or undefined. */
    current(dbName: string, id: string): Body | undefined {
      const db = database(dbName);
      const leaf = db.leaves.get(id);
      return leaf ? bodyOf(db, id, leaf.rev) : undefined;
    },
    /** Long polls on the database waiting for a change now. */
    pollsWaiting(dbName: string): number {
      return database(dbName).waiting.size;
    },
    /** Long polls on the database answered so far because something changed. */
    pollsWoken(dbName: string): number {
      return database(dbName).woken;
    },
  };
}

export type FakeCouch = ReturnType<typeof createFakeCouch>;
