import { afterEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../../src-renderer/data/imports/commitImport';
import { loadLedgerSnapshot } from '../../../src-renderer/data/imports/ledgerSnapshot';
import type { Ledger } from '../../../src-renderer/data/session';
import type { RecordKind } from '../../../src-renderer/domain/records/columns';
import { buildExport } from '../../../src-renderer/domain/records/exportSheets';
import type { DuplicatePolicy } from '../../../src-renderer/domain/records/importTypes';
import { writeXlsx } from '../../../src-renderer/domain/records/writeXlsx';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';
import { idNumber, noPause, previewFile, zhT } from './support';

const opened: Ledger[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function ledgerWithStation(): Promise<Ledger> {
  const ledger = await openTestLedger();
  opened.push(ledger);
  await ledger.setUpStation(TEST_STATION);
  return ledger;
}

async function seed(ledger: Ledger) {
  const red = await ledger.teams.create({ name: '红马甲志愿服务队', field: 'aid', foundedDate: '2021-03-05', description: '助老助残' });
  const health = await ledger.teams.create({ name: '健康服务队', field: 'health' });
  const zhang = await ledger.volunteers.create({
    name: '张三', gender: 'male', idNumber: idNumber('37010219800101001'), phone: '13912345678', politicalStatus: 'cpc_member',
    skills: ['义诊', '理发'], teamIds: [red.id, health.id], joinDate: '2023-03-05', volunteerNo: 'V001', notes: '周末有空',
  });
  // Two people share a name: the export must tell them apart and the import must find each again.
  const li1 = await ledger.volunteers.create({
    name: '李四', gender: 'female', idNumber: idNumber('37010219900202002'), phone: '0531-88886666', politicalStatus: 'masses',
    teamIds: [red.id], joinDate: '2022-01-10',
  });
  const li2 = await ledger.volunteers.create({
    name: '李四', gender: 'male', idNumber: idNumber('37010219950505005'), politicalStatus: 'cyl_member', joinDate: '2024-06-01',
  });
  await ledger.volunteers.setActive(li2.id, false);
  await ledger.teams.update(red.id, { name: '红马甲志愿服务队', field: 'aid', leaderId: zhang.id, foundedDate: '2021-03-05', description: '助老助残' });
  const project = await ledger.projects.create({
    name: '银龄关爱行动', field: 'aid', ownerTeamId: red.id, startDate: '2023-01-01', status: 'running', brand: '暖心幸福里', awards: '市级优秀项目',
  });
  await ledger.activities.create({
    title: '学雷锋义诊进社区', date: '2024-03-05', startTime: '09:00', endTime: '11:30', place: '社区服务中心', field: 'health',
    projectId: project.id, teamId: health.id, theme: '学雷锋纪念日',
    participants: [{ volunteerId: zhang.id, hours: 2.5 }, { volunteerId: li1.id, hours: 2 }, { volunteerId: li2.id, hours: 0.5 }],
    servedCount: 60, servedGroups: ['elderly', 'residents'], summary: '测量血压、血糖。\n提供健康咨询。',
  });
  await ledger.activities.create({
    title: '清理楼道杂物', date: '2024-04-12', startTime: '14:00', endTime: '16:00', place: '3号楼', field: 'ecology',
    participants: [{ volunteerId: li1.id, hours: 2 }],
  });
}

async function importBytes(to: Ledger, kind: RecordKind, bytes: Uint8Array, policy: DuplicatePolicy = 'skip') {
  const preview = await previewFile(kind, bytes, await loadLedgerSnapshot(to), policy);
  const result = await commitImport(to, preview.plan, { pause: noPause });
  return { preview, result };
}

describe('export then import into an empty station', () => {
  it('gives the same records, field by field', async () => {
    // The free RxDB allows 13 open collections: the two ledgers cannot be open at the same time.
    const source = await ledgerWithStation();
    await seed(source);
    const a = await loadLedgerSnapshot(source);
    const files = new Map<RecordKind, Uint8Array>();
    for (const kind of ['teams', 'volunteers', 'projects', 'activities'] as const) {
      files.set(kind, await writeXlsx(buildExport(a, { kind, fullIdNumbers: true, exportedAt: '2024-05-01 10:00' }, zhT)));
    }
    await source.close();
    opened.splice(0);
    const target = await ledgerWithStation();
    const file = (kind: RecordKind) => files.get(kind) ?? new Uint8Array();

    const teams = await importBytes(target, 'teams', file('teams'));
    // Leaders are volunteers, who are not in the new ledger yet: the teams come in without, with a note.
    expect(teams.preview.issues.map((i) => i.key)).toEqual(['importExport.issue.leaderNotFound']);
    expect(teams.result).toMatchObject({ written: 2, inserted: 2, cancelled: false });
    expect((await importBytes(target, 'volunteers', file('volunteers'))).result).toMatchObject({ written: 3, inserted: 3 });
    expect((await importBytes(target, 'projects', file('projects'))).result).toMatchObject({ written: 1 });
    const again = await importBytes(target, 'teams', file('teams'), 'update');
    expect(again.preview.issues).toEqual([]);
    expect(again.result).toMatchObject({ written: 2, updated: 2 });
    const activities = await importBytes(target, 'activities', file('activities'));
    expect(activities.preview.issues).toEqual([]);
    expect(activities.result).toMatchObject({ written: 2 });

    const b = await loadLedgerSnapshot(target);
    const strip = <T extends { id: string; createdAt: string; updatedAt: string; updatedBy: string }>(d: T) => {
      const { id: _id, createdAt: _c, updatedAt: _u, updatedBy: _b, ...rest } = d;
      return rest;
    };
    // Ids differ between ledgers: compare references by name.
    const teamName = (snap: typeof a) => new Map(snap.teams.map((t) => [t.id, t.name]));
    const personKey = (snap: typeof a) => new Map(snap.volunteers.map((v) => [v.id, v.idNumber]));
    const projectName = (snap: typeof a) => new Map(snap.projects.map((p) => [p.id, p.name]));
    const normalise = (snap: typeof a) => ({
      volunteers: snap.volunteers
        .map((v) => ({ ...strip(v), teamIds: v.teamIds.map((id) => teamName(snap).get(id)).sort() }))
        .sort((x, y) => x.idNumber.localeCompare(y.idNumber)),
      teams: snap.teams.map((t) => ({ ...strip(t), leaderId: personKey(snap).get(t.leaderId) ?? '' })),
      projects: snap.projects.map((p) => ({ ...strip(p), ownerTeamId: teamName(snap).get(p.ownerTeamId) ?? '' })),
      activities: snap.activities.map((x) => ({
        ...strip(x),
        teamId: teamName(snap).get(x.teamId) ?? '',
        projectId: projectName(snap).get(x.projectId) ?? '',
        participants: x.participants.map((p) => ({ ...p, volunteerId: personKey(snap).get(p.volunteerId) })),
      })),
    });
    expect(normalise(b)).toEqual(normalise(a));
    expect(b.volunteers.every((v) => v.stationId === TEST_STATION.code && v.updatedBy === target.ctx.deviceId)).toBe(true);
  });
});
