import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openAppIn } from '../bigStation';
import type { BackupBenchWindow, BackupExtrasOptions, RecordPrint, StationPrint } from '../harness/backupApi';
import { launchProfile, newProfileDir, removeProfileDir } from '../profiles';
import { median, round } from '../stats';
import type { BenchEnv, BenchSuite, Measurement } from '../types';

const P15 = { id: 'P15', what: 'backup of the big station, 立即备份 click → file downloaded and 已生成 shown, median of 3', unit: 'ms', target: 10_000 } as const;
const P16 = { id: 'P16', what: 'restore of the big station into an empty profile, 确认恢复 → the station shown, median of 3', unit: 'ms', target: 20_000 } as const;

const ROUNDS = 3;
/** What the generated station lacks and a backup must carry: certificates (revoked, deleted) and conflicts. */
// Few certificates: each issue reads the volunteer's whole service (two scans of the 10,000 activities).
const EXTRAS: BackupExtrasOptions = { certificates: 8, revoked: 2, deleted: 2, conflicts: 40 };
const READY_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 120_000;
/** The app takes the day's automatic snapshot 3 s after it starts; a backup measured meanwhile would share the PC. */
const SNAPSHOT_WAIT_MS = 120_000;
const SNAPSHOT_POLL_MS = 3_000;

type Sample = { ms: number; load: string; detail: string };

/** The machine is shared: each figure is noted with the load average of the minute before it. */
function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join('/');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

function backupHarnessUrl(env: BenchEnv): string {
  return new URL('backup.html', env.harnessUrl).href;
}

async function openBackupHarness(context: BrowserContext, env: BenchEnv): Promise<Page> {
  const page = await context.newPage();
  await page.goto(backupHarnessUrl(env));
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
  await page.evaluate(() => (globalThis as unknown as BackupBenchWindow).stationBackupBench.open());
  return page;
}

/** The record-by-record print of the station in `context`, read by a page of its own that is closed again. */
async function printIn(context: BrowserContext, env: BenchEnv): Promise<StationPrint> {
  const page = await openBackupHarness(context, env);
  try {
    return await page.evaluate(() => (globalThis as unknown as BackupBenchWindow).stationBackupBench.print());
  } finally {
    await page.evaluate(() => (globalThis as unknown as BackupBenchWindow).stationBackupBench.close());
    await page.close();
  }
}

function countsOf(print: StationPrint): string {
  return Object.entries(print.collections)
    .filter(([, records]) => records.length > 0)
    .map(([name, records]) => {
      const deleted = records.filter((r) => r[2]).length;
      return `${name} ${records.length - deleted}${deleted > 0 ? `+${deleted} deleted` : ''}`;
    })
    .join(', ');
}

/** What differs between two prints, collection by collection; empty when they are identical record by record. */
export function differences(before: StationPrint, after: StationPrint): string[] {
  const found: string[] = [];
  const names = new Set([...Object.keys(before.collections), ...Object.keys(after.collections)]);
  for (const name of names) {
    const was = new Map((before.collections[name] ?? []).map((r) => [r[0], r] as const));
    const now = new Map((after.collections[name] ?? []).map((r) => [r[0], r] as const));
    const tally = { missing: 0, extra: 0, revision: 0, deleted: 0, content: 0 };
    let example = '';
    const note = (kind: keyof typeof tally, id: string, what: string) => {
      tally[kind] += 1;
      example ||= `${id}: ${what}`;
    };
    for (const [id, r] of was) {
      const other: RecordPrint | undefined = now.get(id);
      if (!other) note('missing', id, 'missing');
      else if (other[1] !== r[1]) note('revision', id, `rev ${r[1]} → ${other[1]}`);
      else if (other[2] !== r[2]) note('deleted', id, `deleted ${String(r[2])} → ${String(other[2])}`);
      else if (other[3] !== r[3]) note('content', id, 'content differs');
    }
    for (const id of now.keys()) if (!was.has(id)) note('extra', id, 'not in the backed-up station');
    const kinds = Object.entries(tally).filter(([, n]) => n > 0);
    if (kinds.length > 0) found.push(`${name}: ${kinds.map(([k, n]) => `${n} ${k}`).join(', ')} (e.g. ${example})`);
  }
  return found;
}

function summary(samples: readonly Sample[]): string {
  const values = samples.map((s) => s.ms);
  return (
    `${samples.length} rounds: ${samples.map((s) => `${s.ms} ms (load ${s.load}; ${s.detail})`).join(', ')}; ` +
    `median ${round(median(values), 0)} ms, range ${Math.min(...values)}–${Math.max(...values)} ms`
  );
}

/** Waits until the day's automatic snapshot is listed (the backup page reads the list when it opens). */
async function waitForDailySnapshot(page: Page): Promise<string> {
  const rows = page.getByTestId('snapshot-list').locator('tbody tr.ant-table-row');
  const started = Date.now();
  await page.getByTestId('backup-now').waitFor({ timeout: READY_TIMEOUT_MS });
  while (Date.now() - started < SNAPSHOT_WAIT_MS) {
    await page.waitForTimeout(SNAPSHOT_POLL_MS);
    if ((await rows.count()) > 0) return `the day's automatic snapshot listed after ${Math.round((Date.now() - started) / 1000)} s`;
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/';
    });
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/backup';
    });
    await page.getByTestId('backup-now').waitFor({ timeout: READY_TIMEOUT_MS });
  }
  return `no automatic snapshot listed within ${SNAPSHOT_WAIT_MS / 1000} s`;
}

/** One 立即备份 as the keeper clicks it: to the download and the 已生成备份文件 message. */
async function backUpOnce(page: Page, dir: string, round: number): Promise<{ sample: Sample; file: string }> {
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS });
  const before = load();
  const started = Date.now();
  await page.getByTestId('backup-now').click();
  const file = await download;
  await page.getByTestId('backup-create-outcome').filter({ hasText: '已生成备份文件' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  const ms = Date.now() - started;
  const path = join(dir, `round-${round}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  const size = (await stat(path)).size;
  return { sample: { ms, load: before, detail: `${(size / 1024 / 1024).toFixed(1)} MB` }, file: path };
}

/**
 * One restore into an empty profile: a browser of its own on a new profile, the app at its first run, 从备份恢复
 * on that screen, the preview, 确认恢复 and the dialog's confirm; timed from that confirm to the app showing
 * the station. Then the restored station's print is compared with the backed-up one.
 */
async function restoreOnce(env: BenchEnv, file: string, before: StationPrint): Promise<Sample> {
  const dir = await newProfileDir();
  let context: BrowserContext | null = null;
  try {
    context = await launchProfile(dir);
    const app = await openAppIn(context, env, '/');
    const { page } = app;
    await page.getByTestId('page-setup').waitFor({ timeout: READY_TIMEOUT_MS });
    if ((await page.getByTestId('backup-restore').count()) === 0) throw new Error('the first-run screen offers no restore from a backup');
    const chooser = page.waitForEvent('filechooser', { timeout: READY_TIMEOUT_MS });
    await page.getByTestId('restore-pick').click();
    await (await chooser).setFiles(file);
    await page.getByTestId('backup-preview').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.getByTestId('restore-confirm').click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor({ timeout: READY_TIMEOUT_MS });
    const loadBefore = load();
    const started = Date.now();
    await dialog.locator('.ant-btn-primary').click();
    await page.getByTestId('station-name').waitFor({ timeout: STEP_TIMEOUT_MS });
    const ms = Date.now() - started;
    const after = await printIn(context, env);
    const found = differences(before, after);
    if (found.length > 0) throw new Error(`the restored station is not identical to the backed-up one: ${found.join('; ')}`);
    const problems = app.problems.length > 0 ? `; page problems: ${app.problems.slice(0, 2).join(' | ')}` : '';
    return { ms, load: loadBefore, detail: `identical record by record${problems}` };
  } finally {
    await context?.close();
    await removeProfileDir(dir);
  }
}

/**
 * P15: the big station (2,000 volunteers, 10,000 activities over ten years, with certificates, deletions and
 * conflicts added here, which the generator does not make) backed up through 备份与恢复 → 立即备份, three
 * times, each timed from the click to the download and the success message. P16: the last file restored
 * three times, each into an empty profile (a new browser profile, the app at its first run); each restored
 * station must equal the backed-up one record by record (id, revision, deleted, content), or P16 is null.
 */
export const backupSuite: BenchSuite = {
  name: 'backup and restore (app)',
  ids: [P15, P16],
  budgetMs: 900_000,
  async run(env) {
    const station = await env.bigStation();
    const context = (await station.harness()).context();
    await station.closeHarness();
    const bench = await openBackupHarness(context, env);
    const extras = await bench.evaluate((o) => (globalThis as unknown as BackupBenchWindow).stationBackupBench.addExtras(o), EXTRAS);
    const before = await bench.evaluate(() => (globalThis as unknown as BackupBenchWindow).stationBackupBench.print());
    await bench.evaluate(() => (globalThis as unknown as BackupBenchWindow).stationBackupBench.close());
    await bench.close();
    const stationNote =
      `station: ${countsOf(before)}` +
      (extras.seeded ? ` (certificates, deletions and conflicts added by the bench in ${Math.round(extras.ms / 1000)} s)` : ' (extras there already)');
    env.log(stationNote);

    const dir = await mkdtemp(join(tmpdir(), 'station-bench-backup-'));
    try {
      const app = await station.openApp('/backup');
      const backups: Sample[] = [];
      let file = '';
      let p15: Measurement;
      try {
        const waited = await waitForDailySnapshot(app.page);
        for (let i = 1; i <= ROUNDS; i += 1) {
          const got = await backUpOnce(app.page, dir, i);
          backups.push(got.sample);
          file = got.file;
          env.log(`P15 round ${i}: ${got.sample.ms} ms, ${got.sample.detail} (load ${got.sample.load})`);
        }
        const problems = app.problems.length > 0 ? `; page problems: ${app.problems.slice(0, 2).join(' | ')}` : '';
        p15 = { ...P15, value: round(median(backups.map((s) => s.ms)), 0), note: `${summary(backups)}; ${waited}; ${stationNote}${problems}` };
      } catch (error) {
        const kept = backups.length > 0 ? `; rounds before it: ${summary(backups)}` : '';
        p15 = { ...P15, value: null, note: `failed in round ${backups.length + 1}: ${messageOf(error)}${kept}` };
      } finally {
        await app.page.close();
      }
      // The restores run in browsers of their own; the station's is closed so it does not share the PC.
      await station.close();
      if (file === '') return [p15, { ...P16, value: null, note: 'no backup file: P15 failed' }];

      const restores: Sample[] = [];
      let p16: Measurement;
      try {
        for (let i = 1; i <= ROUNDS; i += 1) {
          const sample = await restoreOnce(env, file, before);
          restores.push(sample);
          env.log(`P16 round ${i}: ${sample.ms} ms, ${sample.detail} (load ${sample.load})`);
        }
        p16 = { ...P16, value: round(median(restores.map((s) => s.ms)), 0), note: `${summary(restores)}; restored: ${countsOf(before)}` };
      } catch (error) {
        const kept = restores.length > 0 ? `; rounds before it: ${summary(restores)}` : '';
        p16 = { ...P16, value: null, note: `failed in round ${restores.length + 1}: ${messageOf(error)}${kept}` };
      }
      return [p15, p16];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
