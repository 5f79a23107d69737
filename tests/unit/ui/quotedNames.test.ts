import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../src-renderer/i18n';
import { quoteName } from '../../../src-renderer/i18n/quotedName';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

describe('names quoted in messages', () => {
  it('are quoted once: a title with its own quotation marks is not wrapped in a second pair', () => {
    const title = '“百姓宣讲”理论进农家';
    const saved = t('activities.form.saved', { title });
    expect(saved).toBe('活动“‘百姓宣讲’理论进农家”已保存。');
    expect(saved).not.toContain('““');
    expect(t('common.deleted', { name: title })).toBe('已删除“‘百姓宣讲’理论进农家”。');
  });

  it('read as before for a plain name', () => {
    expect(t('projects.form.saved', { name: '四点半课堂' })).toBe('已保存“四点半课堂”。');
    expect(t('volunteers.form.created', { name: '孙秀兰' })).toBe('已登记志愿者“孙秀兰”。');
    expect(t('teams.form.saved', { name: '红马甲服务队', added: 2, removed: 0 })).toBe('已保存“红马甲服务队”：新加入 2 人，移出 0 人。');
  });

  it('keep every other character of the name', () => {
    expect(quoteName('A “B” C')).toBe('“A ‘B’ C”');
    expect(quoteName('')).toBe('“”');
  });
});
