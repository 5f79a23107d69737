import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRequestLedger } from '../../../../src-renderer/domain/requests/requestLedger';
import { closingCell, dispatchedCell, ratingCell, residentCell, stateCell } from '../../../../src-renderer/features/requests/print/requestLedgerCells';
import { initI18n } from '../../../../src-renderer/i18n';
import type { RequestDoc } from '../../../../src-renderer/records/request/shape';

const MARCH = { from: '2024-03-01', to: '2024-03-31' };
const TODAY = '2024-03-20';
const names = { team: (id: string) => `队${id}`, volunteer: (id: string) => `人${id}` };
const titles = (id: string) => `活动${id}`;

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

function request(id: string, overrides: Partial<RequestDoc> = {}): RequestDoc {
  return {
    id,
    stationId: 'JN-LX-001',
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
    updatedBy: 'pc',
    residentName: '王秀英',
    villageGroup: '三组',
    phone: '13905310002',
    need: '修电灯',
    field: 'aid',
    urgency: 'normal',
    state: 'pending',
    receivedDate: '2024-03-01',
    wantedDate: '',
    teamId: '',
    volunteerIds: [],
    activityId: '',
    doneDate: '',
    rating: 0,
    ratingRemark: '',
    endReason: '',
    history: [],
    ...overrides,
  };
}

/** The printed line of each request, as a reader of the paper ledger sees it. */
function printed(requests: RequestDoc[]): string[][] {
  return buildRequestLedger(requests, MARCH, TODAY).rows.map((row) => [
    residentCell(row),
    row.maskedPhone,
    dispatchedCell(row, names, t),
    stateCell(row, t),
    closingCell(row, titles, t),
    ratingCell(row, t),
  ]);
}

describe('the printed requests ledger', () => {
  it('says who asked with the phone masked, to whom it went, where it stands, what served it and the rating', () => {
    expect(
      printed([
        request('r1', { state: 'rated', teamId: 'A', volunteerIds: ['1', '2'], activityId: 'x', doneDate: '2024-03-04', rating: 5, ratingRemark: '很及时' }),
        request('r2', { receivedDate: '2024-03-02', villageGroup: '', phone: '', state: 'accepted', volunteerIds: ['3'], wantedDate: '2024-03-10' }),
        request('r3', { receivedDate: '2024-03-03', state: 'refused', endReason: '不属于志愿服务范围' }),
        request('r4', { receivedDate: '2024-03-04', state: 'done', teamId: 'B', activityId: 'y', doneDate: '2024-03-06' }),
      ]),
    ).toEqual([
      ['王秀英（三组）', '139****0002', '队A 人1、人2', '已评价', '活动x（2024-03-04）', '5星，很及时'],
      ['王秀英', '', '人3', '已接单（已逾期）', '', ''],
      ['王秀英（三组）', '139****0002', '', '已拒绝：不属于志愿服务范围', '', ''],
      ['王秀英（三组）', '139****0002', '队B', '已办结', '活动y（2024-03-06）', ''],
    ]);
  });

  it('never prints a whole phone number', () => {
    const lines = printed([request('r1', { phone: '13905310002' }), request('r2', { phone: '0531-88886666' })]);
    expect(lines.flat().join(' ')).not.toMatch(/13905310002|88886666/);
  });
});
