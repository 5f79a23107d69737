import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStationSetupFile } from '../../../src-renderer/domain/stationSetupFile';
import { canonicalJson, newBundleKey, signBundle, verifyBundle, type StationBundleBody } from '../../../src-renderer/domain/syncBundle';

function body(rows: StationBundleBody['rows'] = []): StationBundleBody {
  return {
    kind: 'station',
    bundleId: 'bundle-0001',
    stationCode: 'JN-LX-001',
    database: 'station-jn-lx-001',
    pcId: 'pc-1',
    createdAt: '2020-01-01T00:00:00.000Z',
    pulled: { station: ['12-abc'], catalog: null },
    rows,
  };
}

const row = { collection: 'volunteers', assumed: null, doc: { id: 'volunteer:1', name: '张三', _deleted: false } };

describe('sync bundle format', () => {
  it('a bundle signed with the station key opens with it', async () => {
    const key = newBundleKey();
    const verified = await verifyBundle(await signBundle(body([row]), key), { kind: 'station', stationCode: 'JN-LX-001', key });
    expect(verified).toEqual({ ok: true, body: body([row]) });
  });

  it('one changed byte anywhere in the body is refused', async () => {
    const key = newBundleKey();
    const text = await signBundle(body([row]), key);
    const altered = text.replace('张三', '张四');
    expect(altered).not.toBe(text);
    expect(await verifyBundle(altered, { kind: 'station', stationCode: 'JN-LX-001', key })).toEqual({ ok: false, problem: 'badSignature' });
    const at = text.indexOf('"pc-1"') + 3;
    const flipped = text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);
    expect(await verifyBundle(flipped, { kind: 'station', stationCode: 'JN-LX-001', key })).toEqual({ ok: false, problem: 'badSignature' });
  });

  it("another station's key, or a bundle naming another station, is refused", async () => {
    const text = await signBundle(body([row]), newBundleKey());
    expect(await verifyBundle(text, { kind: 'station', stationCode: 'JN-LX-001', key: newBundleKey() })).toEqual({ ok: false, problem: 'badSignature' });
    expect(await verifyBundle(text, { kind: 'station', stationCode: 'JN-LX-002', key: newBundleKey() })).toEqual({ ok: false, problem: 'otherStation' });
  });

  it('a station bundle is not taken where a return bundle is expected, and junk is named as such', async () => {
    const key = newBundleKey();
    expect(await verifyBundle(await signBundle(body(), key), { kind: 'return', stationCode: 'JN-LX-001', key })).toEqual({ ok: false, problem: 'wrongKind' });
    expect(await verifyBundle('not json', { kind: 'station', stationCode: 'JN-LX-001', key })).toEqual({ ok: false, problem: 'notJson' });
    expect(await verifyBundle('{"format":"other"}', { kind: 'station', stationCode: 'JN-LX-001', key })).toEqual({ ok: false, problem: 'wrongFormat' });
  });

  it('any documents survive signing and verifying unchanged (round trip)', async () => {
    const key = newBundleKey();
    const json = fc.jsonValue().filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v)) as fc.Arbitrary<Record<string, unknown>>;
    await fc.assert(
      fc.asyncProperty(fc.array(json, { maxLength: 5 }), async (docs) => {
        const rows = docs.map((doc, i) => ({ collection: 'activities', assumed: i % 2 === 0 ? null : doc, doc: { ...doc, id: `activity:${i}` } }));
        const verified = await verifyBundle(await signBundle(body(rows), key), { kind: 'station', stationCode: 'JN-LX-001', key });
        expect(verified.ok).toBe(true);
        if (verified.ok) expect(canonicalJson(verified.body)).toBe(canonicalJson(body(rows)));
      }),
      { numRuns: 50 },
    );
  });

  it('a set-up file without a bundle key still reads; a malformed key does not', () => {
    const file = {
      format: 'station-ledger/station-setup',
      version: 1,
      serverUrl: 'https://city.example.cn',
      database: 'station-jn-lx-001',
      username: 'station-jn-lx-001',
      password: 'a-password-of-length-32-xxxxxxxx',
      station: { code: 'JN-LX-001', name: '站', city: '', county: '历下区', center: '中心', institute: '所' },
      issuedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(parseStationSetupFile(JSON.stringify(file)).ok).toBe(true);
    const key = newBundleKey();
    const withKey = parseStationSetupFile(JSON.stringify({ ...file, bundleKey: key }));
    expect(withKey.ok && withKey.value.bundleKey).toBe(key);
    expect(parseStationSetupFile(JSON.stringify({ ...file, bundleKey: 'short' })).ok).toBe(false);
  });
});
