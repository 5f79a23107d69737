import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { translators } from '../../../support/translators';
import { connectionLine } from '../../../../src-renderer/features/settings/syncConnection';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ zh, en } = await translators());
});

describe('the city-server line in Settings', () => {
  it('says the station is not connected and the data stays on this PC', () => {
    const line = connectionLine(null);
    expect(zh(line.key, line.params)).toBe('尚未连接市级服务器，数据只保存在本机。');
  });

  it('names the account and the server once connected, the address unescaped', () => {
    const line = connectionLine({ serverUrl: 'https://sync.jinan.example.cn:6984/', database: 'station-jn-lx-001', username: 'station-jn-lx-001' });
    expect(zh(line.key, line.params)).toBe('已连接：以账号 station-jn-lx-001 连接到 https://sync.jinan.example.cn:6984/');
    expect(en(line.key, line.params)).toBe('Connected as station-jn-lx-001 to https://sync.jinan.example.cn:6984/');
  });
});
