import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStationSetupFile } from '../../../src-renderer/domain/stationSetupFile';
import { startCouchServer, type CouchServer } from '../support/couchServer';

/** `npm run city -- …` is `tsx src-city/cli.ts …`; this runs the same entrypoint as a separate process. */
const CLI = path.resolve(import.meta.dirname, '../../../src-city/cli.ts');
const CLI_TIMEOUT_MS = 30_000;

let server: CouchServer;
let outDir: string;

beforeAll(async () => {
  server = await startCouchServer();
  outDir = await mkdtemp(path.join(tmpdir(), 'city-cli-'));
});

afterAll(async () => {
  await server.stop();
  await rm(outDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function city(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      env: { ...process.env, INIT_CWD: outDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CLI_TIMEOUT_MS,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the city CLI as an administrator runs it', () => {
  const connection = () => ['--url', server.url, '--admin', server.admin.username];
  const withPassword = () => ({ CITY_ADMIN_PASSWORD: server.admin.password });

  it('initialises, adds a station into the current folder, lists it — and never prints a password', async () => {
    const init = await city(['init', ...connection()], withPassword());
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('created');

    const add = await city(
      ['station', 'add', ...connection(), '--code', 'JN-LX-009', '--name', '幸福里社区新时代文明实践站', '--county', '历下区', '--center', '历下区新时代文明实践中心', '--institute', '姚家街道新时代文明实践所', '--city', '济南市'],
      withPassword(),
    );
    expect(add.code).toBe(0);
    const file = path.join(outDir, 'JN-LX-009.station.json');
    expect(add.stdout).toContain(file);
    expect(add.stderr).toMatch(/注意[\s\S]*Warning/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const setup = parseStationSetupFile(await readFile(file, 'utf8'));
    if (!setup.ok) throw new Error('the set-up file does not parse');

    const list = await city(['station', 'list', ...connection()], withPassword());
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/JN-LX-009\s+幸福里社区新时代文明实践站\s+历下区\s+station-jn-lx-009\s+0/);

    for (const run of [init, add, list]) {
      for (const secret of [server.admin.password, setup.value.password]) {
        expect(run.stdout + run.stderr).not.toContain(secret);
      }
    }
  });

  it('says a city dashboard account’s file is the city’s set-up file, not a station’s', async () => {
    // init again changes nothing when the test before ran it; it makes this test stand on its own.
    expect((await city(['init', ...connection()], withPassword())).code).toBe(0);
    const cityUser = await city(['user', 'add', ...connection(), '--role', 'city', '--name', 'jinan', '--city', '济南市'], withPassword());
    expect(cityUser.code, cityUser.stderr).toBe(0);
    expect(cityUser.stdout).toContain('已写出市级管理员设置文件（看板账号');
    expect(cityUser.stdout + cityUser.stderr).not.toContain('站点');
    expect(cityUser.stderr).toContain('里有看板账号');
  }, 3 * CLI_TIMEOUT_MS);

  it('fails with exit code 1 and a bilingual explanation on a wrong admin password', async () => {
    const run = await city(['station', 'list', ...connection()], { CITY_ADMIN_PASSWORD: 'wrong-password' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/401[\s\S]*401/);
    expect(run.stderr).not.toContain('wrong-password');
  });
});
