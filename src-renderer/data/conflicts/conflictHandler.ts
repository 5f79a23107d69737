import type { RxConflictHandler, WithDeleted } from 'rxdb';
import { defaultHashSha256 } from 'rxdb/plugins/utils';
import type { ConflictDoc } from '../../domain/entities/conflict';
import type { WriteContext } from '../../domain/entities/common';
import type { LedgerDatabase } from '../database';
import { canonicalContent, contentOf, pickWinner, sameContent, type Version } from './winner';

/** Who records conflicts found on this PC; the session registers its write context when it opens. */
const contexts = new WeakMap<object, Pick<WriteContext, 'deviceId' | 'now'>>();

export function registerConflictContext(db: object, ctx: Pick<WriteContext, 'deviceId' | 'now'>): void {
  contexts.set(db, ctx);
}

interface ConflictRegister {
  bulkInsert(docs: ConflictDoc[]): Promise<{ error: { status: number }[] }>;
}

function asVersion(doc: WithDeleted<unknown>): Version {
  return doc;
}

/**
 * The conflict entry's id comes from what conflicted, so finding the same conflict twice (a retried push,
 * a second PC) records it once, and an entry the keeper has already reviewed is not reopened.
 */
async function conflictId(collectionName: string, docId: string, winner: Version, loser: Version): Promise<string> {
  const hash = await defaultHashSha256([collectionName, docId, canonicalContent(winner), canonicalContent(loser)].join('\n'));
  return `conflict:${hash.slice(0, 40)}`;
}

export async function recordConflict(
  register: ConflictRegister,
  ctx: Pick<WriteContext, 'deviceId' | 'now'> | undefined,
  collectionName: string,
  winner: Version,
  loser: Version,
): Promise<void> {
  const docId = typeof winner.id === 'string' ? winner.id : String(loser.id);
  const now = (ctx?.now() ?? new Date()).toISOString();
  const stationId = [winner.stationId, loser.stationId].find((s): s is string => typeof s === 'string' && s !== '') ?? '';
  const entry: ConflictDoc = {
    id: await conflictId(collectionName, docId, winner, loser),
    stationId,
    createdAt: now,
    updatedAt: now,
    updatedBy: ctx?.deviceId ?? (typeof winner.updatedBy === 'string' ? winner.updatedBy : 'unknown'),
    collectionName,
    docId,
    kind: winner._deleted || loser._deleted ? 'delete-edit' : 'edit-edit',
    loser: JSON.stringify(contentOf(loser)),
    loserDeleted: loser._deleted,
    winner: JSON.stringify(contentOf(winner)),
    winnerDeleted: winner._deleted,
    resolved: false,
    resolution: '',
  };
  const result = await register.bulkInsert([entry]);
  // 409: this very conflict is on record already (maybe reviewed); anything else must not pass silently.
  const failure = result.error.find((e) => e.status !== 409);
  if (failure) throw new Error(`could not record a conflict on ${collectionName} (status ${failure.status})`);
}

/**
 * RxDB 17 conflict handler for one collection. `resolve` runs when a push finds the server holding a
 * different version than this PC assumed: the winner is chosen by compareVersions (the same everywhere)
 * and the losing version goes to the `conflicts` collection for the keeper, so nothing is lost.
 * The conflict register and the city catalogue only pick the winner.
 */
export function createConflictHandler<Doc>(collectionName: string, db: LedgerDatabase): RxConflictHandler<Doc> {
  const keepsLosers = collectionName !== 'conflicts' && collectionName !== 'catalog';
  return {
    isEqual: (a, b) => sameContent(asVersion(a), asVersion(b)),
    async resolve(input) {
      const local = asVersion(input.newDocumentState);
      const server = asVersion(input.realMasterState);
      if (sameContent(local, server)) return input.realMasterState;
      // Both sides deleted it: there is nothing left to keep or to review.
      if (local._deleted && server._deleted) return input.realMasterState;
      const { winner, loser } = pickWinner(local, server);
      if (keepsLosers) {
        // Looked up now, not at creation: the handler is made while the collections are being added.
        await recordConflict(db.conflicts, contexts.get(db), collectionName, winner, loser);
      }
      return winner === local ? input.newDocumentState : input.realMasterState;
    },
  };
}
