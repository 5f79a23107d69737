import type { CouchDocument } from '../couch/ensure';
import { REPLICATOR_ROLE, ROLLUP_DESIGN_ID } from '../layout';
import { PERSONAL_FIELDS, ROLLUP_TYPES } from './rollupContent';
import { HEALTH_PREFIX } from '../../src-renderer/domain/stationHealth';
import { SUMMARY_PREFIX } from './summaryDoc';
import { ROLLUP_VIEWS } from '../../src-renderer/domain/cityReport/rollupViews';

/**
 * Views over the roll-up: the records CouchDB's replicator copies in (activities, teams, projects) and the
 * per-station summaries the CLI writes (summaryDoc.ts). Each map checks the id prefix and the type of every
 * field it reads, so a malformed record is skipped instead of breaking the index. An activity from an app
 * older than the stored totals (schema version 0, which the station server still accepts) is counted from
 * its participants.
 *
 * activity_by_station      key [year, stationId]        value [sessions, hours, people served]  (_sum)
 * activity_by_field_month  key [year, field, month]     value [sessions, hours, people served]  (_sum)
 * volunteers_by_station    key [stationId, join year]   value [registered, 在册 active]          (_sum)
 * people_by_join_year      key [join year, person key]  count of records of that person         (_count)
 * active_people_by_join_year  the same, of records marked 在册 (active) only                      (_count)
 * teams_by_station         key [stationId, founded year ('' unknown)]  teams                   (_count)
 * projects_by_year         key [start year, stationId]  projects started                         (_count)
 * certificates_by_year     key [year, stationId]        certificates issued, not revoked         (_sum)
 * honours_by_year          key [year, stationId, kind, level]  honours on record               (_sum)
 * requests_by_year         key [year, stationId]        [received, done, rated, satisfied]       (_sum)
 * open_requests_by_year    key [year received, stationId, wanted date]  open requests          (_sum)
 * duty_by_year             key [year, stationId]        [posts, shifts, credited hours]          (_sum)
 * station_directory        key [county, center, institute, stationId, name]  [stations, 示范站] (_sum)
 *
 * A dashboard reads each with `group_level` (county totals at 1, a station's at 4, its name at 5), never whole
 * documents; the view names and key shapes its readers use are in src-renderer/domain/cityReport/rollupViews.ts.
 */
export { ROLLUP_VIEWS };

/** The first four characters of a YYYY-MM-DD field, or '' when it holds no date. */
const YEAR_OF = `function yearOf(value) {
    return typeof value === 'string' && value.length >= 4 ? value.substring(0, 4) : '';
  }`;

const TEAMS_BY_STATION = `function (doc) {
  ${YEAR_OF}
  if (doc._id.indexOf('team:') !== 0 || typeof doc.stationId !== 'string') return;
  emit([doc.stationId, yearOf(doc.foundedDate)], null);
}`;

const PROJECTS_BY_YEAR = `function (doc) {
  ${YEAR_OF}
  if (doc._id.indexOf('project:') !== 0 || typeof doc.stationId !== 'string') return;
  var year = yearOf(doc.startDate);
  if (year !== '') emit([year, doc.stationId], null);
}`;

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

const SUMMARY_GUARD = `if (doc._id.indexOf(${JSON.stringify(SUMMARY_PREFIX)}) !== 0 || typeof doc.stationId !== 'string') return;
  if (Object.prototype.toString.call(doc.volunteers) !== '[object Array]') return;`;

const VOLUNTEERS_BY_STATION = `function (doc) {
  ${SUMMARY_GUARD}
  for (var i = 0; i < doc.volunteers.length; i++) {
    var v = doc.volunteers[i];
    if (!v || typeof v.joinYear !== 'string') continue;
    emit([doc.stationId, v.joinYear], [1, v.active === true ? 1 : 0]);
  }
}`;

const PEOPLE_BY_JOIN_YEAR = `function (doc) {
  ${SUMMARY_GUARD}
  for (var i = 0; i < doc.volunteers.length; i++) {
    var v = doc.volunteers[i];
    if (!v || typeof v.joinYear !== 'string' || typeof v.person !== 'string') continue;
    emit([v.joinYear, v.person], null);
  }
}`;

const ACTIVE_PEOPLE_BY_JOIN_YEAR = `function (doc) {
  ${SUMMARY_GUARD}
  for (var i = 0; i < doc.volunteers.length; i++) {
    var v = doc.volunteers[i];
    if (!v || v.active !== true || typeof v.joinYear !== 'string' || typeof v.person !== 'string') continue;
    emit([v.joinYear, v.person], null);
  }
}`;

const CERTIFICATES_BY_YEAR = `function (doc) {
  ${SUMMARY_GUARD}
  var certificates = doc.certificates;
  if (!certificates || typeof certificates !== 'object') return;
  for (var year in certificates) {
    if (Object.prototype.hasOwnProperty.call(certificates, year) && typeof certificates[year] === 'number') emit([year, doc.stationId], certificates[year]);
  }
}`;

const HONOURS_BY_YEAR = `function (doc) {
  ${SUMMARY_GUARD}
  var honours = doc.honours;
  if (Object.prototype.toString.call(honours) !== '[object Array]') return;
  for (var i = 0; i < honours.length && i < 1000; i++) {
    var h = honours[i];
    if (h && typeof h.year === 'string' && typeof h.kind === 'string' && typeof h.level === 'string' && typeof h.count === 'number') {
      emit([h.year, doc.stationId, h.kind, h.level], h.count);
    }
  }
}`;

/** An entry of one of the summary's counted lists whose named fields are all numbers. */
const NUMBERS_IN = `function numbersIn(entry, names) {
    if (!entry || typeof entry.year !== 'string') return null;
    var out = [];
    for (var n = 0; n < names.length; n++) {
      var value = entry[names[n]];
      if (typeof value !== 'number' || !isFinite(value)) return null;
      out.push(value);
    }
    return out;
  }`;

const REQUESTS_BY_YEAR = `function (doc) {
  ${SUMMARY_GUARD}
  ${NUMBERS_IN}
  var rows = doc.requests;
  if (Object.prototype.toString.call(rows) !== '[object Array]') return;
  for (var i = 0; i < rows.length && i < 1000; i++) {
    var values = numbersIn(rows[i], ['received', 'done', 'rated', 'satisfied']);
    if (values) emit([rows[i].year, doc.stationId], values);
  }
}`;

const OPEN_REQUESTS_BY_YEAR = `function (doc) {
  ${SUMMARY_GUARD}
  ${NUMBERS_IN}
  var rows = doc.openRequests;
  if (Object.prototype.toString.call(rows) !== '[object Array]') return;
  for (var i = 0; i < rows.length && i < 10000; i++) {
    var values = numbersIn(rows[i], ['count']);
    if (values && typeof rows[i].wantedDate === 'string') emit([rows[i].year, doc.stationId, rows[i].wantedDate], values[0]);
  }
}`;

/*
 * Duty comes from the summaries, not from the shifts the replicator copies: the summary counts them with the
 * app's own rules (half hours, shifts nobody was credited on left out), which a view would have to repeat.
 */
const DUTY_BY_YEAR = `function (doc) {
  ${SUMMARY_GUARD}
  ${NUMBERS_IN}
  var rows = doc.duty;
  if (Object.prototype.toString.call(rows) !== '[object Array]') return;
  for (var i = 0; i < rows.length && i < 1000; i++) {
    var values = numbersIn(rows[i], ['posts', 'shifts', 'hours']);
    if (values) emit([rows[i].year, doc.stationId], values);
  }
}`;

const STATION_DIRECTORY = `function (doc) {
  ${SUMMARY_GUARD}
  var s = doc.station;
  if (!s || typeof s !== 'object') return;
  var text = function (value) { return typeof value === 'string' ? value : ''; };
  emit([text(s.county), text(s.center), text(s.institute), doc.stationId, text(s.name)], [1, s.demonstration === true ? 1 : 0]);
}`;

/**
 * Server admins write anything (the summaries, the design document). The replication account writes the
 * record types of the roll-up, the summaries and health records (a county's roll-up gets them from the
 * city's; a station's database cannot hold such ids, its validation refuses unknown prefixes) and nothing else, and nothing that carries a personal field: should a
 * station's database ever be replicated with a wrong filter, the roll-up still refuses its volunteers.
 * Everyone else only reads.
 */
const ROLLUP_VALIDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (roles.indexOf(${JSON.stringify(REPLICATOR_ROLE)}) === -1) {
    throw({ forbidden: 'The city roll-up is filled by replication only; it is read-only.' });
  }
  if (!new RegExp(${JSON.stringify(`^(${[...ROLLUP_TYPES, SUMMARY_PREFIX.slice(0, -1), HEALTH_PREFIX.slice(0, -1)].join('|')}):`)}).test(newDoc._id)) {
    throw({ forbidden: 'Only ${ROLLUP_TYPES.join(', ')} records and station summaries belong in the roll-up, not ' + JSON.stringify(newDoc._id) });
  }
  var personal = ${JSON.stringify(PERSONAL_FIELDS)};
  for (var i = 0; i < personal.length; i++) {
    if (Object.prototype.hasOwnProperty.call(newDoc, personal[i])) {
      throw({ forbidden: 'The roll-up holds no personal data: ' + JSON.stringify(newDoc._id) + ' carries ' + personal[i] });
    }
  }
}`;

export function rollupDesignDoc(): CouchDocument {
  return {
    _id: ROLLUP_DESIGN_ID,
    language: 'javascript',
    views: {
      [ROLLUP_VIEWS.activityByStation]: { map: ACTIVITY_BY_STATION, reduce: '_sum' },
      [ROLLUP_VIEWS.activityByFieldMonth]: { map: ACTIVITY_BY_FIELD_MONTH, reduce: '_sum' },
      [ROLLUP_VIEWS.volunteersByStation]: { map: VOLUNTEERS_BY_STATION, reduce: '_sum' },
      [ROLLUP_VIEWS.peopleByJoinYear]: { map: PEOPLE_BY_JOIN_YEAR, reduce: '_count' },
      [ROLLUP_VIEWS.activePeopleByJoinYear]: { map: ACTIVE_PEOPLE_BY_JOIN_YEAR, reduce: '_count' },
      [ROLLUP_VIEWS.teamsByStation]: { map: TEAMS_BY_STATION, reduce: '_count' },
      [ROLLUP_VIEWS.projectsByYear]: { map: PROJECTS_BY_YEAR, reduce: '_count' },
      [ROLLUP_VIEWS.certificatesByYear]: { map: CERTIFICATES_BY_YEAR, reduce: '_sum' },
      [ROLLUP_VIEWS.honoursByYear]: { map: HONOURS_BY_YEAR, reduce: '_sum' },
      [ROLLUP_VIEWS.requestsByYear]: { map: REQUESTS_BY_YEAR, reduce: '_sum' },
      [ROLLUP_VIEWS.openRequestsByYear]: { map: OPEN_REQUESTS_BY_YEAR, reduce: '_sum' },
      [ROLLUP_VIEWS.dutyByYear]: { map: DUTY_BY_YEAR, reduce: '_sum' },
      [ROLLUP_VIEWS.stationDirectory]: { map: STATION_DIRECTORY, reduce: '_sum' },
    },
    validate_doc_update: ROLLUP_VALIDATE,
  };
}
