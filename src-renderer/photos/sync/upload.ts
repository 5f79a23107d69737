import { SyncError } from '../../sync/syncError';
import type { PhotoRow } from '../store/photoDb';
import { multipartDocument, type MultipartFile } from './multipart';
import { docPath, FULL_ATTACHMENT, photoDocBody, photoDocSchema, THUMB_ATTACHMENT } from './photoDoc';
import { reasonOf, type PhotoHttp } from './photoHttp';

export type UploadOutcome =
  | { kind: 'done'; rev: string }
  /** The server's size limits (413, `max_document_size`, or the station's own bound on a file). */
  | { kind: 'tooLarge'; reason: string }
  /** Refused for another reason (validation): it stays pending and is said. */
  | { kind: 'refused'; reason: string };

/** A refusal that is about size: CouchDB's 413 errors (`document_too_large`, `attachment_too_large`, `too_large`) and the validate function's own. */
const SIZE_REASON = /too.?large|max_document_size|max_http_request_size|max_attachment_size/i;

export function filesOf(row: PhotoRow): MultipartFile[] {
  const files: MultipartFile[] = [];
  if (row.full) files.push({ name: FULL_ATTACHMENT, contentType: row.meta.mime, blob: row.full });
  if (row.thumb) files.push({ name: THUMB_ATTACHMENT, contentType: row.thumb.type || 'image/jpeg', blob: row.thumb });
  return files;
}

/**
 * Sends one photo: its document and both files in one request. The id is the photo's own, so a retry after
 * an answer that never came gets 409 and finds its own upload on the server (same files, same body):
 * done, never a second copy. Network failures, timeouts and a refused login throw (SyncError).
 */
export async function uploadPhoto(
  http: PhotoHttp,
  row: PhotoRow,
  stationId: string,
  onProgress: (sentBytes: number, totalBytes: number) => void,
  signal?: AbortSignal,
): Promise<UploadOutcome> {
  const files = filesOf(row);
  const { contentType, body } = multipartDocument(photoDocBody(row.meta, stationId), files);
  const total = body.size;
  onProgress(0, total);
  const answer = await http.send({
    method: 'PUT',
    path: docPath(row.id),
    headers: { 'content-type': contentType },
    body,
    ...(signal ? { signal } : {}),
    onUploadProgress: (sent) => onProgress(Math.min(sent, total), total),
  });
  if (answer.status === 201 || answer.status === 202) {
    const rev = (JSON.parse(answer.text) as { rev?: unknown }).rev;
    return { kind: 'done', rev: typeof rev === 'string' ? rev : '' };
  }
  const reason = reasonOf(answer.text);
  if (answer.status === 409) return sameOnServer(http, row, files, signal);
  if (answer.status === 413 || ((answer.status === 400 || answer.status === 403) && SIZE_REASON.test(reason))) return { kind: 'tooLarge', reason };
  if (answer.status === 400 || answer.status === 403) return { kind: 'refused', reason };
  throw new SyncError(answer.status >= 500 ? 'server' : 'badResponse', `PUT ${row.id}: HTTP ${answer.status} ${reason}`, answer.status);
}

/** After a 409: the server's copy is ours if its files have our lengths and its body our meta. */
async function sameOnServer(http: PhotoHttp, row: PhotoRow, files: readonly MultipartFile[], signal?: AbortSignal): Promise<UploadOutcome> {
  const answer = await http.send({ method: 'GET', path: docPath(row.id), ...(signal ? { signal } : {}) });
  if (answer.status !== 200) throw new SyncError('server', `GET ${row.id} after 409: HTTP ${answer.status} ${reasonOf(answer.text)}`, answer.status);
  const parsed = photoDocSchema.safeParse(JSON.parse(answer.text));
  if (!parsed.success) return { kind: 'refused', reason: 'another document has this photo’s id' };
  const doc = parsed.data;
  const lengthsMatch = files.every((file) => doc._attachments?.[file.name]?.length === file.blob.size);
  const bodyMatches = doc.fileName === row.meta.fileName && doc.bytes === row.meta.bytes && doc.owner.id === row.meta.owner.id;
  if (lengthsMatch && bodyMatches) return { kind: 'done', rev: doc._rev };
  return { kind: 'refused', reason: 'the server holds a different document under this photo’s id' };
}
