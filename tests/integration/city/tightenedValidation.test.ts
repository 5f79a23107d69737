import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { asPushed, ledgerDoc } from '../support/stationDocs';

/**
 * The tightened station validation as the server itself applies it (the unit tests run the same function
 * text in Node; this is CouchDB's JavaScript engine): each rule refuses its bad document with 403 and a
 * reason that names the field, and what the previous app version wrote still goes in.
 */
const A = 'JN-LX-201';
const B = 'JN-LX-202';

let couch: CityServer;
let station: ProvisionedStation;

beforeAll(async () => {
  couch = await startCityServer([A, B]);
  station = couch.station(A);
}, 120_000);

afterAll(async () => {
  await couch?.stop();
}, 60_000);

const db = () => station.setup.database;
const asStation = (method: string, path: string, body?: unknown) => couchRequest(couch.server.url, method, path, { auth: station.auth, ...(body === undefined ? {} : { body }) });

/** Writes one document as the station; 201, or 403 with CouchDB's reason. */
async function put(doc: Record<string, unknown>): Promise<{ status: number; reason: string }> {
  const answer = await asStation('PUT', `/${db()}/${encodeURIComponent(String(doc._id))}`, doc);
  const reason = (answer.body as { reason?: unknown }).reason;
  return { status: answer.status, reason: typeof reason === 'string' ? reason : '' };
}

const activity = (fields: Record<string, unknown> = {}) => asPushed(ledgerDoc('activity', A, fields));

describe('the station server refuses what would distort the city’s figures', () => {
  const cases: Array<[string, () => Record<string, unknown>, RegExp]> = [
    ['a profile under another station’s code', () => asPushed(ledgerDoc('station', A, { id: `station:${B}`, code: B })), /profile/],
    ['totalHours 1e300', () => activity({ totalHours: 1e300 }), /totalHours must be at most/],
    ['negative hours', () => activity({ totalHours: -2 }), /totalHours must be at least 0/],
    ['totals that disagree with participants', () => activity({ totalHours: 5 }), /not the participants' hours added up/],
    ['a participant count that disagrees', () => activity({ participantCount: 3 }), /participantCount 3 is not the number of participants/],
    ['date 9999-99-99', () => activity({ date: '9999-99-99' }), /date must be a real date/],
    ['an activity that ends before it starts', () => activity({ startTime: '11:00', endTime: '09:00' }), /endTime 09:00 must be after startTime 11:00/],
    ['dozens of unknown fields', () => activity(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`extra${i}`, i]))), /fields this server does not know/],
    ['an inline attachment', () => ({ ...activity(), _attachments: { 'a.jpg': { content_type: 'image/jpeg', data: 'aGk=' } } }), /Attachments are not accepted/],
    ['an unbounded list', () => activity({ servedGroups: Array.from({ length: 51 }, () => 'elderly_alone') }), /servedGroups must have at most 50 items/],
    ['a multi-megabyte conflict copy', () => asPushed(ledgerDoc('conflict', A, { loser: 'x'.repeat(150_000), winner: 'y'.repeat(150_000) })), /at most 100000 characters|are accepted/],
  ];
  for (const [what, doc, reason] of cases) {
    it(`refuses ${what}`, async () => {
      const answer = await put(doc());
      expect(answer.status, answer.reason).toBe(403);
      expect(answer.reason).toMatch(reason);
    });
  }

  it('refuses a volunteer’s deletion that carries its body, takes a bare one, and keeps an issued certificate as issued', async () => {
    const volunteer = asPushed(ledgerDoc('volunteer', A));
    const created = await asStation('PUT', `/${db()}/${String(volunteer._id)}`, volunteer);
    expect(created.status).toBe(201);
    const rev = (created.body as { rev: string }).rev;
    const withBody = await put({ ...volunteer, _rev: rev, _deleted: true });
    expect(withBody.status).toBe(403);
    expect(withBody.reason).toMatch(/must carry only _id, _rev and _deleted/);
    // Accepted: CouchDB 3.5 has answered such a PUT with 200 as well as 201.
    expect([200, 201]).toContain((await put({ _id: volunteer._id, _rev: rev, _deleted: true })).status);

    const certificate = asPushed(ledgerDoc('certificate', A));
    const issued = await asStation('PUT', `/${db()}/${String(certificate._id)}`, certificate);
    expect(issued.status).toBe(201);
    const rewrite = await put({ ...certificate, _rev: (issued.body as { rev: string }).rev, hours: 999 });
    expect(rewrite.status).toBe(403);
    expect(rewrite.reason).toMatch(/hours of an issued certificate cannot change/);
  });
});

describe('the previous app version still syncs', () => {
  it('takes an activity stamped before totalHours and participantCount were required, and one with no stamp at all', async () => {
    const { totalHours: _hours, participantCount: _count, ...older } = activity();
    expect(await put({ ...older, [WIRE_VERSION_FIELD]: 0, [WIRE_MAJOR_FIELD]: 1 })).toEqual({ status: 201, reason: '' });
    const { totalHours: _h, participantCount: _c, ...unstamped } = activity();
    expect(await put(unstamped)).toEqual({ status: 201, reason: '' });
    // The current version must carry them.
    const { totalHours: _t, ...current } = activity({ [WIRE_VERSION_FIELD]: 1, [WIRE_MAJOR_FIELD]: 1 });
    expect((await put(current)).status).toBe(403);
  });
});
