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
  initMissing: (db: string): Bilingual => ({
    zh: `数据库 ${db} 不存在：请先运行 npm run city -- init。`,
    en: `The database ${db} does not exist: run npm run city -- init first.`,
  }),
  stationExists: (code: string, username: string): Bilingual => ({
    zh: `站点 ${code} 已经开设（账号 ${username}）。如需新的设置文件，请用 station reset-password --code ${code}。`,
    en: `Station ${code} already exists (account ${username}). For a new set-up file use station reset-password --code ${code}.`,
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
  badYear: (value: string): Bilingual => ({
    zh: `年份“${value}”不对，请写四位数字，如 2024。`,
    en: `"${value}" is not a year; write four digits such as 2024.`,
  }),
  usage: (detail: string): Bilingual => ({
    zh: `命令用法不对：${detail}。用 npm run city -- help 查看用法。`,
    en: `Wrong usage: ${detail}. See npm run city -- help.`,
  }),
} as const;
