import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { collectProblems, newAppContext } from '../../e2e/support/browser';
import { round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

const P8 = { id: 'P8', what: 'import 2,000 volunteers from .xlsx, file picked → written', unit: 'ms', target: 10_000 } as const;
const P9 = { id: 'P9', what: 'export 10,000 activities to .xlsx, click → file', unit: 'ms', target: 5_000 } as const;

const IMPORT_VOLUNTEERS = 2_000;

/** The app's own phase measures (performance.measure 'records-import:*' / 'records-export:*'), for the notes. */
async function phases(page: Page, prefix: string): Promise<string> {
  const entries = await page.evaluate(
    (p) =>
      (globalThis as unknown as { performance: { getEntriesByType(type: string): Array<{ name: string; duration: number }> } }).performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith(p))
        .map((e) => [e.name.slice(p.length), Math.round(e.duration)] as const),
    prefix,
  );
  return entries.map(([name, ms]) => `${name} ${ms}`).join(', ');
}
const STEP_TIMEOUT_MS = 60_000;
const HEADERS = ['姓名', '性别', '身份证号', '手机号', '政治面貌', '所属队伍', '技能特长', '注册时间', '备注'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident ID number with a correct check character; born 1975, so it cannot clash with a generated station. */
function idNumber(i: number): string {
  const day = 1 + (Math.floor(i / 1000) % 28);
  const first17 = `370102197503${String(day).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, d, k) => acc + Number(d) * (WEIGHTS[k] ?? 0), 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

/** The kind of roster a station brings: a title row over the headers, IDs as text, dates as dates. */
async function volunteerWorkbook(count: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('志愿者名册');
  ws.addRow(['某某社区志愿者花名册']);
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.addRow(HEADERS);
  ws.getColumn(3).numFmt = '@';
  for (let i = 0; i < count; i += 1) {
    const id = idNumber(i);
    ws.addRow([
      `${SURNAMES[i % SURNAMES.length] ?? '王'}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? '伟'}${i}`,
      Number(id.charAt(16)) % 2 === 1 ? '男' : '女',
      id,
      `139${String(10_000_000 + i)}`,
      i % 3 === 0 ? '中共党员' : '群众',
      '',
      i % 2 === 0 ? '义诊、理发' : '',
      new Date(Date.UTC(2020 + (i % 5), i % 12, 1 + (i % 28))),
      '',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** First run of a fresh profile: the station set-up screen, filled as a keeper would. */
async function setUpStation(page: Page, webUrl: (route: string) => string): Promise<void> {
  await page.goto(webUrl('/'));
  const fields: Record<string, string> = {
    name: '基准测试社区新时代文明实践站',
    code: 'BENCH-001',
    county: '历下区',
    center: '历下区新时代文明实践中心',
    institute: '姚家街道新时代文明实践所',
    contactName: '李站长',
    contactPhone: '13805310001',
    address: '社区服务中心一楼',
  };
  await page.locator('#station_name').waitFor({ timeout: STEP_TIMEOUT_MS });
  for (const [field, value] of Object.entries(fields)) await page.fill(`#station_${field}`, value);
  await page.getByTestId('save-button').click();
  await page.getByTestId('station-name').waitFor({ timeout: STEP_TIMEOUT_MS });
}

async function measureImport(context: BrowserContext, webUrl: (route: string) => string, file: string): Promise<Measurement> {
  const page = await context.newPage();
  const problems = collectProblems(page);
  await setUpStation(page, webUrl);
  await page.goto(webUrl('/records'));
  await page.getByTestId('import-choose-file').waitFor({ timeout: STEP_TIMEOUT_MS });
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose-file').click();
  const started = Date.now();
  await (await chooser).setFiles(file);
  await page.getByTestId('preview-headline').waitFor({ timeout: STEP_TIMEOUT_MS });
  const checked = Date.now();
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-summary').waitFor({ timeout: STEP_TIMEOUT_MS });
  const done = Date.now();
  const summary = (await page.getByTestId('import-summary').locator('.ant-result-title').textContent()) ?? '';
  const notes = [
    `read + checked ${checked - started} ms (${await phases(page, 'records-import:')}), written ${done - checked} ms`,
    `summary: ${summary.slice(0, 40)}`,
  ];
  if (problems.length > 0) notes.push(`page problems: ${problems.slice(0, 3).join(' | ')}`);
  return { ...P8, value: round(done - started, 0), note: notes.join('; ') };
}

async function measureExport(page: Page, problems: string[]): Promise<Measurement> {
  await page.getByTestId('tab-export').click();
  await page.getByTestId('export-kind').getByText('志愿服务活动', { exact: true }).click();
  await page.getByTestId('export-all-dates').click();
  const count = (await page.getByTestId('export-count').textContent({ timeout: STEP_TIMEOUT_MS })) ?? '';
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS });
  const started = Date.now();
  await page.getByTestId('export-run').click();
  const file = await download;
  const done = Date.now();
  const notes = [`${count}; ${await phases(page, 'records-export:')} ms; file ${file.suggestedFilename()}`];
  if (problems.length > 0) notes.push(`page problems: ${problems.slice(0, 3).join(' | ')}`);
  return { ...P9, value: round(done - started, 0), note: notes.join('; ') };
}

/**
 * P8: a fresh profile sets up its station and imports a 2,000-volunteer roster through the 导入 tab (read in
 * a worker, dry run, chunked write), timed from the file being picked to the summary. P9: on the big station,
 * the 导出 tab exports all 10,000 activities with their participants to .xlsx, timed from the click to the
 * download.
 */
export const recordsSuite: BenchSuite = {
  name: 'records import / export (app)',
  ids: [P8, P9],
  budgetMs: 180_000,
  async run(env) {
    const results: Measurement[] = [];
    const dir = await mkdtemp(join(tmpdir(), 'station-ledger-bench-'));
    const context = await newAppContext(env.browser);
    try {
      const file = join(dir, '志愿者名册.xlsx');
      await writeFile(file, await volunteerWorkbook(IMPORT_VOLUNTEERS));
      results.push(await measureImport(context, (route) => env.webUrl(route), file));
    } catch (error) {
      results.push({ ...P8, value: null, note: `failed: ${error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error)}` });
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }

    const station = await env.bigStation();
    await station.closeHarness();
    const app = await station.openApp('/records');
    try {
      results.push(await measureExport(app.page, app.problems));
    } catch (error) {
      results.push({ ...P9, value: null, note: `failed: ${error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error)}` });
    } finally {
      await app.page.close();
    }
    return results;
  },
};
