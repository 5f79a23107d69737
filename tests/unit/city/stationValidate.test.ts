import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { DOC_TYPES, type DocType } from '../../../src-renderer/domain/ids';
import { DOC_SCHEMAS, buildDocSpecs } from '../../../src-city/design/docSpec';
import { outcome, serverAdmin, STATION_ID, USER, validateSource } from './support/validateHarness';
import { asPushed, ledgerDoc } from '../../integration/support/stationDocs';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import { byDocType } from '../../../src-renderer/records/registry';

/** Each type's RxDB schema version: what this app stamps on what it pushes. */
const CURRENT_VERSION: Record<DocType, number> = byDocType((t) => t.rxSchema.version);

const source = validateSource;

describe('the station validate_doc_update source', () => {
  it('is plain ES5, as CouchDB’s JavaScript engine needs', () => {
    expect(() => parse(`(${source})`, { ecmaVersion: 5 })).not.toThrow();
  });

  it('accepts a valid record of every type as RxDB pushes it', () => {
    for (const type of DOC_TYPES) {
      expect(outcome(asPushed(ledgerDoc(type, STATION_ID))), type).toBeNull();
    }
  });

  it('describes every field of the app’s zod schemas except id (which travels as _id) and the local unknownFields, plus the version stamp', () => {
    const specs = buildDocSpecs();
    for (const type of DOC_TYPES) {
      const zodFields = Object.keys(DOC_SCHEMAS[type].shape).filter((f) => f !== 'id' && f !== 'unknownFields');
      expect(Object.keys(specs[type]).sort(), type).toEqual([...zodFields, WIRE_VERSION_FIELD, WIRE_MAJOR_FIELD].sort());
      expect(DOC_SCHEMAS[type].safeParse(ledgerDoc(type, STATION_ID)).success, `${type} fixture`).toBe(true);
    }
  });

  it('rejects a record of the current version that lacks any field the app stores', () => {
    const specs = buildDocSpecs();
    for (const type of DOC_TYPES) {
      for (const [field, rule] of Object.entries(specs[type])) {
        if (rule.optional) continue;
        const doc = ledgerDoc(type, STATION_ID, { [WIRE_VERSION_FIELD]: CURRENT_VERSION[type] });
        delete doc[field];
        const rejected = outcome(asPushed(doc));
        // A profile's code is also its identity: missing, it is refused as a profile under another code.
        const reason = field === 'stationId' ? /stationId/ : type === 'station' && field === 'code' ? /profile is "station:JN-LX-001" with code/ : new RegExp(`${field} is missing`);
        expect(rejected?.forbidden, `${type}.${field}`).toMatch(reason);
      }
    }
  });

  it('rejects a record with another station’s stationId, naming stationId', () => {
    const rejected = outcome(asPushed(ledgerDoc('volunteer', 'JN-LX-002')));
    expect(rejected?.forbidden).toContain('stationId');
    expect(rejected?.forbidden).toContain(STATION_ID);
  });

  it('rejects wrong types, empty required text and values outside the allowed set', () => {
    const cases: Array<[DocType, Record<string, unknown>, RegExp]> = [
      ['volunteer', { name: '' }, /name must not be empty/],
      ['volunteer', { name: 42 }, /name must be a string/],
      ['volunteer', { gender: 'unknown' }, /gender must be one of/],
      ['volunteer', { skills: 'singing' }, /skills must be a list/],
      ['volunteer', { active: 'yes' }, /active must be true or false/],
      ['activity', { servedCount: 1.5 }, /servedCount must be a whole number/],
      ['activity', { participants: [{ volunteerId: 'volunteer:x' }] }, /participants\[0\]\.hours is missing/],
      ['station', { selfCheck: { site: { ok: true } } }, /selfCheck\.site\.note is missing/],
    ];
    for (const [type, fields, reason] of cases) {
      expect(outcome(asPushed(ledgerDoc(type, STATION_ID, fields)))?.forbidden).toMatch(reason);
    }
  });

  it('rejects ids with an unknown type prefix, no prefix, or nothing after it', () => {
    for (const id of ['foo:123', 'volunteer', 'volunteer:', ':x']) {
      const doc = { ...asPushed(ledgerDoc('volunteer', STATION_ID)), _id: id };
      expect(outcome(doc)?.forbidden, id).toMatch(/_id/);
    }
  });

  it('accepts a stray id field only when it equals _id', () => {
    const doc = ledgerDoc('team', STATION_ID);
    expect(outcome({ ...asPushed(doc), id: doc.id })).toBeNull();
    expect(outcome({ ...asPushed(doc), id: 'team:other' })?.forbidden).toMatch(/does not match _id/);
  });

  it('accepts an activity’s tombstone with or without a body (the previous app sends one), but not one carrying another station’s id', () => {
    const doc = ledgerDoc('activity', STATION_ID);
    expect(outcome({ _id: doc.id, _rev: '1-abc', _deleted: true })).toBeNull();
    expect(outcome(asPushed(doc, true))).toBeNull();
    expect(outcome(asPushed({ ...doc, stationId: 'JN-LX-002' }, true))?.forbidden).toContain('stationId');
  });

  it('refuses writers other than the station’s account, and design documents from non-admins', () => {
    const doc = asPushed(ledgerDoc('volunteer', STATION_ID));
    expect(outcome(doc, { name: 'station-jn-lx-002', roles: ['station'] })?.forbidden).toContain(USER);
    expect(outcome(doc, { name: null, roles: [] })?.unauthorized).toBeDefined();
    expect(outcome(doc, serverAdmin)).toBeNull();
    expect(outcome({ _id: '_design/evil', views: {} })?.forbidden).toMatch(/design/);
    expect(outcome({ _id: '_design/ledger', views: {} }, serverAdmin)).toBeNull();
  });

  it('still checks the shape of what a server admin writes', () => {
    expect(outcome(asPushed(ledgerDoc('volunteer', 'JN-LX-002')), serverAdmin)?.forbidden).toContain('stationId');
  });

  it('accepts the previous app versions’ documents: no stamp, and an activity of version 0 without the totals', () => {
    for (const type of DOC_TYPES) expect(outcome(asPushed(ledgerDoc(type, STATION_ID))), type).toBeNull();
    const v0 = ledgerDoc('activity', STATION_ID);
    delete v0.totalHours;
    delete v0.participantCount;
    expect(outcome(asPushed(v0))).toBeNull();
    expect(outcome(asPushed({ ...v0, [WIRE_VERSION_FIELD]: 0, [WIRE_MAJOR_FIELD]: 1 }))).toBeNull();
    // From version 1 on the totals are required again.
    expect(outcome(asPushed({ ...v0, [WIRE_VERSION_FIELD]: 1 }))?.forbidden).toMatch(/totalHours is missing/);
  });

  it('accepts a newer app’s fields it does not know, and checks the stamp’s own shape', () => {
    const newer = { ...ledgerDoc('volunteer', STATION_ID), [WIRE_VERSION_FIELD]: 99, [WIRE_MAJOR_FIELD]: 1, wechatId: 'zhang-san' };
    expect(outcome(asPushed(newer))).toBeNull();
    expect(outcome(asPushed({ ...newer, [WIRE_VERSION_FIELD]: 'two' }))?.forbidden).toMatch(/schemaVersion/);
    expect(outcome(asPushed({ ...newer, [WIRE_MAJOR_FIELD]: 0 }))?.forbidden).toMatch(/schemaMajor/);
  });
});
