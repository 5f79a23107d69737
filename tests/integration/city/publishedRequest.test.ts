import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { publishRequest } from '../../../src-city/commands/requestPublish';
import { runCli } from '../../../src-city/run';
import { requestSource } from '../../../src-renderer/domain/requests/requestSource';
import { volunteerInput } from '../../support/testLedger';
import { couchRequest } from '../support/couchHttp';
import type { Snapshot } from '../sync/support/stationPc';
import { useTwoPcsOfStation } from '../sync/support/twoPcs';

/**
 * 市级下派 on the real server with two PCs of the station: the city publishes a resident's request with
 * `npm run city -- request publish`; each PC shows it once, 待派单, from the city, however often either
 * syncs or the city publishes it again; the keeper takes it on like any request; one the station deleted
 * is not brought back. The resident's name and phone reach no database but the station's.
 */
const A = 'JN-LX-501';
const RESIDENT = { residentName: '陈桂兰', phone: '13905319901' };
const REQUEST = { station: A, ...RESIDENT, villageGroup: '七组', need: '独居老人家中水管漏水，12345热线转办', field: 'aid', urgency: 'urgent', receivedDate: '2024-03-05', wantedDate: '2024-03-07', ref: '12345-20240305-0001' } as const;

const pcs = useTwoPcsOfStation(A, 'published');

/** The live requests a PC holds, id → content. */
function liveRequests(snapshot: Snapshot): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshot.requests ?? {}).filter(([, content]) => !content.includes('"deleted":true')));
}

async function city(args: string[], cwd: string): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const { server } = pcs.couch();
  const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), env: { CITY_ADMIN_PASSWORD: server.admin.password }, cwd };
  const code = await runCli(['request', 'publish', '--url', server.url, '--admin', server.admin.username, ...args], io);
  return { code, text: lines.join('\n') };
}

let requestId = '';

it('a request the city publishes shows on both PCs once, 待派单 and from the city, and nowhere but the station’s database', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'publish-'));
  try {
    await writeFile(path.join(dir, 'requests.json'), JSON.stringify({ requests: [REQUEST] }), 'utf8');
    const run = await city(['--file', 'requests.json'], dir);
    expect(run.code, run.text).toBe(0);
    expect(run.text).toContain(`已下派到 ${A}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await pcs.bothSynced();

  const [first, second] = [liveRequests(await pcs.first().snapshot()), liveRequests(await pcs.second().snapshot())];
  expect(Object.keys(first)).toHaveLength(1);
  expect(second).toEqual(first);
  requestId = Object.keys(first)[0] ?? '';
  const request = await pcs.first().ledger.requests.get(requestId);
  expect(request).toMatchObject({ ...RESIDENT, stationId: A, state: 'pending', urgency: 'urgent', wantedDate: '2024-03-07' });
  expect(request && requestSource(request)).toBe('city');
  expect((await pcs.first().ledger.requests.list('pending')).map((r) => r.id)).toEqual([requestId]);

  const { server } = pcs.couch();
  const dbs = z.array(z.string()).parse((await couchRequest(server.url, 'GET', '/_all_dbs', { auth: server.admin })).body);
  for (const db of dbs.filter((name) => name !== pcs.station().setup.database)) {
    const all = JSON.stringify((await couchRequest(server.url, 'GET', `/${encodeURIComponent(db)}/_all_docs?include_docs=true`, { auth: server.admin })).body);
    expect(all, db).not.toContain(RESIDENT.phone);
    expect(all, db).not.toContain(RESIDENT.residentName);
  }
});

it('published again, or with both PCs syncing again, it is still one request and no conflict', async () => {
  const again = await publishRequest(pcs.couch().city.client, REQUEST, new Date(), '2024-03-06');
  expect(again).toEqual({ station: A, id: requestId, outcome: 'unchanged' });
  await pcs.bothSynced();
  await pcs.bothSynced();
  expect(Object.keys(liveRequests(await pcs.first().snapshot()))).toEqual([requestId]);
  expect(Object.keys(liveRequests(await pcs.second().snapshot()))).toEqual([requestId]);
  expect(await pcs.first().openConflicts()).toEqual([]);
  expect(await pcs.second().openConflicts()).toEqual([]);
});

it('the keeper takes it on like any request, and publishing it again changes nothing of that', async () => {
  const volunteerId = await pcs.first().createVolunteer(volunteerInput({ name: '刘师傅' }));
  await pcs.first().ledger.requests.apply(requestId, { type: 'dispatch', volunteerIds: [volunteerId] });
  await pcs.bothSynced();
  expect(liveRequests(await pcs.second().snapshot())[requestId]).toContain('"state":"dispatched"');
  expect((await publishRequest(pcs.couch().city.client, REQUEST, new Date(), '2024-03-06')).outcome).toBe('unchanged');
  await pcs.bothSynced();
  expect(Object.values(liveRequests(await pcs.second().snapshot()))).toEqual([expect.stringContaining('"state":"dispatched"')]);
});

it('one the station deleted is not published again, and a station the city does not know is refused', async () => {
  await pcs.first().ledger.requests.remove(requestId);
  await pcs.bothSynced();
  expect((await publishRequest(pcs.couch().city.client, REQUEST, new Date(), '2024-03-06')).outcome).toBe('deletedAtStation');
  await pcs.bothSynced();
  expect(liveRequests(await pcs.first().snapshot())).toEqual({});
  expect(liveRequests(await pcs.second().snapshot())).toEqual({});

  const unknown = await city(['--station', 'JN-LX-999', '--resident', '某某', '--need', '帮忙', '--field', 'aid'], process.cwd());
  expect(unknown.code).toBe(2);
  expect(unknown.text).toContain('市里没有登记这个站点');
});
