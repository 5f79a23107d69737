import { ID_MAX_LENGTH } from '../../src-renderer/domain/ids';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../src-renderer/domain/entities/wireFormat';
import type { DocSpec } from './docSpec';
import { PERSONAL_TYPES } from './rollupContent';
import { DATE_YEARS } from '../../src-renderer/records/fieldRule';
import { PHOTO_CHECK_SOURCE, photoRulesJson } from './photoValidate';

/** What revoking an issued certificate changes; everything else on it is fixed at issue. */
const MUTABLE_CERTIFICATE_FIELDS = ['revokedAt', 'revokedReason', 'updatedAt', 'updatedBy', WIRE_VERSION_FIELD, WIRE_MAJOR_FIELD];

/**
 * The station database's validate_doc_update, as CouchDB stores it: source text of a plain ES5 function
 * (CouchDB's JavaScript engine runs it; pouchdb-server evaluates the same text). The station's id, its
 * account, the document shapes and the limits are written into it as literals, so it needs nothing else.
 *
 * What it refuses, in this order:
 * - writes by anyone but the station's account or a server admin (401 when not logged in, else 403);
 * - design documents from anyone but a server admin;
 * - ids whose prefix is not a known document type, or that are too long;
 * - documents larger than MAX_DOC_CHARS of JSON, and attachments (`_attachments`) on anything but a photo
 *   document: the city's databases and every PC's pull must stay small. Photos (`photo:`) are checked by
 *   photoValidate.ts: files `full` and `thumb` only, of the photo types, bounded in length; never edited;
 * - deletions of records that hold personal data (a volunteer, certificate, conflict copy or profile)
 *   carrying anything but `_id`, `_rev` and `_deleted`: a tombstone is kept for ever, and one with a body
 *   would keep the ID number and phone it was meant to remove; deleting an issued certificate at all
 *   (the register keeps every number; a wrong one is revoked); deletions of other records carrying
 *   another station's stationId;
 * - documents whose stationId is not this station's, and a profile under any id or code but this station's
 *   (profiles are `station:<code>`: another code would collide with that station's in the city's view);
 * - live documents that lack a required field or carry a field of the wrong type, length, value or format
 *   (dates must be real days, 1900–2100; hours, counts and lists are bounded). A field added in a later
 *   schema version may be missing from a document stamped with an earlier one (or with none: written
 *   before versions went on the wire), so the previous app keeps syncing while stations upgrade;
 * - an activity whose totals disagree with its participants (totalHours with their hours, participantCount
 *   with their number), or that ends before it starts;
 * - a change to an issued certificate other than revoking it (and a revoked one cannot be un-revoked);
 * - more than MAX_UNKNOWN_FIELDS fields the spec does not name, or more than MAX_UNKNOWN_CHARS of them:
 *   a newer app's additions pass (older servers and PCs keep them), a dump of arbitrary data does not.
 * RxDB's CouchDB replication sends `_id` (not `id`), `_deleted: false|true` and the body; a stray `id`
 * field is accepted only when it equals `_id`.
 */
export const MAX_DOC_CHARS = 200_000;
export const MAX_UNKNOWN_FIELDS = 32;
export const MAX_UNKNOWN_CHARS = 16_384;

const TEMPLATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var STATION_ID = __STATION_ID__;
  var STATION_USER = __STATION_USER__;
  var ID_MAX = __ID_MAX__;
  var SPECS = __SPECS__;
  var VERSION_FIELD = __VERSION_FIELD__;
  var BARE_TOMBSTONE_TYPES = __BARE_TOMBSTONE_TYPES__;
  var MUTABLE_CERTIFICATE_FIELDS = __MUTABLE_CERTIFICATE_FIELDS__;
  var YEARS = __YEARS__;
  var MAX_DOC_CHARS = __MAX_DOC_CHARS__;
  var MAX_UNKNOWN_FIELDS = __MAX_UNKNOWN_FIELDS__;
  var MAX_UNKNOWN_CHARS = __MAX_UNKNOWN_CHARS__;
  var PHOTO = __PHOTO__;
  var TOMBSTONE_FIELDS = ['_id', '_rev', '_deleted', '_revisions'];
  var roles = userCtx.roles || [];
  var isAdmin = roles.indexOf('_admin') !== -1;

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }
  function show(value) {
    return value === undefined ? 'nothing' : JSON.stringify(value);
  }
  function isArray(value) {
    return Object.prototype.toString.call(value) === '[object Array]';
  }
  function keys(object) {
    var out = [];
    for (var key in object) {
      if (has(object, key)) out.push(key);
    }
    return out;
  }
  function refuse(reason) {
    throw({ forbidden: reason });
  }
  function isDate(value) {
    var m = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(value);
    if (!m) return false;
    var y = +m[1], mo = +m[2], d = +m[3];
    if (y < YEARS.min || y > YEARS.max || mo < 1 || mo > 12 || d < 1) return false;
    var leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  }
  function isTime(value) {
    return /^([01]\\d|2[0-3]):[0-5]\\d$/.test(value);
  }
  function check(value, rule, path) {
    var i, problem;
    if (rule.t === 'string') {
      if (typeof value !== 'string') return path + ' must be a string';
      if (rule.min !== undefined && value.length < rule.min) return path + ' must not be empty';
      if (rule.max !== undefined && value.length > rule.max) return path + ' must have at most ' + rule.max + ' characters';
      if (rule.format && !(rule.blank && value === '')) {
        if (rule.format === 'date' && !isDate(value)) return path + ' must be a real date YYYY-MM-DD between ' + YEARS.min + ' and ' + YEARS.max + ', not ' + show(value);
        if (rule.format === 'time' && !isTime(value)) return path + ' must be a time HH:mm, not ' + show(value);
      }
    } else if (rule.t === 'number' || rule.t === 'integer') {
      if (typeof value !== 'number' || !isFinite(value)) return path + ' must be a number';
      if (rule.t === 'integer' && Math.floor(value) !== value) return path + ' must be a whole number';
      if (rule.min !== undefined && value < rule.min) return path + ' must be at least ' + rule.min;
      if (rule.max !== undefined && value > rule.max) return path + ' must be at most ' + rule.max;
    } else if (rule.t === 'boolean') {
      if (typeof value !== 'boolean') return path + ' must be true or false';
    } else if (rule.t === 'array') {
      if (!isArray(value)) return path + ' must be a list';
      if (rule.min !== undefined && value.length < rule.min) return path + ' must have at least ' + rule.min + ' items';
      if (rule.max !== undefined && value.length > rule.max) return path + ' must have at most ' + rule.max + ' items';
      if (rule.items) {
        for (i = 0; i < value.length; i++) {
          problem = check(value[i], rule.items, path + '[' + i + ']');
          if (problem) return problem;
        }
      }
    } else if (rule.t === 'object') {
      if (value === null || typeof value !== 'object' || isArray(value)) return path + ' must be an object';
      problem = checkFields(value, rule.fields || {}, path + '.', Infinity);
      if (problem) return problem;
    }
    if (rule.oneOf && rule.oneOf.indexOf(value) === -1) return path + ' must be one of ' + rule.oneOf.join(', ');
    return null;
  }
  function checkFields(object, fields, prefix, version) {
    var name, problem;
    for (name in fields) {
      if (!has(fields, name)) continue;
      if (!has(object, name)) {
        if (fields[name].optional) continue;
        if (fields[name].since !== undefined && version < fields[name].since) continue;
        return prefix + name + ' is missing';
      }
      problem = check(object[name], fields[name], prefix + name);
      if (problem) return problem;
    }
    return null;
  }
  function checkUnknown(doc, fields) {
    var count = 0, size = 0, name;
    for (name in doc) {
      if (!has(doc, name) || has(fields, name) || name.charAt(0) === '_' || name === 'id') continue;
      count += 1;
      size += name.length + JSON.stringify(doc[name]).length;
    }
    if (count > MAX_UNKNOWN_FIELDS) return 'it has ' + count + ' fields this server does not know; at most ' + MAX_UNKNOWN_FIELDS + ' are kept';
    if (size > MAX_UNKNOWN_CHARS) return 'the fields this server does not know take ' + size + ' characters; at most ' + MAX_UNKNOWN_CHARS + ' are kept';
    return null;
  }
  function checkActivity(doc) {
    var sum = 0, i;
    for (i = 0; i < doc.participants.length; i++) sum += doc.participants[i].hours;
    if (has(doc, 'totalHours') && Math.abs(doc.totalHours - sum) > 0.001) {
      return 'totalHours ' + doc.totalHours + ' is not the participants\\' hours added up (' + sum + ')';
    }
    if (has(doc, 'participantCount') && doc.participantCount !== doc.participants.length) {
      return 'participantCount ' + doc.participantCount + ' is not the number of participants (' + doc.participants.length + ')';
    }
    if (doc.endTime <= doc.startTime) return 'endTime ' + doc.endTime + ' must be after startTime ' + doc.startTime;
    return null;
  }
  __PHOTO_CHECK__
  function certificateChange(doc, old) {
    var fields = SPECS.certificate, name;
    for (name in fields) {
      if (!has(fields, name) || MUTABLE_CERTIFICATE_FIELDS.indexOf(name) !== -1 || !has(old, name)) continue;
      if (JSON.stringify(doc[name]) !== JSON.stringify(old[name])) {
        return name + ' of an issued certificate cannot change (revoke it and issue a new one)';
      }
    }
    if (old.revokedAt !== '' && doc.revokedAt === '') return 'a revoked certificate stays revoked';
    return null;
  }

  if (!isAdmin && userCtx.name !== STATION_USER) {
    if (!userCtx.name) throw({ unauthorized: 'Log in with this station\\'s account to write here.' });
    refuse('Only the account ' + STATION_USER + ' may write to this station database.');
  }
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (!isAdmin) refuse('Only a server admin may change design documents.');
    return;
  }
  var colon = id.indexOf(':');
  var type = colon > 0 ? id.substring(0, colon) : '';
  if (type === 'photo') {
    if (id.length > ID_MAX || id.length === colon + 1) refuse('_id ' + show(id) + ' must have something after the type and at most ' + ID_MAX + ' characters');
    checkPhoto(newDoc, oldDoc);
    return;
  }
  if (!has(SPECS, type)) {
    refuse('Unknown document type in _id ' + show(id) + ': it must start with one of ' + keys(SPECS).join(':, ') + ':');
  }
  if (id.length > ID_MAX || id.length === colon + 1) {
    refuse('_id ' + show(id) + ' must have something after the type and at most ' + ID_MAX + ' characters');
  }
  if (has(newDoc, '_attachments')) refuse('Attachments are not accepted (' + show(id) + ')');
  var size = JSON.stringify(newDoc).length;
  if (size > MAX_DOC_CHARS) refuse(show(id) + ' is ' + size + ' characters of JSON; at most ' + MAX_DOC_CHARS + ' are accepted');

  if (newDoc._deleted === true) {
    if (type === 'certificate' && !isAdmin) refuse('Issued certificates are never deleted: revoke ' + show(id) + ' instead.');
    if (BARE_TOMBSTONE_TYPES.indexOf(type) !== -1) {
      var extra = [];
      var fieldNames = keys(newDoc);
      for (var f = 0; f < fieldNames.length; f++) {
        if (TOMBSTONE_FIELDS.indexOf(fieldNames[f]) === -1) extra.push(fieldNames[f]);
      }
      if (extra.length > 0) {
        refuse('A deletion of ' + show(id) + ' must carry only _id, _rev and _deleted (it would keep personal data for ever), not ' + extra.join(', ') + '. Update the app.');
      }
      return;
    }
    if (has(newDoc, 'stationId') && newDoc.stationId !== STATION_ID) {
      refuse('stationId must be ' + show(STATION_ID) + ' in this station database, not ' + show(newDoc.stationId));
    }
    return;
  }
  if (newDoc.stationId !== STATION_ID) {
    refuse('stationId must be ' + show(STATION_ID) + ' in this station database, not ' + show(newDoc.stationId));
  }
  if (has(newDoc, 'id') && newDoc.id !== id) {
    refuse('id ' + show(newDoc.id) + ' does not match _id ' + show(id));
  }
  if (type === 'station' && (id !== 'station:' + STATION_ID || newDoc.code !== STATION_ID)) {
    refuse('This station\\'s profile is ' + show('station:' + STATION_ID) + ' with code ' + show(STATION_ID) + ', not ' + show(id) + ' with code ' + show(newDoc.code));
  }
  // The stamp's own type is checked with the other fields; a malformed one counts as the newest version.
  var version = typeof newDoc[VERSION_FIELD] === 'number' ? newDoc[VERSION_FIELD] : has(newDoc, VERSION_FIELD) ? Infinity : 0;
  var problem = checkFields(newDoc, SPECS[type], '', version) || checkUnknown(newDoc, SPECS[type]);
  if (!problem && type === 'activity') problem = checkActivity(newDoc);
  if (!problem && type === 'certificate' && oldDoc && oldDoc._deleted !== true && !isAdmin) problem = certificateChange(newDoc, oldDoc);
  if (problem) refuse('Invalid ' + type + ' document ' + show(id) + ': ' + problem);
}`;

export interface StationValidateInput {
  stationId: string;
  username: string;
  specs: Record<string, DocSpec>;
}

export function stationValidateSource(input: StationValidateInput): string {
  // Function replacements: a `$` in the JSON must not be read as a replacement pattern.
  return TEMPLATE.replace('__STATION_ID__', () => JSON.stringify(input.stationId))
    .replace('__STATION_USER__', () => JSON.stringify(input.username))
    .replace('__ID_MAX__', () => String(ID_MAX_LENGTH))
    .replace('__SPECS__', () => JSON.stringify(input.specs))
    .replace('__VERSION_FIELD__', () => JSON.stringify(WIRE_VERSION_FIELD))
    .replace('__BARE_TOMBSTONE_TYPES__', () => JSON.stringify(PERSONAL_TYPES))
    .replace('__MUTABLE_CERTIFICATE_FIELDS__', () => JSON.stringify(MUTABLE_CERTIFICATE_FIELDS))
    .replace('__YEARS__', () => JSON.stringify(DATE_YEARS))
    .replace('__MAX_DOC_CHARS__', () => String(MAX_DOC_CHARS))
    .replace('__MAX_UNKNOWN_FIELDS__', () => String(MAX_UNKNOWN_FIELDS))
    .replace('__MAX_UNKNOWN_CHARS__', () => String(MAX_UNKNOWN_CHARS))
    .replace('__PHOTO__', () => photoRulesJson())
    .replace('__PHOTO_CHECK__', () => PHOTO_CHECK_SOURCE);
}
