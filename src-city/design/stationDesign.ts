import { DOC_TYPES } from '../../src-renderer/domain/ids';
import { PHOTO_VIEW_NAME } from '../../src-renderer/domain/stationSetupFile';
import type { CouchDocument } from '../couch/ensure';
import { STATION_DESIGN_ID, type StationNames } from '../layout';
import { buildDocSpecs } from './docSpec';
import { ROLLUP_FILTER_SOURCE } from './rollupContent';
import { stationValidateSource } from './stationValidate';

/**
 * Map functions must never throw: a throwing map in `_changes?filter=_view` crashes pouchdb-server and
 * makes CouchDB skip the document. They read only `_id`, which even a body-less tombstone has, so
 * deletions reach each collection's pull too.
 */
function typeViewMap(type: string): string {
  return `function (doc) { if (doc._id.indexOf(${JSON.stringify(`${type}:`)}) === 0) { emit(doc._id, null); } }`;
}

/** Every live record, keyed by its last change: `station list` reads the count and the newest. */
const UPDATED_MAP = `function (doc) {
  if (doc._id.indexOf('_design/') === 0) return;
  emit(typeof doc.updatedAt === 'string' ? doc.updatedAt : '', null);
}`;


export function stationDesignDoc(names: StationNames): CouchDocument {
  const views: Record<string, { map: string }> = {};
  for (const type of DOC_TYPES) views[type] = { map: typeViewMap(type) };
  // The photo channel's pull: a view filter, which pouchdb-server (the stand-in) serves and `_selector` it does not.
  views[PHOTO_VIEW_NAME] = { map: typeViewMap(PHOTO_VIEW_NAME) };
  views.updated = { map: UPDATED_MAP };
  return {
    _id: STATION_DESIGN_ID,
    language: 'javascript',
    views,
    filters: { rollup: ROLLUP_FILTER_SOURCE },
    validate_doc_update: stationValidateSource({ stationId: names.code, username: names.username, specs: buildDocSpecs() }),
  };
}
