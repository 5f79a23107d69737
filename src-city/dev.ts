import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { stationAccountExists } from './commands/accounts';
import { initCity } from './commands/init';
import { addStation } from './commands/stationAdd';
import { CouchClient, type CouchCredentials } from './couch/client';
import { DEMO_STATIONS } from './demoStations';
import { setupFileName } from './setupFile';
import { startCouchGuard } from './standIn/couchGuard';
import { startPouchServer } from './standIn/pouchServer';

/**
 * `npm run city:dev`: a local CouchDB-protocol server for development (pouchdb-server with its data on
 * disk, behind the same guard the tests use), initialised, with three demo stations and their set-up files.
 */
const DEFAULT_PORT = 15984;
const DATA_FOLDER = 'city-dev-data';
const ADMIN_FILE = 'dev-admin.json';
const devAdminSchema = z.object({ username: z.string().min(1), password: z.string().min(16) });

async function devAdmin(dataDir: string): Promise<CouchCredentials> {
  const file = path.join(dataDir, ADMIN_FILE);
  try {
    return devAdminSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    const admin = { username: 'admin', password: randomBytes(18).toString('base64url') };
    await writeFile(file, `${JSON.stringify(admin, null, 2)}\n`, { mode: 0o600 });
    return admin;
  }
}

/** LevelDB needs leveldown's native binary; without it the server keeps its data in memory only. */
function leveldownLoads(): boolean {
  try {
    createRequire(import.meta.url)('leveldown');
    return true;
  } catch {
    return false;
  }
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { port: { type: 'string' }, data: { type: 'string' } },
  strict: true,
});
const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
const dataDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.data ?? DATA_FOLDER);
const stationsDir = path.join(dataDir, 'stations');
await mkdir(stationsDir, { recursive: true });

const admin = await devAdmin(dataDir);
const onDisk = leveldownLoads();
if (!onDisk) {
  console.warn('leveldown 无法加载，开发服务器的数据只保存在内存里，停止后丢失。\nleveldown does not load here: the dev server keeps its data in memory only; it is lost when it stops.');
}
const pouch = await startPouchServer({ dir: dataDir, inMemory: !onDisk, admin });
const guard = await startCouchGuard({ upstreamUrl: pouch.url, admin, port }).catch(async (error: unknown) => {
  await pouch.stop();
  console.error(`端口 ${port} 无法使用（可能已被占用），可用 --port 换一个。\nPort ${port} cannot be used (probably taken); choose another with --port.`);
  throw error;
});
const stop = async () => {
  await guard.stop();
  await pouch.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

const client = new CouchClient(guard.url, admin);
const replication = { replicateUrl: guard.url };
await initCity(client, replication);
for (const station of DEMO_STATIONS) {
  if (await stationAccountExists(client, station.code)) continue;
  await addStation(client, { profile: station, outDir: stationsDir, publicUrl: guard.url, replication });
}

const adminFile = path.join(dataDir, ADMIN_FILE);
console.log(`
城市开发服务器已启动 / City dev server running: ${guard.url}
数据 / Data: ${dataDir}${onDisk ? '' : ' (仅内存 / in memory only)'}
管理员 / Admin: ${admin.username}（密码在 / password in ${adminFile}）

站点设置文件 / Station set-up files (含密码 / they hold passwords):
${DEMO_STATIONS.map((s) => `  ${path.join(stationsDir, setupFileName(s.code))}`).join('\n')}

试试 / Try:
  export CITY_ADMIN_PASSWORD="$(node -p "require('${adminFile}').password")"
  npm run city -- station list --url ${guard.url} --admin ${admin.username}
  npm run city -- report --url ${guard.url} --admin ${admin.username} --year ${new Date().getFullYear()}

按 Ctrl+C 停止 / Ctrl+C stops it.`);
