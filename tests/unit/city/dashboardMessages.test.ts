import { describe, expect, it } from 'vitest';
import { messages } from '../../../src-city/messages';

describe('what user add says about the file it wrote', () => {
  it('names the county a county dashboard reads, and never calls the file a station’s', () => {
    const county = messages.dashboardFileWritten('lixia.city.json', 'county-lixia', '历下区');
    expect(county.zh).toBe('已写出县级管理员设置文件（看板账号 county-lixia，看历下区数据）：lixia.city.json');
    expect(county.en).toContain('County dashboard');
    const city = messages.dashboardFileWritten('jinan.city.json', 'city-jinan', null);
    expect(city.zh).toContain('市级管理员设置文件');
    for (const text of [county, city, messages.dashboardFileWarning('jinan.city.json', 'city-jinan')]) {
      expect(text.zh).not.toContain('站点');
      expect(text.en).not.toMatch(/station/i);
    }
  });
});
