import { afterEach, describe, expect, it } from 'vitest';
import { putSetting } from '../../../src-renderer/data/local/localDb';
import { recordsUnder } from '../../../src-renderer/data/station/adoptCode';
import type { Ledger } from '../../../src-renderer/data/session';
import { stationProfileId } from '../../../src-renderer/domain/ids';
import { isProvisionalCode, newProvisionalCode } from '../../../src-renderer/domain/provisionalCode';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../support/testLedger';

const CITY_CODE = 'JN-LX-009';
const opened: Ledger[] = [];

afterEach(async () => {
  for (const ledger of opened.splice(0)) await ledger.close();
});

async function open(name: string): Promise<Ledger> {
  const ledger = await openTestLedger({ name });
  opened.push(ledger);
  return ledger;
}

/** A station set up before the city issued its code: a provisional one, with a few days of records. */
async function stationWithoutCode(name: string): Promise<{ ledger: Ledger; provisional: string; ids: string[] }> {
  const ledger = await open(name);
  const provisional = newProvisionalCode();
  await ledger.setUpStation({ ...TEST_STATION, code: provisional });
  const zhang = await ledger.volunteers.create(volunteerInput());
  const li = await ledger.volunteers.create(volunteerInput({ name: '李四', gender: 'female', idNumber: withCheckChar('37010219900202002') }));
  const team = await ledger.teams.create({ name: '红马甲志愿服务队', field: 'aid' });
  const activity = await ledger.activities.create({
    title: '广场舞展演',
    date: '2024-10-11',
    startTime: '19:00',
    endTime: '20:30',
    place: '文化广场',
    field: 'culture',
    participants: [
      { volunteerId: zhang.id, hours: 1.5 },
      { volunteerId: li.id, hours: 1.5 },
    ],
    servedCount: 60,
    servedGroups: ['residents'],
  });
  return { ledger, provisional, ids: [zhang.id, li.id, team.id, activity.id] };
}

/** Every record's station code, profile included, by id. */
async function codes(ledger: Ledger): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of ['station', 'volunteers', 'teams', 'projects', 'activities', 'conflicts', 'certificates'] as const) {
    for (const doc of await ledger.db[name].find().exec()) out[doc.id] = doc.stationId;
  }
  return out;
}

describe('a station that starts before the city has issued its code', () => {
  it('gets a provisional code no city code can be mistaken for', () => {
    const code = newProvisionalCode();
    expect(isProvisionalCode(code)).toBe(true);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(isProvisionalCode(CITY_CODE)).toBe(false);
    expect(newProvisionalCode()).not.toBe(code);
  });

  it('takes the city’s code on every record and moves its profile, keeping every field', async () => {
    const { ledger, ids } = await stationWithoutCode(`adopt-${process.pid}-1`);
    const before = await ledger.activities.get(ids[3] ?? '');
    expect(await recordsUnder(ledger.db, ledger.ctx.stationId)).toBe(ids.length);
    await ledger.adoptStationCode(CITY_CODE);

    expect(ledger.ctx.stationId).toBe(CITY_CODE);
    const after = await codes(ledger);
    expect(Object.keys(after).sort()).toEqual([...ids, stationProfileId(CITY_CODE)].sort());
    expect(new Set(Object.values(after))).toEqual(new Set([CITY_CODE]));
    expect(await ledger.station.get()).toMatchObject({ id: stationProfileId(CITY_CODE), code: CITY_CODE, name: TEST_STATION.name });
    const { stationId: _was, ...content } = before ?? {};
    expect(await ledger.activities.get(ids[3] ?? '')).toMatchObject({ ...content, stationId: CITY_CODE });
    // New records carry it too.
    expect((await ledger.volunteers.create(volunteerInput({ name: '王五', idNumber: withCheckChar('37010219850505005') }))).stationId).toBe(CITY_CODE);
  });

  it('a PC closed half-way finishes taking the code when the ledger opens again', async () => {
    const name = `adopt-${process.pid}-2`;
    const { ledger, provisional, ids } = await stationWithoutCode(name);
    // The intent is on record and one record already moved; then the PC goes off.
    await putSetting(ledger.local, 'station.adopting', { from: provisional, to: CITY_CODE });
    const first = await ledger.db.volunteers.findOne(ids[0] ?? '').exec();
    await first?.incrementalPatch({ stationId: CITY_CODE });
    await ledger.close();
    opened.splice(opened.indexOf(ledger), 1);

    const reopened = await open(name);
    expect(reopened.ctx.stationId).toBe(CITY_CODE);
    expect(new Set(Object.values(await codes(reopened)))).toEqual(new Set([CITY_CODE]));
  });

  it('a station that has the city’s code keeps it: adopting another is refused and nothing changes', async () => {
    const ledger = await open(`adopt-${process.pid}-3`);
    await ledger.setUpStation(TEST_STATION);
    await ledger.volunteers.create(volunteerInput());
    const before = await codes(ledger);
    await expect(ledger.adoptStationCode(CITY_CODE)).rejects.toThrow(/already has the city/);
    expect(await codes(ledger)).toEqual(before);
    expect(ledger.ctx.stationId).toBe(TEST_STATION.code);
  });
});
