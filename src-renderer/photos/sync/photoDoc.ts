import { z } from 'zod';
import type { PhotoMeta } from '../photo';

/** Every photo document's id starts so; the record channel leaves them alone (sync/collections.ts). */
export const PHOTO_ID_PREFIX = 'photo:';
export const PHOTO_DOC_TYPE = 'photo';
/** The attachments of a photo document: the stored file and its thumbnail. */
export const FULL_ATTACHMENT = 'full';
export const THUMB_ATTACHMENT = 'thumb';

/** The server document's body: the photo's meta (its id as `_id`) and `type: 'photo'`. */
export function photoDocBody(meta: PhotoMeta, stationId: string): Record<string, unknown> {
  const { id, ...rest } = meta;
  // A station that took the city's code after adding photos sends them under the code it has now.
  return { _id: id, type: PHOTO_DOC_TYPE, ...rest, stationId };
}

const stubSchema = z.looseObject({ content_type: z.string(), length: z.number() });

export const photoDocSchema = z.looseObject({
  _id: z.string().startsWith(PHOTO_ID_PREFIX),
  _rev: z.string(),
  type: z.literal(PHOTO_DOC_TYPE),
  stationId: z.string(),
  owner: z.object({ type: z.enum(['activity', 'request', 'shift']), id: z.string() }),
  kind: z.enum(['photo', 'sheet']),
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  bytes: z.number(),
  width: z.number().optional(),
  height: z.number().optional(),
  takenAt: z.string().optional(),
  fileName: z.string(),
  addedBy: z.string(),
  _attachments: z.record(z.string(), stubSchema).optional(),
});
export type PhotoDoc = z.infer<typeof photoDocSchema>;

export function metaOfDoc(doc: PhotoDoc): PhotoMeta {
  return {
    id: doc._id,
    stationId: doc.stationId,
    owner: { type: doc.owner.type, id: doc.owner.id },
    kind: doc.kind,
    mime: doc.mime,
    bytes: doc.bytes,
    ...(doc.width !== undefined ? { width: doc.width } : {}),
    ...(doc.height !== undefined ? { height: doc.height } : {}),
    ...(doc.takenAt !== undefined ? { takenAt: doc.takenAt } : {}),
    fileName: doc.fileName,
    addedBy: doc.addedBy,
  };
}

export function docPath(id: string, attachment?: string): string {
  return `/${encodeURIComponent(id)}${attachment ? `/${attachment}` : ''}`;
}
