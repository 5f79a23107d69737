import { afterEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../../../src-renderer/data/imports/commitImport';
import { loadLedgerSnapshot } from '../../../../src-renderer/data/imports/ledgerSnapshot';
import type { Ledger } from '../../../../src-renderer/data/session';
import type { RecordKind } from '../../../../src-renderer/domain/records/columns';
import { buildExport, type ExportKind } from '../../../../src-renderer/domain/records/exportSheets';
import type { LedgerSnapshot } from '../../../../src-renderer/domain/records/snapshot';
import { writeXlsx } from '../../../../src-renderer/domain/records/writeXlsx';
import { openTestLedger, TEST_STATION } from '../../../support/testLedger';
import { idNumber, noPause, previewFile, zhT } from '../support';

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

async function seed(ledger: Ledger): Promise<void> {
  const team = await ledger.teams.create({ name: '红马甲志愿服务队', field: 'aid' });
  const project = await ledger.projects.create({ name: '银龄关爱行动', field: 'aid', startDate: '2023-01-01', status: 'running' });
  const base = { politicalStatus: 'masses', joinDate: '2023-01-01' };
  const zhang = await ledger.volunteers.create({ ...base, name: '张三', gender: 'male', idNumber: idNumber('37010219800101001'), phone: '13912345678' });
  // Two 李四: the export must tell them apart, the import find each again.
  const liA = await ledger.volunteers.create({ ...base, name: '李四', gender: 'female', idNumber: idNumber('37010219900202002') });
  const liB = await ledger.volunteers.create({ ...base, name: '李四', gender: 'male', idNumber: idNumber('37010219950505005') });
  const activity = await ledger.activities.create({
    title: '上门维修电器', date: '2024-03-05', startTime: '09:00', endTime: '11:00', place: '三组', field: 'aid', participants: [{ volunteerId: zhang.id, hours: 2 }],
  });

  await ledger.honours.create({ kind: 'excellentVolunteer', level: 'city', year: 2024, batch: '第一批', linkKind: 'volunteer', linkId: liB.id, awardedBy: '市文明办', awardedDate: '2024-12-05' });
  await ledger.honours.create({ kind: 'excellentOrganisation', level: 'provincial', year: 2023, linkKind: 'team', linkId: team.id, title: '省级优秀志愿服务组织' });
  await ledger.honours.create({ kind: 'excellentProject', level: 'national', year: 2022, linkKind: 'project', linkId: project.id });
  await ledger.honours.create({ kind: 'civilisedFamily', level: 'county', year: 2024, linkKind: 'family', linkName: '张明家庭', notes: '三组' });

  const details = { residentName: '王大爷', villageGroup: '三组', phone: '13800001111', field: 'aid', receivedDate: '2024-03-01' };
  await ledger.requests.create({ ...details, need: '换灯泡', urgency: 'urgent', wantedDate: '2024-03-10' });
  const rated = await ledger.requests.create({ ...details, need: '修电视' });
  await ledger.requests.apply(rated.id, { type: 'dispatch', teamId: team.id, volunteerIds: [zhang.id, liA.id] });
  await ledger.requests.apply(rated.id, { type: 'accept' });
  await ledger.requests.close(rated.id, activity.id);
  await ledger.requests.apply(rated.id, { type: 'rate', rating: 5, remark: '很及时' });
  const cancelled = await ledger.requests.create({ ...details, residentName: '李奶奶', phone: '', need: '陪同就医' });
  await ledger.requests.apply(cancelled.id, { type: 'cancel', reason: '家人已陪同' });

  const post = await ledger.dutyPosts.create({ name: '人民路口文明交通岗', place: '人民路口', field: 'safety' });
  await ledger.dutyPosts.create({ name: '景区游客服务岗', active: false });
  const shifts = await ledger.shifts.createRun({ postId: post.id, from: '2024-03-05', to: '2024-03-07', startTime: '07:00', endTime: '09:00', needed: 3 });
  for (const shift of shifts.slice(0, 2)) {
    await ledger.shifts.setSignedUp(shift.id, zhang.id, true);
    await ledger.shifts.setSignedUp(shift.id, liA.id, true);
  }
}

const EXPORTED = ['teams', 'volunteers', 'projects', 'activities', 'dutyPosts', 'shifts', 'honours', 'requests'] as const satisfies readonly (RecordKind & ExportKind)[];

/** The registers with ids turned into what they name, metadata dropped: two ledgers compare field by field. */
function normalise(s: LedgerSnapshot) {
  const service = s.service;
  if (!service) throw new Error('no service records');
  const name = new Map<string, string>([
    ...s.teams.map((t) => [t.id, `team ${t.name}`] as const),
    ...s.projects.map((p) => [p.id, `project ${p.name}`] as const),
    ...s.volunteers.map((v) => [v.id, `person ${v.idNumber}`] as const),
    ...s.activities.map((a) => [a.id, `activity ${a.date} ${a.title}`] as const),
    ...service.dutyPosts.map((p) => [p.id, `post ${p.name}`] as const),
  ]);
  const ref = (id: string) => (id === '' ? '' : (name.get(id) ?? `missing ${id}`));
  const strip = <T extends { id: string; stationId: string; createdAt: string; updatedAt: string; updatedBy: string }>(d: T) => {
    const { id: _i, stationId: _s, createdAt: _c, updatedAt: _u, updatedBy: _b, ...rest } = d;
    return rest;
  };
  return {
    honours: service.honours.map((h) => ({ ...strip(h), linkId: ref(h.linkId) })).sort((a, b) => a.year - b.year),
    requests: service.requests
      .map((r) => ({
        ...strip(r),
        teamId: ref(r.teamId),
        volunteerIds: r.volunteerIds.map(ref),
        activityId: ref(r.activityId),
        // Steps are retaken at import, at its own time and by its PC: the same steps, in the same order.
        history: r.history.map((h) => [h.action, h.from, h.to, h.reason ?? '', h.rating ?? 0]),
      }))
      .sort((a, b) => a.need.localeCompare(b.need)),
    dutyPosts: service.dutyPosts.map(strip),
    shifts: service.shifts.map((x) => ({ ...strip(x), postId: ref(x.postId), signUps: x.signUps.map(ref) })),
  };
}

describe('honours, requests, duty posts and shifts: export then import into an empty station', () => {
  it('gives the same records, field by field', async () => {
    // The free RxDB allows 13 open collections: the two ledgers cannot be open at the same time.
    const source = await ledgerWithStation();
    await seed(source);
    const before = await loadLedgerSnapshot(source);
    const exported = async (kind: ExportKind, fullIdNumbers: boolean) => writeXlsx(buildExport(before, { kind, fullIdNumbers, exportedAt: '2024-05-01 10:00' }, zhT));
    const files = new Map<string, Uint8Array>();
    for (const kind of EXPORTED) files.set(kind, await exported(kind, true));
    const maskedRequests = await exported('requests', false);
    await source.close();
    opened.splice(0);

    const target = await ledgerWithStation();
    for (const kind of EXPORTED) {
      const preview = await previewFile(kind, files.get(kind) ?? new Uint8Array(), await loadLedgerSnapshot(target));
      // Teams come before their leaders, and requests' states are said as read: nothing else may be reported.
      expect(preview.issues.filter((i) => i.severity !== 'note'), kind).toEqual([]);
      expect(preview.errorRows, kind).toBe(0);
      expect((await commitImport(target, preview.plan, { pause: noPause })).written, kind).toBe(preview.totalRows);
    }
    const after = await loadLedgerSnapshot(target);
    expect(normalise(after)).toEqual(normalise(before));
    // Its steps are recorded by this PC when written, not by the check's stand-in.
    const steps = after.service?.requests.find((r) => r.need === '修电视')?.history ?? [];
    expect(steps.map((h) => h.by)).toEqual(Array<string>(5).fill(target.ctx.deviceId));
    expect(steps.every((h) => h.at > '2020')).toBe(true);

    // The default export hides phones: its rows say so, and the records on file are recognised.
    const masked = await previewFile('requests', maskedRequests, await loadLedgerSnapshot(target), 'update');
    expect(masked.issues.filter((i) => i.severity === 'warning').map((i) => [i.key, i.params?.value])).toEqual([
      ['importExport.warn.maskedPhoneKept', '138****1111'],
      ['importExport.warn.maskedPhoneKept', '138****1111'],
    ]);
    expect(masked.updates).toBe(3);
  });
});
