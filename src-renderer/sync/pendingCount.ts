import {
  getAssumedMasterState,
  getChangedDocumentsSince,
  getComposedPrimaryKeyOfDocumentData,
  writeDocToDocState,
  type RxStorageInstanceReplicationState,
  type WithDeleted,
} from 'rxdb';

/** Documents looked at per step; a station's unsent edits are usually a handful. */
const PAGE = 500;
/** 500 × 400 = 200,000 documents: far beyond a station's records; only a runaway loop reaches it. */
const MAX_PAGES = 400;

/** One unsent document as the push would receive it: its state now and what the server was last known to hold. */
export interface UnsentRow<Doc> {
  assumed: WithDeleted<Doc> | null;
  doc: WithDeleted<Doc>;
}

/**
 * Every document of one collection the server does not have yet, from RxDB's own bookkeeping: every
 * document changed since the last push checkpoint whose content differs from what the replication last
 * knew the server to hold (or that the server has never seen). Documents the replication wrote itself
 * (pulled from the server) match that record and are not visited.
 */
export async function visitUnsent<Doc>(
  state: RxStorageInstanceReplicationState<Doc>,
  isEqual: (a: WithDeleted<Doc>, b: WithDeleted<Doc>, context: string) => boolean,
  visit: (row: UnsentRow<Doc>) => void,
): Promise<void> {
  const { forkInstance, metaInstance } = state.input;
  // Read directly rather than through getLastCheckpointDoc(), which would overwrite the replication's cached copy.
  const checkpointId = getComposedPrimaryKeyOfDocumentData(metaInstance.schema, { isCheckpoint: '1', itemId: 'up' });
  const [checkpointDoc] = await metaInstance.findDocumentsById([checkpointId], false);
  let checkpoint: unknown = checkpointDoc?.checkpointData;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await getChangedDocumentsSince(forkInstance, PAGE, checkpoint);
    if (result.documents.length === 0) break;
    const ids = result.documents.map((doc) => String((doc as Record<string, unknown>)[state.primaryPath]));
    const assumed = await getAssumedMasterState(state, ids);
    result.documents.forEach((doc, i) => {
      const known = assumed[ids[i] ?? ''];
      const current = writeDocToDocState(doc, state.hasAttachments, false);
      const unsent = !known || known.metaDocument.isResolvedConflict === doc._rev || !isEqual(known.docData, current, 'station-ledger-count-unsent');
      if (unsent) visit({ assumed: known ? known.docData : null, doc: current });
    });
    checkpoint = result.checkpoint;
    if (result.documents.length < PAGE) break;
  }
}

/** How many documents of one collection the server does not have yet (see visitUnsent). */
export async function countUnsent<Doc>(
  state: RxStorageInstanceReplicationState<Doc>,
  isEqual: (a: WithDeleted<Doc>, b: WithDeleted<Doc>, context: string) => boolean,
): Promise<number> {
  let count = 0;
  await visitUnsent(state, isEqual, () => {
    count += 1;
  });
  return count;
}
