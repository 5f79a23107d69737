import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetStationPassword } from '../../../src-city/commands/resetPassword';
import { parseStationSetupFile } from '../../../src-renderer/domain/stationSetupFile';
import type { StationCredentials } from '../../../src-renderer/platform/api';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { countingFetch, type SentRequest as Sent } from './support/countingFetch';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { credentialsOf, pcOptions, serverDocs } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

// Codes of their own, new each run: CouchDB keeps an account's lockout in memory for 5 minutes, past the
// wipe between test files and between runs.
const RUN = String(process.pid);
const ROTATED = `JN-LK-${RUN}-1`;
const LOCKED = `JN-LK-${RUN}-2`;

let couch: CityServer;
let rotated: ProvisionedStation;
let locked: ProvisionedStation;
// One PC per worker or process: the free RxDB opens at most 13 collections in one, and a PC uses 8.
let other: RemotePc | null = null;
let here: Pc | null = null;

beforeAll(async () => {
  couch = await startCityServer([ROTATED, LOCKED]);
  rotated = couch.station(ROTATED);
  locked = couch.station(LOCKED);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([here?.close(), other?.close()]);
  await other?.terminate();
  await couch?.stop();
}, 60_000);

/** The PC under watch, in this process (its requests are counted); the one before it is closed first. */
async function pcHere(name: string, station: ProvisionedStation, log: Sent[], lockoutWaitMs = TEST_TIMINGS.lockoutWaitMs): Promise<Pc> {
  await here?.close();
  here = await openPc({ ...pcOptions(name, station), timings: { ...TEST_TIMINGS, lockoutWaitMs }, storage: 'plain', fetch: countingFetch(log) });
  return here;
}

async function newCredentials(station: ProvisionedStation): Promise<StationCredentials> {
  const { file } = await resetStationPassword(couch.city.client, { code: station.setup.station.code, outDir: path.dirname(station.file), publicUrl: couch.server.url });
  const parsed = parseStationSetupFile(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error('the new set-up file does not parse');
  return { ...credentialsOf(station), password: parsed.value.password };
}

/** Is the account usable with this password right now (not refused, not locked)? Asked once, as any client would. */
async function accountWorks(credentials: StationCredentials): Promise<number> {
  const answer = await couchRequest(couch.server.url, 'GET', `/${credentials.database}`, { auth: { username: credentials.username, password: credentials.password } });
  return answer.status;
}

describe('a rotated or locked password never locks the station out', () => {
  it('a PC still on the old password tries once, then waits for the keeper; the PC with the new one keeps syncing', async () => {
    const secondLog: Sent[] = [];
    const first = await openRemotePc({ ...pcOptions('lockout-first', rotated), timings: TEST_TIMINGS });
    other = first;
    const second = await pcHere('lockout-second', rotated, secondLog);
    await first.setUpAndConnect();
    expect((await first.syncNow())?.ok).toBe(true);
    await second.joinAndConnect();
    expect((await second.syncNow())?.ok).toBe(true);

    // The city resets the password; the first PC gets the new set-up file, the second does not.
    const fresh = await newCredentials(rotated);
    const rotatedAt = secondLog.length;
    await first.reconnect(fresh);
    expect((await first.syncNow())?.ok).toBe(true);

    for (let run = 0; run < 8; run++) {
      const failed = await second.syncNow();
      expect(failed?.errorKey).toBe('sync.errors.unauthorized');
    }
    // Eight runs and its change watcher (which may be the one to meet the new password first): one login
    // was tried and refused, and nothing at all was sent after it.
    const sinceRotation = secondLog.slice(rotatedAt);
    expect(sinceRotation.filter((s) => s.status === 401)).toHaveLength(1);
    expect(sinceRotation.at(-1)?.status).toBe(401);
    expect(second.status().phase).toBe('error');
    expect(second.status().lastError?.key).toBe('sync.errors.unauthorized');

    // The account was never locked: the first PC still syncs a new record.
    expect(await accountWorks(fresh)).toBe(200);
    const id = await first.createVolunteer(volunteerInput({ name: '钱新密', idNumber: withCheckChar('37010219800808001') }));
    expect((await first.syncNow())?.ok).toBe(true);
    expect((await serverDocs(couch.server.url, couch.server.admin, rotated.setup.database))[id]).toContain('钱新密');

    // The keeper imports the new file on the second PC: it syncs again and gets the record.
    await second.reconnect(fresh);
    expect((await second.syncNow())?.ok).toBe(true);
    expect(await second.getVolunteer(id)).toMatchObject({ name: '钱新密' });
  }, 90_000);

  it('a locked account is explained, costs one request, and is tried again only after the lock has passed', async () => {
    const right = credentialsOf(locked);
    const log: Sent[] = [];
    const lockoutWaitMs = 3000;
    const pc = await pcHere('lockout-locked', locked, log, lockoutWaitMs);
    await pc.setUpAndConnect();
    expect((await pc.syncNow())?.ok).toBe(true);

    // Someone else keeps trying an old password until the server locks the account.
    const before = log.length;
    for (let i = 0; i < 6; i++) await accountWorks({ ...right, password: 'an-old-password-000' });
    expect(await accountWorks(right)).toBe(403);

    const failed = await pc.syncNow();
    expect(failed?.errorKey).toBe('sync.errors.locked');
    expect(pc.status().lastError?.key).toBe('sync.errors.locked');
    // The PC learns of the lock from one request: its sync's, or a background one (the change watcher's poll)
    // already on its way when the lock came. Then it asks nothing while it waits.
    const learned = log.length;
    for (let run = 0; run < 5; run++) expect((await pc.syncNow())?.errorKey).toBe('sync.errors.locked');
    expect(log.length).toBe(learned);
    expect(log.slice(before).filter((sent) => sent.status === 403)).toHaveLength(1);

    // Once the PC's wait has passed, one request finds out whether the lock is gone (here it is not yet).
    await new Promise((resolve) => setTimeout(resolve, lockoutWaitMs + 500));
    expect((await pc.syncNow())?.errorKey).toBe('sync.errors.locked');
    expect(log.length).toBe(learned + 1);
    expect(log.at(-1)?.status).toBe(403);
  }, 90_000);
});
