import { SyncError } from '../../sync/syncError';
import type { PhotoChannelSide } from '../store/photoStore';
import type { PhotoRow } from '../store/photoDb';
import { docPath } from './photoDoc';
import { reasonOf, type PhotoHttp } from './photoHttp';

/**
 * A photo deleted on this PC becomes a tombstone on the server: DELETE with the document's revision, so
 * the tombstone carries only `_id`, `_rev` and `_deleted` (no file name, no owner). A photo the server never
 * got (its upload had not gone through) has nothing to delete. Returns whether the row could go.
 */
export async function deleteOnServer(http: PhotoHttp, store: PhotoChannelSide, row: PhotoRow, signal?: AbortSignal): Promise<boolean> {
  let rev = row.rev;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (rev === undefined) {
      const current = await http.send({ method: 'GET', path: docPath(row.id), ...(signal ? { signal } : {}) });
      if (current.status === 404) {
        await store.forget(row.id);
        return true;
      }
      if (current.status !== 200) throw new SyncError('server', `GET ${row.id}: HTTP ${current.status} ${reasonOf(current.text)}`, current.status);
      const found = (JSON.parse(current.text) as { _rev?: unknown })._rev;
      rev = typeof found === 'string' ? found : undefined;
    }
    if (rev === undefined) break;
    const answer = await http.send({ method: 'DELETE', path: docPath(row.id), query: { rev }, ...(signal ? { signal } : {}) });
    if (answer.status === 200 || answer.status === 202 || answer.status === 404) {
      await store.forget(row.id);
      return true;
    }
    // 409: someone else's revision came in between (it cannot be edited, but a tombstone may have been
    // written by an earlier try whose answer was lost): read the current one once more.
    if (answer.status !== 409) throw new SyncError('server', `DELETE ${row.id}: HTTP ${answer.status} ${reasonOf(answer.text)}`, answer.status);
    rev = undefined;
  }
  return false;
}
