import type { Bilingual } from '../messages';

/** What `publish-update` prints or refuses with, in both languages (the CLI's convention, messages.ts). */
export const updateMessages = {
  noLatestYml: (dir: string): Bilingual => ({
    zh: `文件夹 ${dir} 里没有 latest.yml。请指向 electron-builder 的输出文件夹（npm run dist 之后的 dist）。`,
    en: `There is no latest.yml in ${dir}. Point at electron-builder's output folder (dist after npm run dist).`,
  }),
  badLatestYml: (detail: string): Bilingual => ({
    zh: `latest.yml 的内容不对（${detail}），没有发布任何东西。`,
    en: `latest.yml is not what electron-builder writes (${detail}); nothing was published.`,
  }),
  missingFile: (name: string): Bilingual => ({
    zh: `latest.yml 列出的安装程序 ${name} 不在文件夹里，没有发布任何东西。`,
    en: `The installer latest.yml names, ${name}, is not in the folder; nothing was published.`,
  }),
  shaMismatch: (name: string): Bilingual => ({
    zh: `${name} 的 sha512 与 latest.yml 记载的不符（文件被换过或没有复制完整），没有发布任何东西。`,
    en: `The sha512 of ${name} does not match latest.yml (the file was replaced or not copied whole); nothing was published.`,
  }),
  sizeMismatch: (name: string): Bilingual => ({
    zh: `${name} 的大小与 latest.yml 记载的不符，没有发布任何东西。`,
    en: `The size of ${name} does not match latest.yml; nothing was published.`,
  }),
  notInitialised: (): Bilingual => ({
    zh: '服务器上还没有 app-updates 数据库：请先运行 npm run city -- init。',
    en: 'The server has no app-updates database yet: run npm run city -- init first.',
  }),
  sameVersionDifferentFiles: (version: string): Bilingual => ({
    zh: `版本 ${version} 已经发布过，但文件不同。已更新到 ${version} 的电脑不会再取新文件：请提高版本号重新打包后再发布。`,
    en: `Version ${version} is already published with different files. PCs already on ${version} would never fetch them: raise the version, build again, then publish.`,
  }),
  olderVersion: (version: string, published: string): Bilingual => ({
    zh: `要发布的版本 ${version} 比服务器上已发布的 ${published} 旧；程序不会降级，没有发布任何东西。`,
    en: `Version ${version} is older than the published ${published}; the app never downgrades, so nothing was published.`,
  }),
  unchanged: (version: string, url: string): Bilingual => ({
    zh: `版本 ${version} 已经在 ${url} 发布，内容完全相同，没有任何改动。`,
    en: `Version ${version} is already published at ${url} with the same files; nothing changed.`,
  }),
  published: (version: string, files: string, url: string, previous: string | null): Bilingual => ({
    zh: `已发布版本 ${version}（${files}）到 ${url}${previous === null ? '' : `，取代 ${previous}`}。各站电脑联网后几小时内会提示更新，由站点工作人员选择何时安装。`,
    en: `Published version ${version} (${files}) at ${url}${previous === null ? '' : `, replacing ${previous}`}. Station PCs that are online will offer it within a few hours; the keeper chooses when to install.`,
  }),
} as const;
