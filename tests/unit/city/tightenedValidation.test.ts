import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src-renderer/domain/dates';
import { WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import { MAX_DOC_CHARS, MAX_UNKNOWN_CHARS, MAX_UNKNOWN_FIELDS } from '../../../src-city/design/stationValidate';
import { asPushed, ledgerDoc } from '../../integration/support/stationDocs';
import { outcome, serverAdmin, STATION_ID } from './support/validateHarness';

const OTHER = 'JN-LX-002';

/** The reason a document is refused, or null when the station server takes it. */
function refusal(doc: Record<string, unknown>, oldDoc: unknown = null): string | null {
  const result = outcome(doc, undefined, oldDoc);
  return result === null ? null : (result.forbidden ?? result.unauthorized ?? JSON.stringify(result));
}

const activity = (fields: Record<string, unknown> = {}) => asPushed(ledgerDoc('activity', STATION_ID, fields));

describe('a station cannot distort the city’s figures', () => {
  it('keeps its profile under its own code: no profile for another station, under any id', () => {
    expect(refusal(asPushed(ledgerDoc('station', STATION_ID)))).toBeNull();
    const asOther = asPushed(ledgerDoc('station', STATION_ID, { id: `station:${OTHER}`, code: OTHER }));
    expect(refusal(asOther)).toMatch(/profile is "station:JN-LX-001"/);
    expect(refusal(asPushed(ledgerDoc('station', STATION_ID, { code: OTHER })))).toMatch(/with code "JN-LX-002"/);
    expect(refusal(asPushed(ledgerDoc('station', STATION_ID, { id: 'station:extra' })))).toMatch(/not "station:extra"/);
  });

  it('refuses hours that are absurd, negative or not the participants’ own', () => {
    expect(refusal(activity({ totalHours: 1e300 }))).toMatch(/totalHours must be at most 12000/);
    expect(refusal(activity({ totalHours: -2 }))).toMatch(/totalHours must be at least 0/);
    expect(refusal(activity({ totalHours: 5 }))).toMatch(/totalHours 5 is not the participants' hours added up \(2\)/);
    expect(refusal(activity({ participantCount: 3 }))).toMatch(/participantCount 3 is not the number of participants \(1\)/);
    const participants = (hours: number) => ({ participants: [{ volunteerId: 'volunteer:a', hours }], totalHours: hours });
    expect(refusal(activity(participants(25)))).toMatch(/participants\[0\]\.hours must be at most 24/);
    expect(refusal(activity(participants(0)))).toMatch(/participants\[0\]\.hours must be at least 0\.5/);
    expect(refusal(activity(participants(24)))).toBeNull();
    expect(refusal(activity({ servedCount: 2_000_000 }))).toMatch(/servedCount must be at most 1000000/);
  });

  it('refuses impossible dates and times, and an activity that ends before it starts', () => {
    for (const date of ['9999-99-99', '2023-02-29', '2024-13-01', '2024-00-10', '1899-12-31', '2101-01-01', '2024-3-5', '']) {
      expect(refusal(activity({ date: date.padEnd(10, ' ').slice(0, 10) })), date).toMatch(/date must be/);
    }
    expect(refusal(activity({ date: '2024-02-29' }))).toBeNull();
    expect(refusal(activity({ startTime: '25:00' }))).toMatch(/startTime must be a time HH:mm/);
    expect(refusal(activity({ startTime: '11:00', endTime: '09:00' }))).toMatch(/endTime 09:00 must be after startTime 11:00/);
    expect(refusal(asPushed(ledgerDoc('volunteer', STATION_ID, { joinDate: '2024-02-30' })))).toMatch(/joinDate must be a real date/);
    expect(refusal(asPushed(ledgerDoc('volunteer', STATION_ID, { birthDate: '' })))).toBeNull();
    expect(refusal(asPushed(ledgerDoc('certificate', STATION_ID, { issuedDate: '9999-99-99' })))).toMatch(/issuedDate must be a real date/);
    expect(refusal(asPushed(ledgerDoc('certificate', STATION_ID, { year: 9999 })))).toMatch(/year must be at most 2100/);
  });

  it('reads every YYYY-MM-DD as the app does: a real day from 1900 to 2100 passes, nothing else', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2150 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const real = isIsoDate(date) && y >= 1900 && y <= 2100;
        expect(refusal(activity({ date })) === null, date).toBe(real);
      }),
      { numRuns: 400 },
    );
  });
});

describe('a station cannot bloat the city’s databases', () => {
  it('takes a newer app’s few extra fields, but not dozens of them or a large one', () => {
    expect(refusal(activity({ [WIRE_VERSION_FIELD]: 99, photosTaken: 3, weather: '晴' }))).toBeNull();
    const many = Object.fromEntries(Array.from({ length: MAX_UNKNOWN_FIELDS + 1 }, (_, i) => [`extra${i}`, i]));
    expect(refusal(activity(many))).toMatch(/33 fields this server does not know; at most 32/);
    expect(refusal(activity({ blob: 'x'.repeat(MAX_UNKNOWN_CHARS) }))).toMatch(/the fields this server does not know take/);
  });

  it('refuses attachments, inline or on a deletion', () => {
    const inline = { 'photo.jpg': { content_type: 'image/jpeg', data: 'aGk=' } };
    expect(refusal({ ...activity(), _attachments: inline })).toMatch(/Attachments are not accepted/);
    expect(refusal({ _id: 'activity:x', _rev: '1-a', _deleted: true, _attachments: inline })).toMatch(/Attachments are not accepted/);
  });

  it('refuses lists and texts beyond their bounds, and a document of more than 200,000 characters', () => {
    expect(refusal(activity({ servedGroups: Array.from({ length: 51 }, () => 'elderly_alone') }))).toMatch(/servedGroups must have at most 50 items/);
    expect(refusal(asPushed(ledgerDoc('volunteer', STATION_ID, { skills: Array.from({ length: 31 }, () => '理发') })))).toMatch(/skills must have at most 30 items/);
    const conflict = (loser: string, winner: string) => asPushed(ledgerDoc('conflict', STATION_ID, { loser, winner }));
    expect(refusal(conflict('x'.repeat(100_001), '{}'))).toMatch(/loser must have at most 100000 characters/);
    expect(refusal(conflict('x'.repeat(100_000), 'y'.repeat(100_000)))).toMatch(new RegExp(`at most ${MAX_DOC_CHARS} are accepted`));
    expect(refusal(conflict('x'.repeat(50_000), 'y'.repeat(50_000)))).toBeNull();
  });
});

describe('personal data does not linger in deletions', () => {
  it('a volunteer, certificate copy, conflict copy or profile is deleted with only _id, _rev and _deleted', () => {
    for (const type of ['volunteer', 'conflict', 'station'] as const) {
      const doc = asPushed(ledgerDoc(type, STATION_ID), true);
      expect(refusal({ ...doc, _rev: '2-a' }), type).toMatch(/must carry only _id, _rev and _deleted .* not .*stationId/);
      // What CouchDB hands the validate function for a plain DELETE.
      expect(refusal({ _id: doc._id, _rev: '2-a', _deleted: true, _revisions: { start: 2, ids: ['a', 'b'] } }), type).toBeNull();
    }
  });

  it('an issued certificate is never deleted by a station, with or without a body', () => {
    const id = ledgerDoc('certificate', STATION_ID).id;
    expect(refusal({ _id: id, _rev: '1-a', _deleted: true })).toMatch(/never deleted: revoke/);
    expect(outcome({ _id: id, _rev: '1-a', _deleted: true }, serverAdmin)).toBeNull();
  });
});

describe('an issued certificate stays as issued', () => {
  const issued = asPushed(ledgerDoc('certificate', STATION_ID));

  it('refuses a rewrite of what it certifies', () => {
    expect(refusal({ ...issued, hours: 999 }, issued)).toMatch(/hours of an issued certificate cannot change/);
    expect(refusal({ ...issued, idNumber: '370102199001010012' }, issued)).toMatch(/idNumber of an issued certificate cannot change/);
    expect(refusal({ ...issued, volunteerName: '李四' }, issued)).toMatch(/volunteerName of an issued certificate cannot change/);
  });

  it('takes its revocation, and keeps it revoked', () => {
    const revoked = { ...issued, revokedAt: '2025-01-05', revokedReason: '时长有误', updatedAt: '2025-01-05T08:00:00.000Z', updatedBy: 'pc-2' };
    expect(refusal(revoked, issued)).toBeNull();
    expect(refusal({ ...revoked, revokedAt: '', revokedReason: '' }, revoked)).toMatch(/a revoked certificate stays revoked/);
  });

  it('lets a newer app add its own fields to one, and a write over a deleted one start afresh', () => {
    expect(refusal({ ...issued, printedCopies: 2 }, issued)).toBeNull();
    expect(refusal({ ...issued, hours: 3 }, { _id: issued._id, _rev: '2-x', _deleted: true })).toBeNull();
  });
});
