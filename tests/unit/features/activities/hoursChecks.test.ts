import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusedHours } from '../../../../src-renderer/features/activities/hoursChecks';
import { initI18n } from '../../../../src-renderer/i18n';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

const names: Record<string, string> = { 'v:a': '孙秀兰', 'v:b': '王五' };
const nameOf = (id: string) => names[id] ?? '?';

describe('hours refused before saving', () => {
  it('quote text that is not a number of hours, naming the person', () => {
    const refused = refusedHours([{ volunteerId: 'v:a', hours: null, manual: true, refusedText: '三个半' }, { volunteerId: 'v:b', hours: 3, manual: false }], nameOf, t);
    expect(refused.lines).toEqual(['孙秀兰 的服务时长“三个半”不是小时数，请填写数字，如 2 或 2.5']);
    expect([...refused.ids]).toEqual(['v:a']);
  });

  it('still name an empty box and 25 hours', () => {
    const refused = refusedHours(
      [
        { volunteerId: 'v:a', hours: null, manual: true },
        { volunteerId: 'v:b', hours: 25, manual: true },
      ],
      nameOf,
      t,
    );
    expect(refused.lines).toEqual(['孙秀兰 的服务时长未填写或为0，请填写（至少0.5小时）', '王五 的服务时长 25 小时超过一天24小时，请核对']);
  });
});
