import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promptHidden, readAdminPassword } from './adminPassword';
import { CouchClient, type CouchCredentials } from './couch/client';
import { CityError, CouchError } from './couch/errors';
import type { Change } from './commands/accounts';
import { initCity, UNTRUSTED_NOTES } from './commands/init';
import { collectHealth } from './commands/health';
import { formatHealth } from './commands/healthFormat';
import { formatPurgeReport, purgePerson } from './commands/purge';
import { refreshSummaries } from './commands/summaries';
import { collectYearReport, formatYearReport, parseYear } from './commands/report';
import { resetStationPassword } from './commands/resetPassword';
import { exportReturnBundle, importBundle } from './commands/bundle';
import { addStation } from './commands/stationAdd';
import { publishFileSchema, publishMessage, publishRequest, type PublishedRequest } from './commands/requestPublish';
import { todayIso } from '../src-renderer/domain/dates';
import { addCityUser } from './commands/userAdd';
import { draftSummary } from '../src-renderer/domain/cityReport/summaryDraft';
import { summaryDocument } from '../src-renderer/domain/cityReport/summaryDocument';
import { rasteriseSvg } from './chartPicture';
import { summaryWorkbook } from '../src-renderer/domain/cityReport/summaryWorkbook';
import type { CitySetupScope } from '../src-renderer/domain/citySetupFile';
import { formatStationList, listStations } from './commands/stationList';
import { SUMMARY_PREFIX } from './design/summaryDoc';
import { ROLLUP_DB } from './layout';
import { messages, say } from './messages';
import { isPlainHttpOverNetwork, requireSafeTransport } from './transport';
import { describePublish, publishUpdate } from './updates/publishUpdate';
import { readRelease } from './updates/releaseDir';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const USAGE = `文明实践站台账 · 市级管理命令 / Station Ledger city administration

  npm run city -- init --url <CouchDB 地址 URL> --admin <管理员 admin> [--adopt-existing]
  npm run city -- station add --url … --admin … --code <代码> --name <站名> --county <区县>
                 --center <实践中心> --institute <实践所> [--city <市>] [--out <文件夹 folder>]
  npm run city -- station list --url … --admin …
  npm run city -- station reset-password --url … --admin … --code <代码> [--out <文件夹 folder>]
                 新密码和新设置文件；旧站点没有U盘同步密钥的，同时发给它 / a new password and set-up file,
                 with the station's bundle key (issued now for stations opened before bundles existed)
  npm run city -- rollup refresh --url … --admin … [--code <代码>] [--force]
  npm run city -- report --url … --admin … --year <年份 year> [--county <区县>] [--json]
  npm run city -- health --url … --admin … [--json]      各站同步情况 / each station's sync health
  npm run city -- summary --url … --admin … --year <年份> --out <文件.docx|.xlsx> [--city <市名> | --county <区县>]
                 年度总结草稿：基本情况段落和各项数据表 / the yearly summary's draft and its tables
  npm run city -- user add --url … --admin … --name <账号名 name> --role city [--city <市>] [--out <文件夹>]
  npm run city -- user add --url … --admin … --name <账号名 name> --role county --county <区县> [--out <文件夹>]
                 市/县只读看板账号和设置文件 / a read-only dashboard account and its set-up file
  npm run city -- purge --url … --admin … --code <代码> (--id-number <身份证号 | -> | --volunteer <记录编号 id>)
  npm run city -- request publish --url … --admin … --station <代码> --resident <群众> --need <需求> --field <领域代码>
                 [--group <村组>] [--phone <电话>] [--wanted <YYYY-MM-DD>] [--received <YYYY-MM-DD>] [--urgent] [--ref <编号>]
  npm run city -- request publish --url … --admin … --file <requests.json>   {"requests": [{"station": …, "residentName": …}]}
                 市级下派群众点单：写入该站自己的数据库，站点显示为待派单；同一编号（或同样内容）只下派一次。
                 电话请放在文件里，不要写在命令行上（命令行会留在历史记录里）。
                 Publishes residents' requests down to a station (its own database, 待派单 there); the same
                 --ref (or the same content) publishes once. Put phones in the file, not on the command line.
  npm run city -- bundle import <站点同步包 file> --url … --admin …
  npm run city -- bundle export --url … --admin … --station <代码> --out <回执包 file> [--since <序号 seq>]
                 U盘同步：导入无网络站点导出的同步包（验证签名，同样的包导入两次不会重复写入）；
                 导出回执包（服务器上的变化和收到确认），带回站点导入 / hand-carried sync for a station
                 with no link: import its signed bundle (twice changes nothing); export the return bundle
  npm run city -- publish-update <dist 文件夹 folder> --url … --admin … [--public-url …]
                 把 electron-builder 打出的新版本（latest.yml、安装程序、blockmap）放到服务器的 app-updates/win，
                 各站电脑据此提示更新 / puts a release from electron-builder's output on app-updates/win,
                 where the stations' PCs find it

管理员密码在提示时输入，或放在环境变量 CITY_ADMIN_PASSWORD 里。
The admin password is typed at the prompt or taken from CITY_ADMIN_PASSWORD; never an argument.

--public-url <URL>     站点连接服务器用的地址（默认同 --url） / the address stations use (default: --url)
--replicate-url <URL>  服务器连自己用的地址，用于汇总复制（默认同 --url） / how CouchDB reaches itself for
                       the roll-up replication, e.g. http://127.0.0.1:5984 (default: --url)
--intranet-http        允许在市里自己管理的内网使用未加密的 http://（设置文件会记下） / allow unencrypted
                       http:// on an intranet the city controls (recorded in set-up files)
--adopt-existing       把旧版本开设的站点账号登记进站点名册 / register station accounts an earlier version made
--station <代码>       同 --code / same as --code`;

const OPTIONS = {
  url: { type: 'string' },
  admin: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  county: { type: 'string' },
  center: { type: 'string' },
  institute: { type: 'string' },
  city: { type: 'string' },
  out: { type: 'string' },
  'public-url': { type: 'string' },
  'replicate-url': { type: 'string' },
  year: { type: 'string' },
  json: { type: 'boolean' },
  station: { type: 'string' },
  'id-number': { type: 'string' },
  role: { type: 'string' },
  volunteer: { type: 'string' },
  force: { type: 'boolean' },
  'intranet-http': { type: 'boolean' },
  'adopt-existing': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  // Declared only to refuse it with an explanation instead of "unknown option".
  password: { type: 'string' },
  resident: { type: 'string' },
  group: { type: 'string' },
  phone: { type: 'string' },
  need: { type: 'string' },
  field: { type: 'string' },
  wanted: { type: 'string' },
  received: { type: 'string' },
  urgent: { type: 'boolean' },
  ref: { type: 'string' },
  file: { type: 'string' },
  since: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function need(values: Values, name: 'url' | 'admin' | 'code' | 'name' | 'county' | 'center' | 'institute' | 'year'): string {
  const value = name === 'code' ? (values.code ?? values.station) : values[name];
  if (value === undefined || value.trim() === '') throw new CityError(messages.usage(`--${name} is required / 缺少 --${name}`), 2);
  return value.trim();
}

function checkedUrl(value: string, values: Values, io: CliIo): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CityError(messages.badUrl(value), 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CityError(messages.badUrl(value), 2);
  if (url.username !== '' || url.password !== '') throw new CityError(messages.credentialsInUrl(), 2);
  const bare = value.replace(/\/+$/, '');
  requireSafeTransport(bare, values['intranet-http'] === true);
  if (isPlainHttpOverNetwork(bare)) io.err(say(messages.intranetHttpWarning(bare)));
  return bare;
}

interface Connection {
  client: CouchClient;
  admin: CouchCredentials;
  url: string;
  publicUrl: string;
  replicateUrl: string;
  intranetHttp: boolean;
}

/** Every URL is checked (https, or loopback, or --intranet-http) before the password is asked for or sent. */
async function connect(values: Values, io: CliIo): Promise<Connection> {
  const url = checkedUrl(need(values, 'url'), values, io);
  const publicUrl = values['public-url'] === undefined ? url : checkedUrl(values['public-url'], values, io);
  const replicateUrl = values['replicate-url'] === undefined ? url : checkedUrl(values['replicate-url'], values, io);
  const username = need(values, 'admin');
  const admin = { username, password: await readAdminPassword(username, io.env) };
  return { client: new CouchClient(url, admin), admin, url, publicUrl, replicateUrl, intranetHttp: values['intranet-http'] === true };
}

async function idNumberOf(values: Values, io: CliIo): Promise<string | undefined> {
  const given = values['id-number'];
  if (given !== '-') return given;
  if (!process.stdin.isTTY || io.env.CI !== undefined) throw new CityError(messages.purgeWho(), 2);
  return promptHidden(messages.idNumberPrompt());
}

/** The requests of `request publish`: from --file, or the one its options describe. */
async function requestsToPublish(values: Values, io: CliIo): Promise<PublishedRequest[]> {
  if (values.file !== undefined) {
    const file = path.resolve(io.cwd, values.file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      throw new CityError({ zh: `读不了 ${file}：需要 {"requests": [...]} 形式的 JSON 文件`, en: `Cannot read ${file}: a JSON file of the form {"requests": [...]} is needed` }, 2);
    }
    const list = publishFileSchema.safeParse(parsed);
    if (!list.success) {
      const where = list.error.issues.map((i) => i.path.join('.')).join(', ');
      throw new CityError({ zh: `${file} 的内容不对：${where}`, en: `${file} is not as expected: ${where}` }, 2);
    }
    return list.data.requests;
  }
  return [
    {
      station: need(values, 'code'),
      residentName: values.resident ?? '',
      need: values.need ?? '',
      field: values.field ?? '',
      urgency: values.urgent === true ? 'urgent' : 'normal',
      ...(values.group === undefined ? {} : { villageGroup: values.group }),
      ...(values.phone === undefined ? {} : { phone: values.phone }),
      ...(values.wanted === undefined ? {} : { wantedDate: values.wanted }),
      ...(values.received === undefined ? {} : { receivedDate: values.received }),
      ...(values.ref === undefined ? {} : { ref: values.ref }),
    },
  ];
}

function printChanges(io: CliIo, changes: readonly Change[]): void {
  const made = changes.filter((c) => c.outcome !== 'unchanged' && c.outcome !== 'ignored');
  for (const change of made) io.out(`  ${change.outcome.padEnd(8)} ${change.what}${change.note === undefined ? '' : `  (${change.note})`}`);
  for (const change of changes) if (change.outcome === 'ignored') io.err(say(messages.untrustedStation(change.what, change.note ?? '')));
  io.out(say(messages.initDone(made.length)));
}

async function runCommand(positionals: string[], values: Values, io: CliIo): Promise<number> {
  const [command, sub] = positionals;
  const outDir = values.out ?? io.cwd;
  if (command === 'init') {
    const c = await connect(values, io);
    printChanges(io, await initCity(c.client, { replicateUrl: c.replicateUrl }, { adoptExisting: values['adopt-existing'] === true }));
    return 0;
  }
  if (command === 'rollup' && sub === 'refresh') {
    const code = values.code ?? values.station;
    const c = await connect(values, io);
    const changes = await refreshSummaries(c.client, { ...(code === undefined ? {} : { codes: [code] }), force: values.force === true });
    const summaries = changes.filter((change) => change.what.startsWith(`${ROLLUP_DB}/${SUMMARY_PREFIX}`) && change.outcome !== 'purged' && change.outcome !== 'deleted');
    printChanges(io, changes.filter((change) => change.outcome !== 'unchanged'));
    io.out(say(messages.summariesRefreshed(summaries.filter((change) => change.outcome !== 'unchanged').length, summaries.length)));
    return 0;
  }
  if (command === 'purge') {
    const code = need(values, 'code');
    const idNumber = await idNumberOf(values, io);
    if ((idNumber === undefined || idNumber.trim() === '') && values.volunteer === undefined) throw new CityError(messages.purgeWho(), 2);
    const c = await connect(values, io);
    const report = await purgePerson(c.client, { code, ...(idNumber === undefined ? {} : { idNumber }), ...(values.volunteer === undefined ? {} : { volunteerId: values.volunteer }) });
    const removed = report.volunteers.length + report.certificates.length + report.conflicts.length + report.rollupCopies.length;
    io.out(removed === 0 ? say(messages.purgeNothing(code)) : formatPurgeReport(report));
    return 0;
  }
  if (command === 'station' && sub === 'add') {
    const profile = {
      code: need(values, 'code'),
      name: need(values, 'name'),
      county: need(values, 'county'),
      center: need(values, 'center'),
      institute: need(values, 'institute'),
      city: values.city?.trim() ?? '',
    };
    const c = await connect(values, io);
    const result = await addStation(c.client, {
      profile,
      outDir,
      publicUrl: c.publicUrl,
      replication: { replicateUrl: c.replicateUrl },
      intranetHttp: c.intranetHttp,
    });
    io.out(say(messages.stationAdded(profile.code, result.names.database, result.names.username)));
    io.out(say(messages.setupFileWritten(result.file)));
    io.err(say(messages.setupFileWarning(result.file)));
    return 0;
  }
  if (command === 'station' && sub === 'list') {
    const c = await connect(values, io);
    const { rows, untrusted } = await listStations(c.client);
    io.out(rows.length === 0 ? say(messages.noStations()) : formatStationList(rows));
    for (const station of untrusted) io.err(say(messages.untrustedStation(station.name, UNTRUSTED_NOTES[station.reason])));
    return 0;
  }
  if (command === 'station' && sub === 'reset-password') {
    const code = need(values, 'code');
    const c = await connect(values, io);
    const result = await resetStationPassword(c.client, { code, outDir, publicUrl: c.publicUrl, intranetHttp: c.intranetHttp });
    io.out(say(messages.passwordReset(code)));
    io.out(say(messages.setupFileWritten(result.file)));
    io.err(say(messages.setupFileWarning(result.file)));
    return 0;
  }
  if (command === 'user' && sub === 'add') {
    const name = need(values, 'name');
    const role = values.role;
    if (role !== 'city' && role !== 'county') throw new CityError(messages.usage('--role city or --role county / 缺少 --role city 或 --role county'), 2);
    const scope: CitySetupScope = role === 'city' ? { role: 'city' } : { role: 'county', county: need(values, 'county') };
    const c = await connect(values, io);
    const result = await addCityUser(c.client, {
      name,
      scope,
      city: values.city ?? '',
      outDir,
      publicUrl: c.publicUrl,
      replication: { replicateUrl: c.replicateUrl },
      intranetHttp: c.intranetHttp,
    });
    io.out(say(messages.userAdded(result.username, result.database)));
    io.out(say(messages.dashboardFileWritten(result.file, result.username, scope.role === 'county' ? scope.county : null)));
    io.err(say(messages.dashboardFileWarning(result.file, result.username)));
    return 0;
  }
  if (command === 'summary') {
    const year = parseYear(need(values, 'year'));
    const out = values.out;
    const kind = out?.toLowerCase().endsWith('.docx') ? 'docx' : out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : null;
    if (out === undefined || kind === null) throw new CityError(messages.summaryOut(), 2);
    const c = await connect(values, io);
    await refreshSummaries(c.client);
    const scope = values.county === undefined ? {} : { county: values.county };
    const [report, lastYear] = [await collectYearReport(c.client, year, scope), await collectYearReport(c.client, year - 1, scope)];
    const draft = draftSummary(report, lastYear, values.county ?? values.city ?? '');
    const file = path.resolve(io.cwd, out);
    try {
      if (kind === 'docx') await writeFile(file, await summaryDocument(draft, rasteriseSvg));
      else await summaryWorkbook(draft, report).xlsx.writeFile(file);
    } catch {
      throw new CityError(messages.summaryNotWritten(file));
    }
    io.out([draft.title, '', '一、基本情况', ...draft.basics].join('\n'));
    io.out(say(messages.summaryWritten(file)));
    return 0;
  }
  if (command === 'request' && sub === 'publish') {
    const requests = await requestsToPublish(values, io);
    const c = await connect(values, io);
    for (const request of requests) io.out(say(publishMessage(await publishRequest(c.client, request, new Date(), todayIso()))));
    return 0;
  }
  if (command === 'publish-update') {
    if (sub === undefined) throw new CityError(messages.usage('publish-update needs the folder / publish-update 缺少文件夹'), 2);
    // The folder is checked before the password is asked for: a wrong folder costs nothing on the server.
    const release = await readRelease(path.resolve(io.cwd, sub));
    const c = await connect(values, io);
    io.out(say(describePublish(await publishUpdate(c.client, c.admin, release, c.publicUrl))));
    return 0;
  }
  if (command === 'bundle' && sub === 'import') {
    const file = positionals[2];
    if (file === undefined) throw new CityError(messages.usage('bundle import needs the file / bundle import 缺少文件'), 2);
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    } catch {
      throw new CityError(messages.bundleRefused('notJson'));
    }
    const c = await connect(values, io);
    const result = await importBundle(c.client, c.admin, text);
    io.out(say(messages.bundleImported(result.stationCode, result.rows, result.written, result.alreadyThere, result.conflicts, result.refused)));
    for (const line of result.refusals) io.err(line);
    return 0;
  }
  if (command === 'bundle' && sub === 'export') {
    const code = need(values, 'code');
    if (values.out === undefined) throw new CityError(messages.usage('--out <file> is required / 缺少 --out'), 2);
    const file = path.resolve(io.cwd, values.out);
    const c = await connect(values, io);
    const { text, body } = await exportReturnBundle(c.client, { code, bundleId: crypto.randomUUID(), ...(values.since === undefined ? {} : { since: values.since }) });
    await writeFile(file, text, { mode: 0o600 });
    io.out(say(messages.bundleExported(file, body.station.changes.length + (body.catalog?.changes.length ?? 0), body.acknowledged.length)));
    return 0;
  }
  if (command === 'health') {
    const c = await connect(values, io);
    const report = await collectHealth(c.client);
    io.out(values.json === true ? JSON.stringify(report, null, 2) : formatHealth(report));
    return 0;
  }
  if (command === 'report') {
    const year = parseYear(need(values, 'year'));
    const c = await connect(values, io);
    await refreshSummaries(c.client);
    const report = await collectYearReport(c.client, year, values.county === undefined ? {} : { county: values.county });
    io.out(values.json === true ? JSON.stringify(report, null, 2) : formatYearReport(report));
    return 0;
  }
  if (command === undefined || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  throw new CityError(messages.usage(`unknown command / 未知命令 "${positionals.join(' ')}"`), 2);
}

/** Runs one CLI command; returns the exit code. Every failure is printed in both languages. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      // Node's message can quote the whole argument (`--pass=…`), so only the option's name is shown.
      const option = error instanceof Error ? /'(-{1,2}[\w-]+)/.exec(error.message)?.[1] : undefined;
      throw new CityError(messages.usage(`unknown or malformed option / 选项有误 ${option ?? ''}`.trim()), 2);
    }
    if (parsed.values.password !== undefined) throw new CityError(messages.passwordAsArgument(), 2);
    if (parsed.values.help === true) {
      io.out(USAGE);
      return 0;
    }
    return await runCommand(parsed.positionals, parsed.values, io);
  } catch (error) {
    if (error instanceof CouchError || error instanceof CityError) {
      io.err(say(error.text));
      return error instanceof CityError ? error.exitCode : 1;
    }
    throw error;
  }
}
