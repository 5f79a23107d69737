import type { CouchDocument } from '../couch/ensure';
import { ROLLUP_DESIGN_ID } from '../layout';
import { ADMIN_ONLY_VALIDATE } from './catalogDesign';

/**
 * Views over every station's records, as CouchDB's replicator copies them in. Each map checks the id
 * prefix (so design documents and other types are ignored) and the type of every field it reads, so a
 * malformed record is skipped instead of breaking the index. An activity from an app older than the stored
 * totals (schema version 0, which the station server still accepts) is counted from its participants.
 *
 * activity_by_station      key [year, stationId]        value [sessions, hours, people served]  (_sum)
 * activity_by_field_month  key [year, field, month]     value [sessions, hours, people served]  (_sum)
 * volunteers_by_station    key [stationId, join year]   count of registered volunteers          (_count)
 */
export const ROLLUP_VIEWS = {
  activityByStation: 'activity_by_station',
  activityByFieldMonth: 'activity_by_field_month',
  volunteersByStation: 'volunteers_by_station',
} as const;

const ACTIVITY_GUARD = `if (doc._id.indexOf('activity:') !== 0) return;
  if (typeof doc.date !== 'string' || doc.date.length < 7 || typeof doc.stationId !== 'string') return;
  var hours = 0;
  if (typeof doc.totalHours === 'number') {
    hours = doc.totalHours;
  } else if (Object.prototype.toString.call(doc.participants) === '[object Array]') {
    for (var i = 0; i < doc.participants.length && i < 1000; i++) {
      var p = doc.participants[i];
      if (p && typeof p.hours === 'number' && isFinite(p.hours)) hours += p.hours;
    }
  }
  var served = typeof doc.servedCount === 'number' ? doc.servedCount : 0;`;

const ACTIVITY_BY_STATION = `function (doc) {
  ${ACTIVITY_GUARD}
  emit([doc.date.substring(0, 4), doc.stationId], [1, hours, served]);
}`;

const ACTIVITY_BY_FIELD_MONTH = `function (doc) {
  ${ACTIVITY_GUARD}
  var field = typeof doc.field === 'string' ? doc.field : '';
  emit([doc.date.substring(0, 4), field, doc.date.substring(5, 7)], [1, hours, served]);
}`;

const VOLUNTEERS_BY_STATION = `function (doc) {
  if (doc._id.indexOf('volunteer:') !== 0 || typeof doc.stationId !== 'string') return;
  emit([doc.stationId, typeof doc.joinDate === 'string' ? doc.joinDate.substring(0, 4) : ''], null);
}`;

export function rollupDesignDoc(): CouchDocument {
  return {
    _id: ROLLUP_DESIGN_ID,
    language: 'javascript',
    views: {
      [ROLLUP_VIEWS.activityByStation]: { map: ACTIVITY_BY_STATION, reduce: '_sum' },
      [ROLLUP_VIEWS.activityByFieldMonth]: { map: ACTIVITY_BY_FIELD_MONTH, reduce: '_sum' },
      [ROLLUP_VIEWS.volunteersByStation]: { map: VOLUNTEERS_BY_STATION, reduce: '_count' },
    },
    validate_doc_update: ADMIN_ONLY_VALIDATE,
  };
}
