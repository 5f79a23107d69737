/**
 * What the city CLI prints. The administrator may read either language, so every message carries both;
 * `say` puts the Chinese first. Passwords never go into any message.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export function say(message: Bilingual): string {
  return `${message.zh}\n${message.en}`;
}

export const messages = {
  unreachable: (url: string, code: string): Bilingual => ({
    zh: `连不上服务器 ${url}（${code}）。请检查地址和端口是否正确、CouchDB 是否在运行、防火墙是否放行。`,
    en: `Cannot reach the server at ${url} (${code}). Check the address and port, that CouchDB is running, and the firewall.`,
  }),
  timeout: (url: string, seconds: number): Bilingual => ({
    zh: `服务器 ${url} 在 ${seconds} 秒内没有回应。请稍后再试，或检查网络。`,
    en: `The server at ${url} did not answer within ${seconds} s. Try again later or check the network.`,
  }),
  unauthorized: (username: string): Bilingual => ({
    zh: `服务器拒绝了登录（401）：管理员账号“${username}”或密码不对。`,
    en: `The server refused the login (401): wrong user name or password for "${username}".`,
  }),
  forbidden: (what: string, reason: string): Bilingual => ({
    zh: `没有权限（403）：${what}。服务器说：${reason}`,
    en: `Forbidden (403): ${what}. The server said: ${reason}`,
  }),
  httpError: (what: string, status: number, error: string, reason: string): Bilingual => ({
    zh: `${what} 失败：服务器返回 ${status} ${error}（${reason}）。`,
    en: `${what} failed: the server answered ${status} ${error} (${reason}).`,
  }),
  badResponse: (what: string): Bilingual => ({
    zh: `${what}：服务器的回答格式不对，它可能不是 CouchDB。`,
    en: `${what}: the server's answer was not what CouchDB sends; is this a CouchDB server?`,
  }),
  notServerAdmin: (username: string): Bilingual => ({
    zh: `账号“${username}”不是 CouchDB 服务器管理员，不能建库和开设站点账号。`,
    en: `"${username}" is not a CouchDB server admin, so it cannot create databases or station accounts.`,
  }),
  noPassword: (): Bilingual => ({
    zh: '没有管理员密码：请在提示时输入，或设置环境变量 CITY_ADMIN_PASSWORD。',
    en: 'No admin password: type it at the prompt or set the environment variable CITY_ADMIN_PASSWORD.',
  }),
  passwordPrompt: (username: string): string => `CouchDB 管理员“${username}”的密码 / password for admin "${username}": `,
  passwordAsArgument: (): Bilingual => ({
    zh: '密码不能写在命令行参数里（会留在命令历史和进程列表中）。请在提示时输入，或用环境变量 CITY_ADMIN_PASSWORD。',
    en: 'Passwords are never command-line arguments (they would stay in the shell history and process list). Type it at the prompt or use CITY_ADMIN_PASSWORD.',
  }),
  credentialsInUrl: (): Bilingual => ({
    zh: '服务器地址里不能带用户名或密码。请用 --admin 给出管理员账号，密码在提示时输入。',
    en: 'The server URL must not carry a user name or password. Give the admin with --admin and the password at the prompt.',
  }),
  badUrl: (url: string): Bilingual => ({
    zh: `“${url}”不是 http:// 或 https:// 开头的地址。`,
    en: `"${url}" is not an http:// or https:// URL.`,
  }),
  httpRefused: (url: string): Bilingual => ({
    zh: `拒绝使用 ${url}：http:// 是明文传输，每个请求都带着密码，网络上的任何人都能看到。请改用 https:// 地址（CouchDB 的 [ssl] 设置或前置反向代理，见 README）。只有本机地址（127.0.0.1、localhost）可以用 http://。如果服务器只在市里自己管理的内网使用、确实无法用 https，可以加上 --intranet-http 明确允许；站点设置文件会记下这一点，程序会提示站点密码未加密。`,
    en: `Refusing ${url}: http:// is unencrypted and every request carries a password anyone on the network can read. Use an https:// address (CouchDB's [ssl] settings or a reverse proxy, see the README). Only this machine (127.0.0.1, localhost) may use http://. On an intranet the city controls, where https is truly impossible, add --intranet-http to allow it explicitly; set-up files record it and the app warns that the station's password travels unencrypted.`,
  }),
  intranetHttpWarning: (url: string): Bilingual => ({
    zh: `注意：${url} 使用未加密的 http://（--intranet-http）。密码以明文在内网传输。`,
    en: `Warning: ${url} uses unencrypted http:// (--intranet-http). Passwords cross the intranet in clear text.`,
  }),
  initMissing: (db: string): Bilingual => ({
    zh: `数据库 ${db} 不存在：请先运行 npm run city -- init。`,
    en: `The database ${db} does not exist: run npm run city -- init first.`,
  }),
  stationExists: (code: string, username: string): Bilingual => ({
    zh: `站点 ${code} 已经开设（账号 ${username}）。如需新的设置文件，请用 station reset-password --code ${code}。`,
    en: `Station ${code} already exists (account ${username}). For a new set-up file use station reset-password --code ${code}.`,
  }),
  bundleNoKey: (code: string): Bilingual => ({
    zh: `站点 ${code} 还没有U盘同步密钥。请运行 station reset-password --code ${code}：它发出带密钥的新设置文件，站点导入后再导出同步包。`,
    en: `Station ${code} has no bundle key yet. Run station reset-password --code ${code}: it issues a new set-up file with the key; the station imports it, then exports its bundle again.`,
  }),
  bundleRefused: (problem: string): Bilingual => {
    const why: Record<string, [string, string]> = {
      notJson: ['文件不是同步包（读不出内容）', 'the file is not a bundle (it cannot be read)'],
      wrongFormat: ['文件不是文明实践站台账的同步包', 'the file is not a Station Ledger bundle'],
      newerVersion: ['同步包来自更新版本的程序，请先升级', 'the bundle comes from a newer version; update first'],
      wrongKind: ['这是市里发回站点的回执包，不是站点的同步包', 'this is a return bundle for a station, not a station bundle'],
      otherStation: ['同步包不属于这个站点的数据库', "the bundle does not belong to this station's database"],
      badSignature: ['签名不符：文件被改动过，或不是这个站点导出的', 'the signature does not match: the file was altered, or another station exported it'],
      invalid: ['同步包内容不完整或含有不属于该站点的记录', "the bundle is incomplete or holds records that are not the station's"],
    };
    const [zh, en] = why[problem] ?? [problem, problem];
    return { zh: `拒绝导入同步包：${zh}。没有写入任何记录。`, en: `Bundle refused: ${en}. Nothing was written.` };
  },
  bundleImportFailed: (detail: string): Bilingual => ({
    zh: `同步包没有导入完（${detail}）。可以直接再导入一次：已写入的记录不会重复。`,
    en: `The bundle was not fully imported (${detail}). Import it again: records already written are not duplicated.`,
  }),
  bundleImported: (code: string, rows: number, written: number, already: number, conflicts: number, refused: number): Bilingual => ({
    zh: `站点 ${code} 的同步包：共 ${rows} 条记录，写入 ${written} 条，服务器已有 ${already} 条，冲突 ${conflicts} 条（由站点电脑处理），被拒绝 ${refused} 条。`,
    en: `Bundle of station ${code}: ${rows} records, ${written} written, ${already} already on the server, ${conflicts} in conflict (settled by the station's PC), ${refused} refused.`,
  }),
  bundleExported: (file: string, changes: number, acknowledged: number): Bilingual => ({
    zh: `回执包已写到 ${file}：服务器变化 ${changes} 条，确认收到 ${acknowledged} 条。请拷到U盘带回站点，在“备份”页导入。`,
    en: `Return bundle written to ${file}: ${changes} changes from the server, ${acknowledged} records acknowledged. Carry it to the station and import it on the Backup page.`,
  }),
  stationMissing: (code: string): Bilingual => ({
    zh: `没有站点 ${code}。可用 station list 查看已开设的站点。`,
    en: `There is no station ${code}. station list shows the stations that exist.`,
  }),
  badStationCode: (code: string): Bilingual => ({
    zh: `站点代码“${code}”不合规：只能用字母、数字、- 和 _，最长 40 个字符。`,
    en: `Station code "${code}" is not allowed: letters, digits, - and _ only, at most 40 characters.`,
  }),
  badStationField: (field: string): Bilingual => ({
    zh: `站点信息 ${field} 为空或太长。`,
    en: `Station detail ${field} is empty or too long.`,
  }),
  outNotWritable: (folder: string): Bilingual => ({
    zh: `不能写入文件夹 ${folder}。请换一个 --out 文件夹。`,
    en: `Cannot write to the folder ${folder}. Choose another --out folder.`,
  }),
  setupFileWarning: (file: string): Bilingual => ({
    zh: `注意：${file} 里有该站点账号的密码。请当面交付或加密传送，不要发到微信群或邮件正文里；交付后删除本机副本。`,
    en: `Warning: ${file} holds the station account's password. Hand it over in person or encrypted, never in a chat group or plain e-mail; delete your copy afterwards.`,
  }),
  setupFileWritten: (file: string): Bilingual => ({
    zh: `已写出站点设置文件：${file}`,
    en: `Station set-up file written: ${file}`,
  }),
  setupFileNotWritten: (code: string): Bilingual => ({
    zh: `站点账号已开设，但设置文件没有写成。请运行 station reset-password --code ${code} 重新生成。`,
    en: `The station account exists but its set-up file could not be written. Run station reset-password --code ${code} to issue a new one.`,
  }),
  initDone: (changes: number): Bilingual =>
    changes === 0
      ? { zh: '一切已就绪，没有需要改动的地方。', en: 'Everything is already in place; nothing changed.' }
      : { zh: `完成，共 ${changes} 处改动。`, en: `Done: ${changes} change(s).` },
  stationAdded: (code: string, database: string, username: string): Bilingual => ({
    zh: `站点 ${code} 已开设：数据库 ${database}，账号 ${username}。`,
    en: `Station ${code} is set up: database ${database}, account ${username}.`,
  }),
  passwordReset: (code: string): Bilingual => ({
    zh: `站点 ${code} 的密码已更换，旧密码和旧设置文件从现在起无效。`,
    en: `Station ${code} has a new password; the old password and the old set-up file no longer work.`,
  }),
  noStations: (): Bilingual => ({ zh: '还没有开设任何站点。', en: 'No stations yet.' }),
  untrustedStation: (name: string, note: string): Bilingual => ({
    zh: `注意：${name} 看起来像站点账号，但不算站点，没有开通也不计入汇总（${note}）。`,
    en: `Note: ${name} looks like a station account but is not treated as one: not provisioned, not reported (${note}).`,
  }),
  purgeUnsupported: (): Bilingual => ({
    zh: '这台服务器不支持彻底删除（_purge）：开发用的替身服务器（pouchdb-server）做不到。请在 Apache CouchDB 上执行。',
    en: 'This server cannot purge (_purge): the development stand-in (pouchdb-server) has none. Run it against Apache CouchDB.',
  }),
  purgeStillRegistered: (code: string, ids: readonly string[]): Bilingual => ({
    zh: `没有删除任何内容：该志愿者在站点 ${code} 仍是在册记录（${ids.join('、')}）。请站点先在程序里删除该志愿者并同步，再执行本命令；否则站点电脑下次同步会把记录重新传上来。`,
    en: `Nothing was removed: the volunteer is still a live record at station ${code} (${ids.join(', ')}). Have the station delete the volunteer in the app and sync first; otherwise its PCs would send the record back at their next sync.`,
  }),
  purgeIncomplete: (ids: readonly string[]): Bilingual => ({
    zh: `彻底删除没有完成：${ids.join('、')} 仍在数据库里（可能在删除的同时又被写入）。请再运行一次。`,
    en: `The purge did not complete: ${ids.join(', ')} are still in the database (written again meanwhile?). Run it again.`,
  }),
  purgeNothing: (code: string): Bilingual => ({
    zh: `站点 ${code} 的数据库里没有此人的记录（志愿者、证明或冲突副本），没有删除任何内容。`,
    en: `Station ${code}'s database holds no record of this person (volunteer, certificate or conflict copy); nothing was removed.`,
  }),
  purgeWho: (): Bilingual => ({
    zh: '请用 --id-number 给出身份证号（写 - 则在提示时输入，不留在命令历史里），或用 --volunteer 给出志愿者记录编号。',
    en: 'Give the ID number with --id-number (or - to type it at a prompt, kept out of the shell history), or the volunteer record id with --volunteer.',
  }),
  idNumberPrompt: (): string => '身份证号 / ID number: ',
  summariesRefreshed: (changed: number, total: number): Bilingual => ({
    zh: `站点汇总已更新：${total} 个站点中 ${changed} 个有变化。`,
    en: `Station summaries refreshed: ${changed} of ${total} changed.`,
  }),
  badYear: (value: string): Bilingual => ({
    zh: `年份“${value}”不对，请写四位数字，如 2024。`,
    en: `"${value}" is not a year; write four digits such as 2024.`,
  }),
  badUserName: (name: string): Bilingual => ({
    zh: `账号名“${name}”不对：只能用小写英文字母、数字、- 和 _，不超过 40 个字符，如 jinan 或 lixia-wang。`,
    en: `"${name}" is not a usable account name: lower-case letters, digits, - and _, at most 40 characters, e.g. jinan or lixia-wang.`,
  }),
  userExists: (username: string): Bilingual => ({
    zh: `账号 ${username} 已经存在，没有改动。请换一个 --name。`,
    en: `The account ${username} already exists and was left alone. Choose another --name.`,
  }),
  countyWithoutStations: (county: string): Bilingual => ({
    zh: `区县“${county}”下没有登记在册的站点：请检查名称是否与开设站点时填写的 --county 完全一致。`,
    en: `No registered station is in the county "${county}": check that it is written exactly as the --county given when the stations were added.`,
  }),
  countyUnsupported: (): Bilingual => ({
    zh: '这台服务器不能建区县汇总：开发用的替身服务器（pouchdb-server）的复制不支持 Mango 选择器。请在 Apache CouchDB 上执行。',
    en: "This server cannot make a county roll-up: the development stand-in's (pouchdb-server) replicator takes no Mango selector. Run it against Apache CouchDB.",
  }),
  userAdded: (username: string, database: string): Bilingual => ({
    zh: `已开设只读账号 ${username}，可查看汇总库 ${database}。`,
    en: `Read-only account ${username} created; it reads the roll-up ${database}.`,
  }),
  /** For a dashboard account: what the file opens (the whole city's figures or one county's), not a station. */
  dashboardFileWritten: (file: string, username: string, county: string | null): Bilingual =>
    county === null
      ? { zh: `已写出市级管理员设置文件（看板账号 ${username}，看全市数据）：${file}`, en: `City dashboard set-up file written (account ${username}, the whole city): ${file}` }
      : { zh: `已写出县级管理员设置文件（看板账号 ${username}，看${county}数据）：${file}`, en: `County dashboard set-up file written (account ${username}, ${county}): ${file}` },
  dashboardFileWarning: (file: string, username: string): Bilingual => ({
    zh: `注意：${file} 里有看板账号 ${username} 的密码。请当面交付或加密传送，不要发到微信群或邮件正文里；交付后删除本机副本。`,
    en: `Warning: ${file} holds the password of the dashboard account ${username}. Hand it over in person or encrypted, never in a chat group or plain e-mail; delete your copy afterwards.`,
  }),
  userFileNotWritten: (username: string): Bilingual => ({
    zh: `账号 ${username} 已开设，但设置文件没有写成。请用服务器管理界面删除该账号后重新运行。`,
    en: `The account ${username} exists but its set-up file could not be written. Delete the account on the server and run the command again.`,
  }),
  countyRollupMissing: (county: string): Bilingual => ({
    zh: `区县“${county}”还没有自己的汇总库：先为它开设一个区县账号（user add --role county --county ${county}），汇总库随之建立。`,
    en: `The county "${county}" has no roll-up of its own yet: add a county user for it (user add --role county --county ${county}), which creates it.`,
  }),
  summaryWritten: (file: string): Bilingual => ({
    zh: `已写出年度总结草稿（基本情况和各项数据表）：${file}`,
    en: `Yearly summary draft (basics and the tables behind them) written: ${file}`,
  }),
  summaryOut: (): Bilingual => ({
    zh: '请用 --out 给出要写的文件：Word 文档 .docx（总结草稿）或 Excel 表 .xlsx（草稿和数据表），如 --out 2024年度总结草稿.docx。',
    en: 'Give the file to write with --out: a Word .docx (the draft) or an Excel .xlsx (the draft and its tables), e.g. --out summary-2024.docx.',
  }),
  summaryNotWritten: (file: string): Bilingual => ({
    zh: `写不了文件 ${file}：请检查文件夹是否存在、是否可写，文件是否正被 Word 或 Excel 打开。`,
    en: `Cannot write ${file}: check that the folder exists and is writable and that the file is not open in Word or Excel.`,
  }),
  healthUnsupported: (): Bilingual => ({
    zh: '这台服务器列不出各电脑的同步报告（_local_docs）：开发用的替身服务器（pouchdb-server）做不到。请在 Apache CouchDB 上执行。',
    en: "This server cannot list the PCs' sync reports (_local_docs): the development stand-in (pouchdb-server) has none. Run it against Apache CouchDB.",
  }),
  usage: (detail: string): Bilingual => ({
    zh: `命令用法不对：${detail}。用 npm run city -- help 查看用法。`,
    en: `Wrong usage: ${detail}. See npm run city -- help.`,
  }),
} as const;
