import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src-city/run';
import { freePort } from '../../../src-city/standIn/freePort';

/** Arguments are checked before anything is sent: these runs must not need a server. */
function capture(env: NodeJS.ProcessEnv = {}): CliIo & { text: () => string } {
  const lines: string[] = [];
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), env, cwd: process.cwd(), text: () => lines.join('\n') };
}

describe('city CLI arguments', () => {
  it('refuses a password given as an argument, and does not repeat it', async () => {
    const io = capture();
    expect(await runCli(['init', '--url', 'http://127.0.0.1:1', '--admin', 'admin', '--password', 'S3cret-Pw'], io)).toBe(2);
    expect(io.text()).toContain('CITY_ADMIN_PASSWORD');
    expect(io.text()).not.toContain('S3cret-Pw');
  });

  it('names a mistyped option without echoing its value', async () => {
    const io = capture();
    expect(await runCli(['init', '--passwd=S3cret-Pw'], io)).toBe(2);
    expect(io.text()).toContain('--passwd');
    expect(io.text()).not.toContain('S3cret-Pw');
  });

  it('refuses a server URL with credentials in it', async () => {
    const io = capture({ CITY_ADMIN_PASSWORD: 'x' });
    expect(await runCli(['init', '--url', 'http://admin:S3cret-Pw@127.0.0.1:5984', '--admin', 'admin'], io)).toBe(2);
    expect(io.text()).not.toContain('S3cret-Pw');
  });

  it('says which option is missing, in both languages', async () => {
    const io = capture({ CITY_ADMIN_PASSWORD: 'x' });
    expect(await runCli(['station', 'add', '--url', 'http://127.0.0.1:1', '--admin', 'admin', '--code', 'JN-1'], io)).toBe(2);
    expect(io.text()).toContain('--name');
    expect(io.text()).toContain('缺少');
  });

  it('refuses a station code CouchDB and the app cannot use', async () => {
    const io = capture({ CITY_ADMIN_PASSWORD: 'x' });
    const args = ['station', 'add', '--url', 'http://127.0.0.1:1', '--admin', 'a', '--code', '幸福里', '--name', 'n', '--county', 'c', '--center', 'c', '--institute', 'i'];
    expect(await runCli(args, io)).toBe(2);
    expect(io.text()).toContain('幸福里');
  });

  it('explains a server that does not answer instead of crashing', async () => {
    const io = capture({ CITY_ADMIN_PASSWORD: 'x' });
    const closedPort = await freePort();
    expect(await runCli(['station', 'list', '--url', `http://127.0.0.1:${closedPort}`, '--admin', 'admin'], io)).toBe(1);
    expect(io.text()).toMatch(/连不上服务器[\s\S]*ECONNREFUSED[\s\S]*Cannot reach/);
  });

  it('asks for a four-digit year', async () => {
    const io = capture({ CITY_ADMIN_PASSWORD: 'x' });
    expect(await runCli(['report', '--url', 'http://127.0.0.1:1', '--admin', 'admin', '--year', '24'], io)).toBe(2);
    expect(io.text()).toContain('2024');
  });

  it('refuses http:// to another machine with a Chinese explanation, before the password is sent anywhere', async () => {
    for (const args of [
      ['--url', 'http://couch.example.cn:5984'],
      ['--url', 'http://127.0.0.1:1', '--public-url', 'http://192.168.1.10:5984'],
      ['--url', 'http://127.0.0.1:1', '--replicate-url', 'http://10.0.0.5:5984'],
    ]) {
      const io = capture({ CITY_ADMIN_PASSWORD: 'S3cret-Pw' });
      expect(await runCli(['station', 'list', ...args, '--admin', 'admin'], io)).toBe(2);
      expect(io.text()).toMatch(/拒绝使用 http:\/\/[\d.a-z]+:5984：http:\/\/ 是明文传输[\s\S]*https:\/\/[\s\S]*--intranet-http/);
      expect(io.text()).not.toContain('S3cret-Pw');
    }
  });

  it('with --intranet-http goes on over http, warning each time', async () => {
    const io = capture({ CITY_ADMIN_PASSWORD: 'x' });
    const closedPort = await freePort();
    const args = ['station', 'list', '--url', `http://127.0.0.1:${closedPort}`, '--public-url', 'http://192.168.1.10:5984', '--intranet-http', '--admin', 'admin'];
    expect(await runCli(args, io)).toBe(1);
    expect(io.text()).toMatch(/注意：http:\/\/192\.168\.1\.10:5984 使用未加密的 http:\/\/[\s\S]*ECONNREFUSED/);
  });

  it('user add needs --role city or county, and a county for a county user', async () => {
    const base = ['user', 'add', '--url', 'http://127.0.0.1:1', '--admin', 'admin', '--name', 'lixia'];
    for (const [extra, expected] of [
      [[], '--role'],
      [['--role', 'station'], '--role'],
      [['--role', 'county'], '--county'],
    ] as const) {
      const io = capture({ CITY_ADMIN_PASSWORD: 'x' });
      expect(await runCli([...base, ...extra], io)).toBe(2);
      expect(io.text()).toContain(expected);
    }
  });

  it('summary needs a year and a .docx or .xlsx file to write', async () => {
    const io = capture({ CITY_ADMIN_PASSWORD: 'x' });
    expect(await runCli(['summary', '--url', 'http://127.0.0.1:1', '--admin', 'admin', '--year', '2024'], io)).toBe(2);
    expect(io.text()).toContain('--out');
    const other = capture({ CITY_ADMIN_PASSWORD: 'x' });
    expect(await runCli(['summary', '--url', 'http://127.0.0.1:1', '--admin', 'admin', '--year', '24', '--out', 'a.xlsx'], other)).toBe(2);
    expect(other.text()).toContain('四位数字');
  });
});
