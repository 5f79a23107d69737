import type { CouchDocument } from '../couch/ensure';
import { CATALOG_DESIGN_ID } from '../layout';

/** Only server admins publish; every station account may read (the database's members are the `station` role). */
export const ADMIN_ONLY_VALIDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  if ((userCtx.roles || []).indexOf('_admin') === -1) {
    throw({ forbidden: 'This database is written by the city administrator only; it is read-only for stations.' });
  }
}`;

/** `entries` emits every entry and no design document: the app pulls with filter=_view&view=catalog/entries. */
const ENTRIES_MAP = `function (doc) { if (doc._id.indexOf('_design/') !== 0) { emit(doc._id, null); } }`;

export function catalogDesignDoc(): CouchDocument {
  return {
    _id: CATALOG_DESIGN_ID,
    language: 'javascript',
    views: { entries: { map: ENTRIES_MAP } },
    validate_doc_update: ADMIN_ONLY_VALIDATE,
  };
}
