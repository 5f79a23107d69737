import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { certificateRows, matchesCertificateQuery } from '../../../src-renderer/features/certificates/certificateSearch';
import { draftServiceContent } from '../../../src-renderer/features/certificates/contentDraft';
import { newIssueForm, presetPeriod, readablePeriod, toCertificateRequest } from '../../../src-renderer/features/certificates/issueForm';
import type { CertificateDoc } from '../../../src-renderer/domain/entities/certificate';
import type { StationDoc } from '../../../src-renderer/domain/entities/station';
import { initI18n } from '../../../src-renderer/i18n';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

const FIELD_NAMES: Record<string, string> = { health: '卫生健康', theory: '理论宣讲', aid: '爱心帮扶', ecology: '生态环保' };
const label = (code: string) => FIELD_NAMES[code] ?? code;

describe('draftServiceContent', () => {
  it('names the fields, the number of activities and the titles', () => {
    const text = draftServiceContent(
      { hours: 7.5, sessions: 3, fields: [{ field: 'health', sessions: 2, hours: 5.5 }, { field: 'theory', sessions: 1, hours: 2 }], titles: ['理论宣讲进院落', '学雷锋义诊'], firstDate: '', lastDate: '' },
      label,
      t,
    );
    expect(text).toBe('参加卫生健康、理论宣讲志愿服务活动3次，主要包括：理论宣讲进院落、学雷锋义诊。');
  });

  it('shortens long lists with 等', () => {
    const text = draftServiceContent(
      {
        hours: 20,
        sessions: 7,
        fields: ['health', 'theory', 'aid', 'ecology'].map((field) => ({ field, sessions: 1, hours: 1 })),
        titles: ['一', '二', '三', '四', '五', '六'],
        firstDate: '',
        lastDate: '',
      },
      label,
      t,
    );
    expect(text).toBe('参加卫生健康、理论宣讲、爱心帮扶等领域志愿服务活动7次，主要包括：一、二、三、四、五等。');
  });

  it('is empty when there is no service to describe', () => {
    expect(draftServiceContent({ hours: 0, sessions: 0, fields: [], titles: [], firstDate: '', lastDate: '' }, label, t)).toBe('');
  });
});

describe('issue form', () => {
  const station = { name: '幸福里社区新时代文明实践站', contactName: '李站长', contactPhone: '13805310001' } as StationDoc;

  it('starts with this year so far, signed by the station contact, or as the last certificate was', () => {
    const first = newIssueForm(station, undefined, '2025-03-10');
    expect(toCertificateRequest(first)).toMatchObject({
      periodFrom: '2025-01-01',
      periodTo: '2025-03-10',
      issuedDate: '2025-03-10',
      issuer: station.name,
      personInCharge: '李站长',
      handler: '李站长',
      contact: '13805310001',
    });
    const last = { personInCharge: '王书记', handler: '赵经办', contact: '0531-88888888' } as CertificateDoc;
    expect(toCertificateRequest(newIssueForm(station, last, '2025-03-10'))).toMatchObject({ personInCharge: '王书记', handler: '赵经办', contact: '0531-88888888' });
  });

  it('sets the preset periods as the dates the date fields hold', () => {
    expect(presetPeriod('lastYear', '2025-03-10', '')).toEqual(['2024-01-01', '2024-12-31']);
    expect(presetPeriod('all', '2025-03-10', '2019-05-04')).toEqual(['2019-05-04', '2025-03-10']);
    expect(presetPeriod('all', '2025-03-10', '')).toEqual(['2025-01-01', '2025-03-10']);
    expect(presetPeriod('thisYear', '2025-03-10', '')).toEqual(['2025-01-01', '2025-03-10']);
  });

  it('sums a period only when both ends are real dates in order', () => {
    expect(readablePeriod('2025-01-01', '2025-03-10')).toBe(true);
    expect(readablePeriod('2025-03-10', '2025-03-10')).toBe(true);
    expect(readablePeriod('2025-03-11', '2025-03-10')).toBe(false);
    expect(readablePeriod('2025-02-30', '2025-03-10')).toBe(false);
    expect(readablePeriod('2025/01/01', '2025-03-10')).toBe(false);
    expect(readablePeriod('', '2025-03-10')).toBe(false);
  });
});

describe('register search', () => {
  const rows = certificateRows([
    { number: 'JN-LX-001-2024-0007', volunteerName: '张三', idNumber: '370102198001010015' },
    { number: 'JN-LX-001-2025-0001', volunteerName: '李四', idNumber: '370102199002020023' },
  ] as CertificateDoc[]);

  it('finds by number, name, pinyin initials or the ID number tail', () => {
    const find = (q: string) => rows.filter((r) => matchesCertificateQuery(r, q)).map((r) => r.volunteerName);
    expect(find('2024-0007')).toEqual(['张三']);
    expect(find('ls')).toEqual(['李四']);
    expect(find('张')).toEqual(['张三']);
    expect(find('0023')).toEqual(['李四']);
    expect(find('')).toEqual(['张三', '李四']);
  });
});
