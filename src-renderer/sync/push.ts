import { recordConflict } from '../data/conflicts/conflictHandler';
import { contentOf, sameContent } from '../data/conflicts/winner';
import type { ConflictDoc } from '../domain/entities/conflict';
import { holdsPersonalData } from '../records/registry';
import { specOf, type SyncedCollectionSpec } from './collections';
import type { AllDocsRow, BulkDocsResultRow, CouchApi } from './couchApi';
import { admitPulledDoc } from './docFilter';
import { stampFor } from './wireVersion';
import type { RejectedStore } from './rejectedStore';
import type { RetryGate } from './retryGate';
import { SyncError, toSyncError } from './syncError';

type State = Record<string, unknown>;

export interface PushRow {
  assumedMasterState?: State;
  newDocumentState: State;
}

/** The push batch size, shared by all collections: halved on HTTP 413 so the next requests fit. */
export interface BatchLimit {
  get(): number;
  halveBelow(size: number): void;
}

export function createBatchLimit(initial: number): BatchLimit {
  let value = initial;
  return {
    get: () => value,
    halveBelow(size) {
      value = Math.max(1, Math.min(value, Math.floor(size / 2)));
    },
  };
}

export interface PushDeps {
  api: CouchApi;
  spec: SyncedCollectionSpec;
  stationId(): string;
  batch: BatchLimit;
  rejected: RejectedStore;
  gate: RetryGate;
  now(): Date;
  onError(error: SyncError): void;
  onSent(count: number): void;
  onBusy(delta: 1 | -1): void;
}

type Outcome = { kind: 'written' } | { kind: 'rejected' } | { kind: 'conflict'; state: State };

type ServerState =
  | { kind: 'absent' }
  /**
   * A version under this id this app cannot read (a newer app's, or malformed): ours replaces it only once
   * it is on record as a conflict, so the keeper (or a newer PC) still has it.
   */
  | { kind: 'unreadable'; rev: string; raw: State }
  /** A deletion whose body is gone: we know it is deleted, not what it held. */
  | { kind: 'bodyless'; rev: string }
  | { kind: 'doc'; rev: string; state: State };

interface Write {
  id: string;
  doc: State;
  server: ServerState;
}

/**
 * The revision a record's first version gets on the server, the same on every attempt: a create is written
 * as replication writes (`new_edits: false`), so a retried or late-arriving copy of it is a revision the
 * server already has and changes nothing. Written as an ordinary create, a copy the PC gave up on (its
 * request timed out) that the server carried out after the record was deleted would bring it back (seen on
 * CouchDB 3.5). Not for ids every PC shares (RecordType.sharedIds). Every attempt carries the
 * first content RxDB handed over, and a later edit of a record the server already has goes as an update.
 */
export async function firstRevisionOf(id: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`station-ledger:first:${id}`)));
  return `1-${Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A document that keeps changing on the server while we push gives up after this many rounds (and retries later). */
const MAX_PASSES = 5;
/** A push waits at the gate between attempts; this only stops a runaway loop. */
const MAX_ATTEMPTS = 10_000;

function idOf(state: State): string {
  return typeof state.id === 'string' ? state.id : '';
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}

/**
 * The `_rev` a write over this server state must carry. A deletion is never named: CouchDB 3 answers
 * `conflict` to a write that names a tombstone's revision (the stand-in accepted it) and takes one without
 * `_rev` as a new revision on top of the tombstone, which is what bringing a record back means.
 * A create the PC gave up on that the server carries out late would land the same way; creates therefore
 * carry a revision of their own (firstRevisionOf).
 */
function revToWriteOver(server: ServerState): string | undefined {
  switch (server.kind) {
    case 'absent':
    case 'bodyless':
      return undefined;
    case 'unreadable':
      return server.rev;
    case 'doc':
      return server.state._deleted === true ? undefined : server.rev;
  }
}

function isRecord(value: unknown): value is State {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Our document as CouchDB stores it: `id` becomes `_id`; fields a newer app wrote go back as they came
 * (docFilter keeps them in `unknownFields`); the version stamp says which schema wrote it. A deletion keeps
 * its body (other PCs match it against theirs), except for a record holding personal data: that goes as a
 * bare tombstone, so the server never keeps what was deleted (other PCs mark their own copy deleted).
 */
export function toCouch(spec: SyncedCollectionSpec, state: State, rev: string | undefined): State {
  const { id, _deleted, unknownFields, ...fields } = contentOf(state);
  if (_deleted === true && holdsPersonalData(spec.docType)) return { _id: id, ...(rev ? { _rev: rev } : {}), _deleted: true };
  return {
    ...(isRecord(unknownFields) ? unknownFields : {}),
    ...fields,
    ...stampFor(spec.wire),
    _id: id,
    ...(rev ? { _rev: rev } : {}),
    ...(_deleted === true ? { _deleted: true } : {}),
  };
}

/** The server's version as the conflict register keeps it: its fields as stored, stamp included. */
function unreadableVersion(id: string, raw: State): State & { _deleted: boolean } {
  const kept: State = { id };
  for (const [key, value] of Object.entries(raw)) if (!key.startsWith('_')) kept[key] = value;
  return { ...kept, _deleted: false };
}

/**
 * RxDB's push handler for one collection. Compared with the couchdb plugin's it:
 * - reads deletions on the server as deletions, not as "absent", so an offline edit of a record deleted
 *   elsewhere reaches the conflict handler (delete/edit conflict) instead of silently bringing it back;
 * - records a document the server refuses (validate_doc_update: 403) against that record, with the
 *   server's reason, and goes on with the others, instead of failing the batch forever ('SNH');
 * - treats a version the server already has as sent (a retry after a lost answer), not as a conflict;
 * - halves the batch on HTTP 413;
 * - on any other failure waits at the retry gate and tries again when the service says so.
 */
export function createPushHandler(deps: PushDeps) {
  const { api, spec } = deps;

  async function serverStateOf(id: string, row: AllDocsRow | undefined): Promise<ServerState> {
    if (!row || row.error !== undefined || !row.value) return { kind: 'absent' };
    const rev = row.value.rev;
    if (row.value.deleted === true) {
      let raw: State;
      try {
        raw = await api.revision(id, rev);
      } catch (error) {
        if (error instanceof SyncError && error.kind === 'notFound') return { kind: 'bodyless', rev };
        throw error;
      }
      const admitted = admitPulledDoc(spec, raw, deps.stationId());
      return admitted.ok ? { kind: 'doc', rev, state: admitted.doc } : { kind: 'bodyless', rev };
    }
    const admitted = admitPulledDoc(spec, row.doc, deps.stationId());
    return admitted.ok ? { kind: 'doc', rev, state: admitted.doc } : { kind: 'unreadable', rev, raw: row.doc ?? {} };
  }

  /** The conflicts collection's own documents go to the same station database. */
  const conflictSpec = specOf('conflicts');
  const register = {
    async bulkInsert(docs: ConflictDoc[]): Promise<{ error: { status: number }[] }> {
      const results = await api.bulkDocs(docs.map((doc) => toCouch(conflictSpec, { ...doc, _deleted: false }, undefined)));
      const error: { status: number }[] = [];
      for (const r of results) {
        if (r.ok === true || (r.rev !== undefined && r.error === undefined)) continue;
        // 409: the same conflict is on record already (a retried push, another PC).
        error.push({ status: r.error === 'conflict' ? 409 : r.error === 'unauthorized' ? 401 : 403 });
      }
      return { error };
    },
  };

  /**
   * Puts the server's unreadable version on record before ours replaces it; our version is the current
   * one, theirs the other. False (and the record refused, so it is shown) when the server will not take
   * the conflict entry; a failed request throws and the push retries.
   */
  async function keepUnreadable(id: string, local: State, raw: State): Promise<boolean> {
    const ours = { ...contentOf(local), id, _deleted: local._deleted === true };
    try {
      const deviceId = typeof local.updatedBy === 'string' ? local.updatedBy : 'unknown';
      await recordConflict(register, { deviceId, now: () => deps.now() }, spec.name, ours, unreadableVersion(id, raw));
      return true;
    } catch (error) {
      if (error instanceof SyncError) throw error;
      await deps.rejected.add({
        collection: spec.name,
        docId: id,
        reason: error instanceof Error ? error.message : String(error),
        status: 403,
        at: deps.now().toISOString(),
        serverState: null,
      });
      return false;
    }
  }

  function assumedFor(id: string, row: PushRow): State | undefined {
    const refused = deps.rejected.get(id);
    // After a refusal RxDB believes the server has our version; what the server really had is on record.
    if (refused) return refused.serverState === null ? undefined : (JSON.parse(refused.serverState) as State);
    return row.assumedMasterState;
  }

  async function settleWritten(id: string, settled: Map<string, Outcome>): Promise<void> {
    settled.set(id, { kind: 'written' });
    if (deps.rejected.get(id)) await deps.rejected.remove(id);
  }

  async function pushChunk(chunk: PushRow[], settled: Map<string, Outcome>): Promise<void> {
    const ids = chunk.map((row) => idOf(row.newDocumentState));
    const answer = await api.allDocs(ids);
    const rowsByKey = new Map(answer.rows.map((r) => [r.key, r]));
    const writes: Write[] = [];
    const creates: Write[] = [];

    for (const row of chunk) {
      const local = row.newDocumentState;
      const id = idOf(local);
      const server = await serverStateOf(id, rowsByKey.get(id));
      const assumed = assumedFor(id, row);
      const localDeleted = local._deleted === true;
      switch (server.kind) {
        case 'absent':
          // Deleting what the server never had needs no request.
          if (localDeleted) await settleWritten(id, settled);
          else if (spec.sharedIds) writes.push({ id, doc: toCouch(spec, local, undefined), server });
          else creates.push({ id, doc: { ...toCouch(spec, local, undefined), _rev: await firstRevisionOf(id) }, server });
          break;
        case 'unreadable':
          if (await keepUnreadable(id, local, server.raw)) writes.push({ id, doc: toCouch(spec, local, revToWriteOver(server)), server });
          else settled.set(id, { kind: 'rejected' });
          break;
        case 'bodyless':
          if (localDeleted) await settleWritten(id, settled);
          else if (assumed?._deleted === true) writes.push({ id, doc: toCouch(spec, local, revToWriteOver(server)), server });
          else settled.set(id, { kind: 'conflict', state: { ...contentOf(local), _deleted: true } });
          break;
        case 'doc':
          // Deleted on both sides: what the deletions carried no longer matters.
          if (sameContent(server.state, local) || (localDeleted && server.state._deleted === true)) await settleWritten(id, settled);
          else if (assumed && sameContent(server.state, assumed)) writes.push({ id, doc: toCouch(spec, local, revToWriteOver(server)), server });
          else settled.set(id, { kind: 'conflict', state: server.state });
          break;
      }
    }
    let sent = 0;
    if (creates.length > 0) {
      // Only refusals are answered: every other create is on the server with the revision it carries.
      const refusals = new Map((await api.bulkDocsAsIs(creates.map((w) => w.doc))).filter((r) => r.error !== undefined).map((r) => [r.id, r]));
      for (const write of creates) {
        const refusal = refusals.get(write.id);
        if (refusal) await refuse(write, refusal, settled);
        else {
          sent += 1;
          await settleWritten(write.id, settled);
        }
      }
    }
    if (writes.length > 0) {
      const results = await api.bulkDocs(writes.map((w) => w.doc));
      const resultById = new Map(results.map((r) => [r.id, r]));
      for (const write of writes) {
        const result = resultById.get(write.id);
        // No answer for it, or someone wrote it in between: the next pass reads the server again.
        if (!result || result.error === 'conflict') continue;
        if (result.ok === true || (result.rev !== undefined && result.error === undefined)) {
          sent += 1;
          await settleWritten(write.id, settled);
          continue;
        }
        await refuse(write, result, settled);
      }
    }
    if (sent > 0) deps.onSent(sent);
  }

  async function refuse(write: Write, result: BulkDocsResultRow, settled: Map<string, Outcome>): Promise<void> {
    settled.set(write.id, { kind: 'rejected' });
    await deps.rejected.add({
      collection: spec.name,
      docId: write.id,
      reason: result.reason ?? result.error ?? '',
      status: result.error === 'unauthorized' ? 401 : 403,
      at: deps.now().toISOString(),
      serverState: write.server.kind === 'doc' ? JSON.stringify(write.server.state) : null,
    });
  }

  async function pushSized(chunk: PushRow[], settled: Map<string, Outcome>): Promise<void> {
    try {
      await pushChunk(chunk, settled);
    } catch (error) {
      if (!(error instanceof SyncError && error.kind === 'tooLarge')) throw error;
      const only = chunk.length === 1 ? chunk[0] : undefined;
      if (only) {
        // One record alone is too big for the server: that record is refused, the rest go on.
        const id = idOf(only.newDocumentState);
        settled.set(id, { kind: 'rejected' });
        await deps.rejected.add({
          collection: spec.name,
          docId: id,
          reason: 'HTTP 413: too large for the server',
          status: 413,
          at: deps.now().toISOString(),
          serverState: null,
        });
        return;
      }
      deps.batch.halveBelow(chunk.length);
      for (const part of chunks(chunk, deps.batch.get())) await pushSized(part, settled);
    }
  }

  async function pushAll(rows: PushRow[], settled: Map<string, Outcome>): Promise<void> {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const open = rows.filter((row) => !settled.has(idOf(row.newDocumentState)));
      if (open.length === 0) return;
      for (const chunk of chunks(open, deps.batch.get())) await pushSized(chunk, settled);
    }
    if (rows.some((row) => !settled.has(idOf(row.newDocumentState)))) {
      throw new SyncError('server', `${spec.name}: documents kept changing on the server during the push`);
    }
  }

  return async (rows: PushRow[]): Promise<State[]> => {
    const settled = new Map<string, Outcome>();
    for (let attempt = 1; ; attempt++) {
      deps.onBusy(1);
      let failure: SyncError | null = null;
      try {
        await pushAll(rows, settled);
      } catch (error) {
        failure = toSyncError(error);
      } finally {
        deps.onBusy(-1);
      }
      if (!failure) break;
      deps.onError(failure);
      if (attempt >= MAX_ATTEMPTS) throw failure;
      // Throws SyncStoppedError when the service stops; RxDB's loop then sees the replication cancelled.
      await deps.gate.wait(spec.name);
    }
    const conflicts: State[] = [];
    for (const [id, outcome] of settled) {
      if (outcome.kind === 'conflict') conflicts.push({ ...outcome.state, id, _deleted: outcome.state._deleted === true });
    }
    return conflicts;
  };
}

