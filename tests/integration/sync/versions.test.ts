import { describe, expect, it } from 'vitest';
import { collectionSetup } from '../../../src-renderer/data/database';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import type { CityServer, ProvisionedStation } from '../support/cityProvision';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { serverDoc, writeAsStation } from './support/serverDocs';
import { useConnectedPc } from './support/connectedPc';
import type { Pc } from './support/stationPc';
import { activityV0Fields } from '../../support/activityV0';

/**
 * Stations upgrade on different days (DESIGN.md §3): documents written by a newer and by an older app
 * version meet this app on the real server. The other versions write over HTTP as the station's account,
 * exactly what their pushes send.
 */
const A = 'JN-LX-001';
const VOLUNTEER_VERSION = collectionSetup('volunteers').schema.version;

let couch: CityServer;
let station: ProvisionedStation;
let pc: Pc;

type Doc = Record<string, unknown>;

function parsed(content: string | undefined): Doc {
  return JSON.parse(content ?? '{}') as Doc;
}

useConnectedPc([A], 'versions-pc', (connected) => {
  ({ couch, station: station, pc } = connected);
});

describe('documents of other app versions', () => {
  it('a newer version’s record round-trips through this app: pulled, edited here, pushed, and its unknown fields are still on the server', async () => {
    const id = await pc.createVolunteer(volunteerInput({ name: '褚一', idNumber: withCheckChar('37010219800101001') }));
    expect((await pc.syncNow())?.ok).toBe(true);
    const pushed = await serverDoc(couch, station, id);
    expect(pushed).toMatchObject({ [WIRE_VERSION_FIELD]: VOLUNTEER_VERSION, [WIRE_MAJOR_FIELD]: 1 });

    const newer = { ...pushed, [WIRE_VERSION_FIELD]: VOLUNTEER_VERSION + 1, wechatId: 'chu-yi', insurance: { policy: 'P-2025-001', until: '2025-12-31' } };
    expect(await writeAsStation(couch, station, newer)).toBe(201);
    expect((await pc.syncNow())?.ok).toBe(true);
    expect((await pc.getVolunteer(id))?.unknownFields).toEqual({ wechatId: 'chu-yi', insurance: { policy: 'P-2025-001', until: '2025-12-31' } });

    await pc.updateVolunteer(id, volunteerInput({ name: '褚一', idNumber: withCheckChar('37010219800101001'), phone: '13800000001' }));
    expect((await pc.syncNow())?.ok).toBe(true);
    const after = await serverDoc(couch, station, id);
    expect(after).toMatchObject({ phone: '13800000001', wechatId: 'chu-yi', insurance: { policy: 'P-2025-001', until: '2025-12-31' } });
    expect(after).toMatchObject({ [WIRE_VERSION_FIELD]: VOLUNTEER_VERSION });
    expect(after).not.toHaveProperty('unknownFields');
  }, 60_000);

  it('an older version’s record pushed after a schema change is accepted by the server and migrated on pull', async () => {
    // What an app with activities at schema version 0 pushes: participants, no stored totals, no stamp.
    const v0 = { _id: 'activity:0mversions0old0001', ...activityV0Fields({ stationId: A }) };
    expect(await writeAsStation(couch, station, v0)).toBe(201);
    expect((await pc.syncNow())?.ok).toBe(true);
    const local = parsed((await pc.snapshot()).activities?.[v0._id]);
    expect(local).toMatchObject({ title: '学雷锋志愿服务', totalHours: 3.5, participantCount: 2, deleted: false });
  }, 60_000);

  it('a record this app cannot read (a newer major) is kept and shown, and never overwritten without a conflict record', async () => {
    const id = await pc.createVolunteer(volunteerInput({ name: '卫二', idNumber: withCheckChar('37010219800101003') }));
    expect((await pc.syncNow())?.ok).toBe(true);
    const droppedBefore = pc.status().dropped;

    // A newer major: `name` now holds the family name only and the given name moved to a field of its own.
    const newerMajor = { ...(await serverDoc(couch, station, id)), [WIRE_VERSION_FIELD]: 9, [WIRE_MAJOR_FIELD]: 2, name: '卫', givenName: '二' };
    expect(await writeAsStation(couch, station, newerMajor)).toBe(201);
    expect((await pc.syncNow())?.ok).toBe(true);
    // Not read as if it were ours: the local copy stays, the server's is shown as not taken in.
    expect((await pc.getVolunteer(id))?.name).toBe('卫二');
    expect(pc.status().dropped).toBe(droppedBefore + 1);
    expect(await serverDoc(couch, station, id)).toMatchObject({ [WIRE_MAJOR_FIELD]: 2, givenName: '二' });

    await pc.updateVolunteer(id, volunteerInput({ name: '卫二', idNumber: withCheckChar('37010219800101003'), phone: '13800000002' }));
    expect((await pc.syncNow())?.ok).toBe(true);
    expect((await pc.syncNow())?.ok).toBe(true);
    const open = (await pc.openConflicts()).filter((c) => c.docId === id);
    expect(open).toHaveLength(1);
    expect(parsed(open[0]?.loser)).toMatchObject({ name: '卫', givenName: '二', [WIRE_MAJOR_FIELD]: 2 });
    expect(await serverDoc(couch, station, id)).toMatchObject({ name: '卫二', phone: '13800000002' });
  }, 60_000);
});
