import { newId, stationProfileId, type DocType } from '../../../src-renderer/domain/ids';

/**
 * Valid records of every type, shaped as the app stores them (with `id`), and as RxDB's CouchDB
 * replication sends them (`_id` instead of `id`, `_deleted` always present).
 */
export type LedgerDoc = { id: string; stationId: string } & Record<string, unknown>;

const META_TIME = '2024-03-05T08:00:00.000Z';

function meta(type: DocType, stationId: string, id?: string) {
  // A station's profile has one id, as the app gives it (the server refuses any other).
  const defaultId = type === 'station' ? stationProfileId(stationId) : newId(type);
  return { id: id ?? defaultId, stationId, createdAt: META_TIME, updatedAt: META_TIME, updatedBy: 'pc-test-01' };
}

const selfCheckItem = { ok: true, note: '' };

const BODIES: Record<DocType, () => Record<string, unknown>> = {
  station: () => ({
    code: '',
    name: '幸福里社区新时代文明实践站',
    city: '济南市',
    county: '历下区',
    center: '历下区新时代文明实践中心',
    institute: '姚家街道新时代文明实践所',
    contactName: '李站长',
    contactPhone: '13805310001',
    address: '幸福里社区服务中心一楼',
    services: ['water', 'reading'],
    otherServices: '',
    demonstration: false,
    selfCheck: { site: selfCheckItem, team: selfCheckItem, activities: selfCheckItem, projects: selfCheckItem, mechanism: selfCheckItem },
  }),
  volunteer: () => ({
    name: '张明',
    namePinyin: 'zhangming',
    nameInitials: 'zm',
    gender: 'male',
    idType: 'resident_id',
    idNumber: '370102199003074512',
    birthDate: '1990-03-07',
    phone: '',
    politicalStatus: 'masses',
    skills: ['理发'],
    teamIds: [],
    joinDate: '2024-03-05',
    volunteerNo: '',
    notes: '',
    active: true,
  }),
  honour: () => ({
    kind: 'civilisedFamily',
    level: 'county',
    year: 2024,
    batch: '第二批',
    title: '',
    awardedBy: '历下区文明办',
    awardedDate: '2024-05-20',
    linkKind: 'family',
    linkId: '',
    linkName: '张明家庭',
    notes: '',
  }),
  dutyPost: () => ({ name: '文明交通岗', place: '经十路与历山路路口', field: 'safety', notes: '', active: true }),
  shift: () => ({
    postId: 'dutyPost:0000000000000000000000',
    date: '2024-03-05',
    startTime: '07:00',
    endTime: '09:00',
    needed: 2,
    signUps: ['volunteer:0000000000000000000001'],
    attendance: [{ volunteerId: 'volunteer:0000000000000000000001', signIn: '06:55', signOut: '' }],
    credits: [{ volunteerId: 'volunteer:0000000000000000000001', shiftHours: 2, hours: 2, from: '07:00', to: '09:00', review: ['missingSignOut'] }],
    totalHours: 2,
    needsReview: true,
    reviewConfirmed: false,
  }),
  request: () => ({
    residentName: '王秀英',
    villageGroup: '三组',
    phone: '13905310002',
    need: '家里电灯不亮，请志愿者上门修一下',
    field: 'aid',
    urgency: 'urgent',
    state: 'dispatched',
    receivedDate: '2024-03-04',
    wantedDate: '2024-03-08',
    teamId: 'team:0000000000000000000000',
    volunteerIds: ['volunteer:0000000000000000000001'],
    activityId: '',
    doneDate: '',
    rating: 0,
    ratingRemark: '',
    endReason: '',
    history: [
      { action: 'log', from: 'pending', to: 'pending', at: '2024-03-04T09:00:00.000Z', by: 'pc-1' },
      { action: 'dispatch', from: 'pending', to: 'dispatched', at: '2024-03-04T09:05:00.000Z', by: 'pc-1', teamId: 'team:0000000000000000000000', volunteerIds: ['volunteer:0000000000000000000001'] },
    ],
  }),
  team: () => ({ name: '银发理发队', namePinyin: 'yinfalifadui', field: 'aid', leaderId: '', foundedDate: '', description: '' }),
  project: () => ({
    name: '暖心理发',
    namePinyin: 'nuanxinlifa',
    field: 'aid',
    ownerTeamId: '',
    startDate: '2024-01-01',
    endDate: '',
    status: 'running',
    brand: '',
    awards: '',
    description: '',
  }),
  activity: () => ({
    title: '为独居老人义务理发',
    date: '2024-03-05',
    startTime: '09:00',
    endTime: '11:00',
    place: '社区服务中心',
    field: 'aid',
    projectId: '',
    teamId: '',
    theme: '',
    participants: [{ volunteerId: 'volunteer:0000000000000000000000', hours: 2 }],
    servedCount: 12,
    servedGroups: ['elderly_alone'],
    summary: '',
    totalHours: 2,
    participantCount: 1,
  }),
  conflict: () => ({
    collectionName: 'volunteers',
    docId: 'volunteer:0000000000000000000000',
    kind: 'edit-edit',
    loser: '{}',
    loserDeleted: false,
    winner: '{}',
    winnerDeleted: false,
    resolved: false,
    resolution: '',
  }),
  certificate: () => ({
    number: 'JN-LX-001-2024-0001',
    verificationCode: 'K7Q2M9',
    volunteerId: 'volunteer:0000000000000000000000',
    volunteerName: '张明',
    idType: 'resident_id',
    idNumber: '370102199003074512',
    volunteerNo: '',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    hours: 12,
    sessions: 4,
    stars: 0,
    content: '为独居老人义务理发',
    issuer: '幸福里社区新时代文明实践站',
    personInCharge: '李站长',
    handler: '王干事',
    contact: '0531-88888888',
    issuedDate: '2024-12-31',
    year: 2024,
    sequence: 1,
    revokedAt: '',
    revokedReason: '',
  }),
};

/** A valid record of `type` for `stationId`; `fields` override or add fields. */
export function ledgerDoc(type: DocType, stationId: string, fields: Record<string, unknown> = {}): LedgerDoc {
  const body = BODIES[type]();
  if (type === 'station') body.code = stationId;
  return { ...meta(type, stationId), ...body, ...fields };
}

/** What RxDB's replication-couchdb plugin puts in `_bulk_docs`: `id` moved to `_id`, `_deleted` set. */
export function asPushed(doc: LedgerDoc, deleted = false): Record<string, unknown> {
  const { id, ...body } = doc;
  return { ...body, _id: id, _deleted: deleted };
}

/** An activity with the figures the roll-up adds up. */
export function activityDoc(stationId: string, date: string, field: string, hours: number, served: number): LedgerDoc {
  return ledgerDoc('activity', stationId, {
    date,
    field,
    participants: [{ volunteerId: 'volunteer:0000000000000000000000', hours }],
    totalHours: hours,
    participantCount: 1,
    servedCount: served,
  });
}
