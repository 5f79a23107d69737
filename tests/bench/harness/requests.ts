import dayjs from 'dayjs';
import type { Ledger } from '../../../src-renderer/data/session';
import { SERVICE_FIELDS } from '../../../src-renderer/domain/catalog';
import { newId } from '../../../src-renderer/domain/ids';
import { applyRequestAction, isOverdue, loggedEntry, type RequestAction } from '../../../src-renderer/domain/requests/requestFlow';
import { countByState } from '../../../src-renderer/domain/requests/requestFigures';
import type { RequestState } from '../../../src-renderer/domain/requests/requestStates';
import { newRequestFlow, parseRequestDetails, requestDocSchema, type RequestDoc } from '../../../src-renderer/records/request/shape';
import type { RequestsOptions, RequestsReport } from './api';
import { mobilePhone, personName } from './people';
import { createRandom, type Random } from './random';

const ISO_DAY = 'YYYY-MM-DD';
/** Closed requests are spread over two years; open ones are recent, a few of them past their day. */
const CLOSED_WITHIN_DAYS = 730;
const OPEN_WITHIN_DAYS = 45;

/** A station's mix: most requests are served and rated, a few are still open, refused or withdrawn. */
const STATE_WEIGHTS: ReadonlyArray<readonly [RequestState, number]> = [
  ['pending', 0.07],
  ['dispatched', 0.05],
  ['accepted', 0.04],
  ['done', 0.18],
  ['rated', 0.58],
  ['refused', 0.03],
  ['cancelled', 0.05],
];

const NEEDS = [
  '家里水龙头漏水，请帮忙修理',
  '老人行动不便，需要代买常用药品',
  '孩子放学后无人辅导作业',
  '独居老人希望上门理发',
  '家中电线老化，请帮忙检查',
  '独居老人需要定期上门探访',
  '楼道堆放杂物，请帮忙清理',
  '咨询医保报销和养老保险政策',
  '希望到小区开展防诈骗宣传',
  '小区路灯不亮，请协调维修',
  '需要陪同到医院复查',
  '请教老人用手机预约挂号',
  '邻里因漏水发生纠纷，请求调解',
  '残疾人家庭需要代办证件',
  '希望组织一次义诊测血压',
] as const;
const REFUSALS = ['不在本站服务范围，已告知去处', '需专业机构处理，已转介'] as const;
const CANCELLATIONS = ['群众已自行解决', '群众撤回需求', '家属已回来照顾'] as const;
const REMARKS = ['', '', '服务很及时，谢谢志愿者', '态度很好', '解决了大问题'] as const;

function pickState(random: Random): RequestState {
  let roll = random.next();
  for (const [state, weight] of STATE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return state;
  }
  return 'rated';
}

function villageGroup(random: Random): string {
  if (random.chance(0.2)) return '';
  return random.chance(0.5) ? `${random.int(1, 12)}组` : `幸福里${random.int(1, 30)}号楼`;
}

/** The steps that take a logged request to `state`, as the keeper took them. */
function stepsTo(
  state: RequestState,
  random: Random,
  people: { teamIds: readonly string[]; volunteerIds: readonly string[] },
  served: (fromDate: string) => { id: string; date: string } | null,
  received: string,
): RequestAction[] {
  const dispatch = (): RequestAction =>
    random.chance(0.5) ? { type: 'dispatch', teamId: random.pick(people.teamIds) } : { type: 'dispatch', volunteerIds: random.sample(people.volunteerIds, random.int(1, 3)) };
  // Now and then the first assignee could not take it and it went back to 待派单.
  const first: RequestAction[] = random.chance(0.1) ? [dispatch(), { type: 'reassign', reason: '志愿者临时有事' }] : [];
  switch (state) {
    case 'pending':
      return first;
    case 'dispatched':
      return [...first, dispatch()];
    case 'accepted':
      return [...first, dispatch(), { type: 'accept' }];
    case 'refused':
      return [{ type: 'refuse', reason: random.pick(REFUSALS) }];
    case 'cancelled':
      return [...first, { type: 'cancel', reason: random.pick(CANCELLATIONS) }];
    case 'done':
    case 'rated': {
      const activity = served(received);
      if (activity === null) return [dispatch(), { type: 'accept' }];
      const closing: RequestAction[] = [...first, dispatch(), { type: 'accept' }, { type: 'close', activityId: activity.id, date: activity.date }];
      const rating = random.chance(0.85) ? 5 : random.int(2, 4);
      return state === 'done' ? closing : [...closing, { type: 'rate', rating, remark: random.pick(REMARKS) }];
    }
  }
}

/**
 * `count` requests of residents built by the app's own rules (details parsed as the form's, each step taken
 * by the request state machine, the stored shape checked) and written in chunks, as years of a station's
 * 群众点单 would have left them. Open ones are recent, some past the day the resident wanted.
 */
export async function seedRequests(ledger: Ledger, options: RequestsOptions): Promise<RequestsReport> {
  const started = performance.now();
  const random = createRandom(options.seed);
  const today = dayjs().startOf('day');
  const teamIds = (await ledger.db.teams.find().exec()).map((t) => t.id);
  const volunteerIds = (await ledger.db.volunteers.find({ selector: { active: true } }).exec()).map((v) => v.id);
  const activities = (await ledger.db.activities.find().exec()).map((a) => ({ id: a.id, date: a.date })).sort((a, b) => a.date.localeCompare(b.date));
  // The first activity within a fortnight of the day asked: the one that served it.
  const served = (fromDate: string): { id: string; date: string } | null => {
    const at = activities.findIndex((a) => a.date >= fromDate);
    const within = at < 0 ? [] : activities.slice(at, at + 20).filter((a) => dayjs(a.date).diff(fromDate, 'day') <= 14);
    return within.length === 0 ? null : random.pick(within);
  };
  const takenPhones = new Set<string>();

  const requests: RequestDoc[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const state = pickState(random);
    const open = state === 'pending' || state === 'dispatched' || state === 'accepted';
    const received = today.subtract(random.int(open ? 0 : 15, open ? OPEN_WITHIN_DAYS : CLOSED_WITHIN_DAYS), 'day');
    const details = parseRequestDetails({
      residentName: personName(random, random.chance(0.5) ? 'female' : 'male'),
      villageGroup: villageGroup(random),
      phone: random.chance(0.9) ? mobilePhone(random, takenPhones) : '',
      need: random.pick(NEEDS),
      field: random.pick(SERVICE_FIELDS),
      urgency: random.chance(0.15) ? 'urgent' : 'normal',
      receivedDate: received.format(ISO_DAY),
      wantedDate: random.chance(0.8) ? received.add(random.int(3, 30), 'day').format(ISO_DAY) : '',
    });
    if (!details.ok) throw new Error(`generated request details are invalid: ${details.issues.map((x) => `${x.field} ${x.key}`).join(', ')}`);
    const loggedAt = received.hour(8).add(random.int(0, 9 * 60), 'minute').add(i, 'millisecond');
    let at = loggedAt;
    const context = () => {
      at = at.add(random.int(1, 30), 'hour');
      return { at: at.toISOString(), by: ledger.ctx.deviceId };
    };
    let flow = { ...details.value, ...newRequestFlow(details.value.receivedDate, details.value.wantedDate), history: [loggedEntry({ at: loggedAt.toISOString(), by: ledger.ctx.deviceId })] };
    for (const action of stepsTo(state, random, { teamIds, volunteerIds }, served, details.value.receivedDate)) {
      const next = applyRequestAction(flow, action, context());
      if (!next.ok) throw new Error(`generated step ${action.type} was refused: ${next.reason}`);
      flow = next.next;
    }
    const meta = {
      id: newId('request', loggedAt.valueOf()),
      stationId: ledger.ctx.stationId,
      createdAt: loggedAt.toISOString(),
      updatedAt: at.toISOString(),
      updatedBy: ledger.ctx.deviceId,
    };
    requests.push(requestDocSchema.parse({ ...flow, ...meta }));
  }

  for (let i = 0; i < requests.length; i += options.chunkSize) {
    const result = await ledger.db.requests.bulkInsert(requests.slice(i, i + options.chunkSize));
    if (result.error.length > 0) throw new Error(`bulkInsert into requests failed for ${result.error.length} documents (status ${result.error[0]?.status ?? '?'})`);
  }
  const todayIso = today.format(ISO_DAY);
  const tabCounts = { all: requests.length, overdue: requests.filter((r) => isOverdue(r, todayIso)).length, ...countByState(requests) };
  return { tabCounts, ms: performance.now() - started };
}
