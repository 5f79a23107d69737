import { ID_MAX_LENGTH } from '../../src-renderer/domain/ids';
import type { DocSpec } from './docSpec';

/**
 * Evidence photos (`photo:<uuid>`, src-renderer/photos): the only documents the station database takes
 * with attachments. Inside validate_doc_update CouchDB 3.5 shows each attachment as a stub
 * `{content_type, length, revpos, stub: true}` (no bytes, no digest, whether it came as multipart or
 * base64), so what can be checked is the names, types and lengths.
 *
 * Bounds on the lengths, and why:
 * - `full` at most 8 MiB: above anything the app stores (a 1,600-px JPEG at 80 % is well under 2 MB, a
 *   scanned PDF is capped at 5 MB in the app, a 1,600-px PNG screenshot a few MB), so a real photo is never
 *   refused by this rule, while nobody can fill the city's disk and every PC's pull with arbitrary large
 *   files. 8 MiB is also about CouchDB's own default `max_document_size` (8,000,000 bytes). The server's own
 *   `max_document_size` and `max_http_request_size` still apply on top: whichever is lower refuses first
 *   (the app calls both "too large" and keeps the photo on the PC).
 * - `thumb` at most 256 KiB: a 240-px JPEG thumbnail is 10–30 kB; every PC of the station fetches each one.
 * A refusal for size says "too large", so the app shows it as the server's size limit, not a fault.
 */
export const MAX_PHOTO_FULL_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTO_THUMB_BYTES = 256 * 1024;
export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'application/pdf'];
export const THUMB_MIMES = ['image/jpeg', 'image/png'];
const MAX_PIXELS_EDGE = 100_000;

/** The photo document's body (PhotoMeta without `id`, plus `type`), in the validate function's rule form. */
export const PHOTO_SPEC: DocSpec = {
  type: { t: 'string', oneOf: ['photo'] },
  stationId: { t: 'string', min: 1, max: ID_MAX_LENGTH },
  owner: {
    t: 'object',
    fields: {
      type: { t: 'string', oneOf: ['activity', 'request', 'shift'] },
      id: { t: 'string', min: 1, max: ID_MAX_LENGTH },
    },
  },
  kind: { t: 'string', oneOf: ['photo', 'sheet'] },
  mime: { t: 'string', oneOf: PHOTO_MIMES },
  bytes: { t: 'integer', min: 1, max: MAX_PHOTO_FULL_BYTES },
  width: { t: 'integer', min: 1, max: MAX_PIXELS_EDGE, optional: true },
  height: { t: 'integer', min: 1, max: MAX_PIXELS_EDGE, optional: true },
  takenAt: { t: 'string', max: 40, optional: true },
  fileName: { t: 'string', min: 1, max: 255 },
  addedBy: { t: 'string', min: 1, max: 100 },
};

export const PHOTO_RULES = {
  prefix: 'photo:',
  spec: PHOTO_SPEC,
  full: { types: PHOTO_MIMES, max: MAX_PHOTO_FULL_BYTES },
  thumb: { types: THUMB_MIMES, max: MAX_PHOTO_THUMB_BYTES },
};

/**
 * ES5 source spliced into the station's validate function (stationValidate.ts), where `has`, `keys`, `show`,
 * `refuse`, `checkFields`, `checkUnknown`, `STATION_ID`, `TOMBSTONE_FIELDS` and `isAdmin` are in scope.
 * A photo is written once and never edited: a change to a live one is refused (a retried upload gets 409
 * before it comes here). Its deletion carries nothing but `_id`, `_rev` and `_deleted`: the file name and
 * the record it belonged to go with it.
 */
export const PHOTO_CHECK_SOURCE = `function checkPhoto(doc, old) {
    var id = doc._id, name, i, stub, rule, extra = [];
    if (doc._deleted === true) {
      var fieldNames = keys(doc);
      for (i = 0; i < fieldNames.length; i++) {
        if (TOMBSTONE_FIELDS.indexOf(fieldNames[i]) === -1) extra.push(fieldNames[i]);
      }
      if (extra.length > 0) refuse('A deletion of ' + show(id) + ' must carry only _id, _rev and _deleted, not ' + extra.join(', '));
      return;
    }
    if (old && old._deleted !== true && !isAdmin) refuse('Photos are never changed, only deleted: ' + show(id));
    if (doc.stationId !== STATION_ID) refuse('stationId must be ' + show(STATION_ID) + ' in this station database, not ' + show(doc.stationId));
    var atts = doc._attachments;
    if (!atts || typeof atts !== 'object' || !has(atts, 'full')) refuse('Photo ' + show(id) + ' must carry its file as the attachment full');
    for (name in atts) {
      if (!has(atts, name)) continue;
      if (name !== 'full' && name !== 'thumb') refuse('Photo ' + show(id) + ' may carry only the attachments full and thumb, not ' + show(name));
      stub = atts[name];
      rule = PHOTO.attachments[name];
      if (rule.types.indexOf(stub.content_type) === -1) refuse('Attachment ' + name + ' of ' + show(id) + ' must be one of ' + rule.types.join(', ') + ', not ' + show(stub.content_type));
      if (typeof stub.length !== 'number') refuse('Attachment ' + name + ' of ' + show(id) + ' has no length');
      if (stub.length > rule.max) refuse('Attachment ' + name + ' of ' + show(id) + ' is too large: ' + stub.length + ' bytes, at most ' + rule.max + ' are accepted');
    }
    if (atts.full.content_type !== doc.mime) refuse('Attachment full of ' + show(id) + ' is ' + show(atts.full.content_type) + ' but mime says ' + show(doc.mime));
    var problem = checkFields(doc, PHOTO.spec, '', Infinity) || checkUnknown(doc, PHOTO.spec);
    if (!problem && doc.bytes !== atts.full.length) problem = 'bytes ' + doc.bytes + ' is not the length of its file (' + atts.full.length + ')';
    if (problem) refuse('Invalid photo document ' + show(id) + ': ' + problem);
  }`;

export function photoRulesJson(): string {
  return JSON.stringify({ spec: PHOTO_RULES.spec, attachments: { full: PHOTO_RULES.full, thumb: PHOTO_RULES.thumb } });
}
