import { ID_MAX_LENGTH } from '../../src-renderer/domain/ids';
import { WIRE_VERSION_FIELD } from '../../src-renderer/domain/entities/wireFormat';
import type { DocSpec } from './docSpec';

/**
 * The station database's validate_doc_update, as CouchDB stores it: source text of a plain ES5 function
 * (CouchDB's JavaScript engine runs it; pouchdb-server evaluates the same text). The station's id, its
 * account and the document shapes are written into it as literals, so the function needs nothing else.
 *
 * What it refuses, in this order:
 * - writes by anyone but the station's account or a server admin (401 when not logged in, else 403);
 * - design documents from anyone but a server admin;
 * - ids whose prefix is not a known document type, or that are too long;
 * - documents whose stationId is not this station's (also on tombstones that carry a body);
 * - live documents that lack a required field or carry a field of the wrong type, length or value.
 *   A field added in a later schema version may be missing from a document stamped with an earlier one
 *   (or with none: written before versions went on the wire), so the previous app keeps syncing while
 *   stations upgrade; the reader migrates such a document on pull. Fields the spec does not name are
 *   accepted: a newer app's additions pass through older servers and PCs.
 * Tombstones without a body (a plain DELETE) are accepted: their id prefix still says their type.
 * RxDB's CouchDB replication sends `_id` (not `id`), `_deleted: false|true` and the full body; a stray
 * `id` field is accepted only when it equals `_id`.
 */
const TEMPLATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var STATION_ID = __STATION_ID__;
  var STATION_USER = __STATION_USER__;
  var ID_MAX = __ID_MAX__;
  var SPECS = __SPECS__;
  var VERSION_FIELD = __VERSION_FIELD__;
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
  function check(value, rule, path) {
    var i, problem;
    if (rule.t === 'string') {
      if (typeof value !== 'string') return path + ' must be a string';
      if (rule.min !== undefined && value.length < rule.min) return path + ' must not be empty';
      if (rule.max !== undefined && value.length > rule.max) return path + ' must have at most ' + rule.max + ' characters';
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

  if (!isAdmin && userCtx.name !== STATION_USER) {
    if (!userCtx.name) throw({ unauthorized: 'Log in with this station\\'s account to write here.' });
    throw({ forbidden: 'Only the account ' + STATION_USER + ' may write to this station database.' });
  }
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (!isAdmin) throw({ forbidden: 'Only a server admin may change design documents.' });
    return;
  }
  var colon = id.indexOf(':');
  var type = colon > 0 ? id.substring(0, colon) : '';
  if (!has(SPECS, type)) {
    throw({ forbidden: 'Unknown document type in _id ' + show(id) + ': it must start with one of ' + keys(SPECS).join(':, ') + ':' });
  }
  if (id.length > ID_MAX || id.length === colon + 1) {
    throw({ forbidden: '_id ' + show(id) + ' must have something after the type and at most ' + ID_MAX + ' characters' });
  }
  if (newDoc._deleted === true) {
    if (has(newDoc, 'stationId') && newDoc.stationId !== STATION_ID) {
      throw({ forbidden: 'stationId must be ' + show(STATION_ID) + ' in this station database, not ' + show(newDoc.stationId) });
    }
    return;
  }
  if (newDoc.stationId !== STATION_ID) {
    throw({ forbidden: 'stationId must be ' + show(STATION_ID) + ' in this station database, not ' + show(newDoc.stationId) });
  }
  if (has(newDoc, 'id') && newDoc.id !== id) {
    throw({ forbidden: 'id ' + show(newDoc.id) + ' does not match _id ' + show(id) });
  }
  // The stamp's own type is checked with the other fields; a malformed one counts as the newest version.
  var version = typeof newDoc[VERSION_FIELD] === 'number' ? newDoc[VERSION_FIELD] : has(newDoc, VERSION_FIELD) ? Infinity : 0;
  var problem = checkFields(newDoc, SPECS[type], '', version);
  if (problem) throw({ forbidden: 'Invalid ' + type + ' document ' + show(id) + ': ' + problem });
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
    .replace('__VERSION_FIELD__', () => JSON.stringify(WIRE_VERSION_FIELD))
    .replace('__SPECS__', () => JSON.stringify(input.specs));
}
