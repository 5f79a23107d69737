import type { RxCollection } from 'rxdb';
import type { DocMeta, WriteContext } from '../../domain/entities/common';
import { newId, type DocType } from '../../domain/ids';
import type { ImportPlan, PlannedWrite } from '../../domain/records/importTypes';
import type { Ledger } from '../session';
import { ChunkWriteError, StaleImportError, writeChunkAtomically, type ChunkUpdate } from './atomicChunk';
import { writeInChunks, type ChunkedWriteOptions } from './chunkedWriter';
import { importedRequestTarget } from './importedRequests';

export interface CommitResult {
  /** Records written: always whole chunks. */
  written: number;
  inserted: number;
  updated: number;
  total: number;
  cancelled: boolean;
  /** Why writing stopped early: the ledger changed since the check, or the storage refused a chunk. */
  failure?: 'stale' | 'write';
}

export interface KindTarget<F, Doc extends DocMeta> {
  collection: RxCollection<Doc>;
  type: DocType;
  build: (fields: F, meta: DocMeta) => Doc;
  /** Refuses a chunk whose new records collide with records that appeared after the check. */
  guard?: (inserts: readonly Doc[]) => Promise<void>;
  /** What an update writes, when not every planned field (a request's details only, not where it stands). */
  patch?: (fields: F) => object;
}

async function commitWrites<F extends object, Doc extends DocMeta>(
  target: KindTarget<F, Doc>,
  writes: readonly PlannedWrite<F>[],
  ctx: WriteContext,
  options: ChunkedWriteOptions,
): Promise<CommitResult> {
  const run = await writeInChunks(
    writes,
    async (chunk) => {
      const now = ctx.now().toISOString();
      const stamp = { updatedAt: now, updatedBy: ctx.deviceId };
      const inserts: Doc[] = [];
      const updates: ChunkUpdate<object>[] = [];
      for (const w of chunk) {
        if (w.op === 'update' && w.id !== undefined) updates.push({ id: w.id, fields: target.patch ? target.patch(w.fields) : w.fields });
        else {
          const meta: DocMeta = { id: newId(target.type, ctx.now().getTime()), stationId: ctx.stationId, createdAt: now, ...stamp };
          inserts.push(target.build(w.fields, meta));
        }
      }
      await target.guard?.(inserts);
      await writeChunkAtomically(target.collection, inserts, updates, stamp);
    },
    options,
  );
  const done = writes.slice(0, run.written);
  const inserted = done.filter((w) => w.op === 'insert').length;
  const result: CommitResult = {
    written: run.written,
    inserted,
    updated: run.written - inserted,
    total: run.total,
    cancelled: run.cancelled,
  };
  if (run.error !== undefined) {
    if (!(run.error instanceof StaleImportError) && !(run.error instanceof ChunkWriteError)) {
      console.error('import chunk failed', run.error instanceof Error ? run.error.name : 'unknown');
    }
    result.failure = run.error instanceof StaleImportError ? 'stale' : 'write';
  }
  return result;
}

/**
 * Writes the rows a dry run accepted, in chunks of 50–200 with one atomic bulk write each. Cancel with
 * `signal`: the chunk being written completes, the rest is left out, and the result says how many were
 * written. The records get the same metadata a form save gives them.
 */
export async function commitImport(ledger: Ledger, plan: ImportPlan, options: ChunkedWriteOptions = {}): Promise<CommitResult> {
  const { db, ctx } = ledger;
  switch (plan.kind) {
    case 'volunteers':
      return commitWrites(
        {
          collection: db.volunteers,
          type: 'volunteer',
          build: (fields, meta) => ({ ...fields, ...meta }),
          async guard(inserts) {
            if (inserts.length === 0) return;
            const clash = await db.volunteers.findOne({ selector: { idNumber: { $in: inserts.map((v) => v.idNumber) } } }).exec();
            if (clash) throw new StaleImportError();
          },
        },
        plan.writes,
        ctx,
        options,
      );
    case 'teams':
      return commitWrites({ collection: db.teams, type: 'team', build: (fields, meta) => ({ ...fields, ...meta }) }, plan.writes, ctx, options);
    case 'projects':
      return commitWrites({ collection: db.projects, type: 'project', build: (fields, meta) => ({ ...fields, ...meta }) }, plan.writes, ctx, options);
    case 'activities':
      return commitWrites(
        { collection: db.activities, type: 'activity', build: (fields, meta) => ({ ...fields, ...meta }) },
        plan.writes,
        ctx,
        options,
      );
    case 'honours':
      return commitWrites({ collection: db.honours, type: 'honour', build: (fields, meta) => ({ ...fields, ...meta }) }, plan.writes, ctx, options);
    case 'requests':
      return commitWrites(importedRequestTarget(db.requests), plan.writes, ctx, options);
    case 'dutyPosts':
      return commitWrites({ collection: db.dutyPosts, type: 'dutyPost', build: (fields, meta) => ({ ...fields, ...meta }) }, plan.writes, ctx, options);
    case 'shifts':
      return commitWrites(
        {
          collection: db.shifts,
          type: 'shift',
          build: (fields, meta) => ({ ...fields, ...meta }),
          // The schedule's part: sign-ins and their credits are the station PC's, never the sheet's.
          patch: ({ endTime, needed, signUps }) => ({ endTime, needed, signUps }),
        },
        plan.writes,
        ctx,
        options,
      );
  }
}
