import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { bigCsv, hostileCellTexts, manyCellsXlsx, manyRowsCsv, manyRowsXlsx, zipBombXlsx } from '../../support/hostileFiles';
import { SetupPage } from '../../e2e/pages/SetupPage';
import { collectProblems, newAppContext } from '../../e2e/support/browser';
import { round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

const TIME = { id: 'P13', what: 'worst hostile file (zip bomb, million rows, 40 MB CSV…): picked → refused', unit: 'ms', target: 2_000 } as const;
const MEMORY = { id: 'P13m', what: 'worst hostile file: peak renderer JS heap (page + worker)', unit: 'MB', target: 300 } as const;

const MB = 1024 * 1024;
const STEP_TIMEOUT_MS = 60_000;
/** How often the heaps are read while a file is refused. */
const SAMPLE_EVERY_MS = 25;

interface HostileCase {
  name: string;
  what: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  /** Refused with a file message (most), or read and checked with every row refused. */
  ends: 'refused' | 'checked';
  /** What 导入什么 is set to (its label); 志愿者 otherwise. */
  kind?: string;
}

/** A workbook of Excel's longest cells built to make a backtracking reader try every split. */
async function hostileCellsXlsx(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('活动');
  const header = ['活动名称', '活动日期', '开始时间', '结束时间', '活动地点', '服务领域', '参与志愿者及服务时长', '服务人数'];
  ws.addRow(header);
  const hostile = hostileCellTexts();
  for (let r = 0; r < hostile.length; r += 1) ws.addRow(header.map((_, c) => hostile[(r + c) % hostile.length] ?? ''));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CASES: readonly HostileCase[] = [
  { name: '炸弹.xlsx', what: 'zip bomb, 20 overlapping parts of 200 MB', bytes: () => zipBombXlsx({ megabytes: 200, overlapping: 20 }), ends: 'refused' },
  { name: '说谎的炸弹.xlsx', what: 'zip bomb declaring 110 MB, unpacking 200 MB', bytes: () => zipBombXlsx({ megabytes: 200, declaredBytes: 110 * MB }), ends: 'refused' },
  { name: '百万行.xlsx', what: 'sheet of 1,000,000 rows', bytes: () => manyRowsXlsx(1_000_000), ends: 'refused' },
  { name: '百万格.xlsx', what: 'workbook of 1,200,000 cells', bytes: () => manyCellsXlsx(40_000, 30), ends: 'refused' },
  { name: '四十兆.csv', what: '40 MB CSV', bytes: () => bigCsv(40 * MB), ends: 'refused' },
  { name: '百万行.csv', what: 'CSV of 1,000,000 lines', bytes: () => manyRowsCsv(1_000_000), ends: 'refused' },
  { name: '长单元格.xlsx', what: 'activities of 32,767-character hostile cells (checked, all refused)', bytes: hostileCellsXlsx, ends: 'checked', kind: '志愿服务活动' },
];

/**
 * The JS heap of the app's page and of its workers (the spreadsheet worker reads files), sampled while a
 * file is refused. Workers are reached through the browser's CDP session (Target.sendMessageToTarget),
 * as Playwright gives no CDP session of their own. ArrayBuffer contents (the file's bytes) live outside
 * the JS heap and are not counted.
 */
class HeapSampler {
  private nextId = 1;
  private readonly waiting = new Map<number, (used: number) => void>();
  private workers: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  peak = 0;

  constructor(
    private readonly browserCdp: CDPSession,
    private readonly pageCdp: CDPSession,
  ) {
    browserCdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
      if (message.id === undefined) return;
      this.waiting.get(message.id)?.(message.result?.usedSize ?? 0);
      this.waiting.delete(message.id);
    });
  }

  /** Attaches to the page's workers (once each). */
  async attachWorkers(): Promise<number> {
    const { targetInfos } = await this.browserCdp.send('Target.getTargets');
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      const { sessionId } = await this.browserCdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      this.workers.push(sessionId);
    }
    return this.workers.length;
  }

  private workerHeap(sessionId: string): Promise<number> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      void this.browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => resolve(0));
      // A worker that has gone answers nothing.
      setTimeout(() => this.waiting.has(id) && (this.waiting.delete(id), resolve(0)), 1_000);
    });
  }

  async sample(): Promise<void> {
    try {
      const page = await this.pageCdp.send('Runtime.getHeapUsage');
      const workers = await Promise.all(this.workers.map((s) => this.workerHeap(s)));
      this.peak = Math.max(this.peak, page.usedSize + workers.reduce((sum, w) => sum + w, 0));
    } catch {
      // The page went away (the suite failed or timed out): the figure is reported as not measured.
    }
  }

  start(): void {
    this.peak = 0;
    this.timer = setInterval(() => {
      if (this.busy) return;
      this.busy = true;
      void this.sample().finally(() => (this.busy = false));
    }, SAMPLE_EVERY_MS);
  }

  async stop(): Promise<number> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.sample();
    return this.peak;
  }
}

async function setUpStation(page: Page, webUrl: (route: string) => string): Promise<void> {
  await page.goto(webUrl('/'));
  const setup = await new SetupPage(page).waitUntilShown();
  await setup.setUp({
    name: '基准测试村新时代文明实践站',
    code: 'BENCH-013',
    county: '历城区',
    center: '历城区新时代文明实践中心',
    institute: '柳埠街道新时代文明实践所',
    contactName: '王站长',
    contactPhone: '13805310013',
    address: '村委会一楼',
  });
  await page.getByTestId('station-name').waitFor({ timeout: STEP_TIMEOUT_MS });
}

interface CaseResult {
  what: string;
  ms: number;
  peakMb: number;
  shown: string;
}

/** Picks the file on 导入 and waits for what the keeper is shown: the refusal (or the checked preview). */
async function pickAndWait(page: Page, sampler: HeapSampler, path: string, hostile: HostileCase): Promise<CaseResult> {
  await page.getByTestId('import-kind').getByText(hostile.kind ?? '志愿者', { exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose-file').click();
  const picker = await chooser;
  sampler.start();
  const started = Date.now();
  const outcome = hostile.ends === 'refused' ? page.getByTestId('import-file-error').filter({ hasText: hostile.name }) : page.getByTestId('preview-headline');
  let ms: number;
  let peak: number;
  try {
    await picker.setFiles(path);
    await outcome.waitFor({ timeout: STEP_TIMEOUT_MS });
  } finally {
    ms = Date.now() - started;
    peak = await sampler.stop();
  }
  const shown = ((await outcome.textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 60);
  if (hostile.ends === 'checked') await page.getByTestId('import-cancel').click();
  return { what: hostile.what, ms, peakMb: round(peak / MB), shown };
}

async function measure(browser: Browser, webUrl: (route: string) => string, dir: string, log: (m: string) => void): Promise<Measurement[]> {
  const context = await newAppContext(browser);
  try {
    const page = await context.newPage();
    const problems = collectProblems(page);
    await setUpStation(page, webUrl);
    await page.goto(webUrl('/records'));
    await page.getByTestId('import-choose-file').waitFor({ timeout: STEP_TIMEOUT_MS });
    const browserCdp = await browser.newBrowserCDPSession();
    const pageCdp = await context.newCDPSession(page);
    const sampler = new HeapSampler(browserCdp, pageCdp);
    // The screen starts its spreadsheet worker as it opens; wait until it is there to be sampled.
    let workers = 0;
    for (let attempt = 0; attempt < 40 && workers === 0; attempt += 1) {
      workers = await sampler.attachWorkers();
      if (workers === 0) await page.waitForTimeout(100);
    }
    const results: CaseResult[] = [];
    for (const hostile of CASES) {
      const path = join(dir, hostile.name);
      await writeFile(path, await hostile.bytes());
      const result = await pickAndWait(page, sampler, path, hostile);
      log(`P13 ${hostile.what}: ${result.ms} ms, heap ${result.peakMb} MB — ${result.shown}`);
      results.push(result);
      await rm(path, { force: true });
    }
    await browserCdp.detach();
    const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
    const biggest = results.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
    const all = results.map((r) => `${r.what} ${r.ms} ms / ${r.peakMb} MB`).join('; ');
    const extra = [workers === 0 ? 'no worker found to sample: page heap only' : '', problems.length > 0 ? `page problems: ${problems.slice(0, 3).join(' | ')}` : '']
      .filter((n) => n !== '')
      .join('; ');
    return [
      { ...TIME, value: slowest.ms, note: [`worst: ${slowest.what}`, all, extra].filter((n) => n !== '').join('; ') },
      { ...MEMORY, value: biggest.peakMb, note: [`worst: ${biggest.what}; page + ${workers} worker heap(s), sampled every ${SAMPLE_EVERY_MS} ms`, extra].filter((n) => n !== '').join('; ') },
    ];
  } finally {
    await context.close();
  }
}

/**
 * P13: a fresh station's 导入 tab is handed the worst files a keeper could be sent — zip bombs honest and
 * lying, a million-row sheet, a million-cell workbook, a 40 MB CSV, a million-line CSV, and a sheet of
 * full-length hostile cells — one after another in one page. For each, the time from the file being
 * picked to the refusal (or, for the hostile cells, the checked preview) on screen, and the peak JS heap
 * of the page and its spreadsheet worker meanwhile; the worst of each is reported.
 */
export const hostileImportSuite: BenchSuite = {
  name: 'hostile import files (app)',
  ids: [TIME, MEMORY],
  budgetMs: 150_000,
  async run(env) {
    const dir = await mkdtemp(join(tmpdir(), 'station-ledger-bench-hostile-'));
    try {
      return await measure(env.browser, (route) => env.webUrl(route), dir, (m) => env.log(m));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
