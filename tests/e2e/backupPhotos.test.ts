import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { AppShell } from './pages/AppShell';
import { chooseFiles } from './pages/fileChooser';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { appUrl, useAppSession } from './support/appSession';
import { collectProblems, newAppContext, saveScreenshot } from './support/browser';
import { browserToday } from './support/pageText';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * A station that never synced backs up with an activity's sign-in sheet scan and restores on a new PC: the
 * backup page says photos are in the file, the preview counts them, and the new PC opens the full scan with
 * no server at all. The same file again adds no second copy.
 */

const STATION: StationProfileInput = {
  name: '桃园村新时代文明实践站',
  code: 'TYC-BAK-02',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '南关街道新时代文明实践所',
  contactName: '周站长',
  contactPhone: '13600004444',
  address: '南关街道桃园村村委会',
};
const ACTIVITY = { title: '桃园村义务植树', place: '桃园村村口' };
const SCAN = { name: '签到表.png', width: 400, height: 300 };

/** What this test uses of the page's canvas (it compiles without the DOM library). */
interface CanvasScope {
  OffscreenCanvas: new (
    width: number,
    height: number,
  ) => {
    getContext(kind: '2d'): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void } | null;
    convertToBlob(options: { type: string }): Promise<{ arrayBuffer(): Promise<ArrayBuffer> }>;
  };
}

/** A scan drawn and encoded in the page as a scanner would make it. */
async function drawScan(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async ({ width, height }) => {
    const canvas = new (globalThis as unknown as CanvasScope).OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#2e86c1';
    context.fillRect(0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return [...new Uint8Array(await blob.arrayBuffer())];
  }, SCAN);
  return Buffer.from(bytes);
}

async function openBackup(page: Page): Promise<void> {
  await page.getByRole('menuitem').filter({ hasText: /^备份与恢复$/ }).click();
  await page.getByTestId('backup-page').waitFor({ timeout: WAIT_MS });
}

/** Picks the file, waits for its preview and returns what it says of the photos, then 确认恢复 twice. */
async function restoreFile(page: Page, path: string): Promise<{ photos: string; asked: string; outcome: string }> {
  await openBackup(page);
  await chooseFiles(page.getByTestId('restore-pick'), path);
  await expect.poll(() => textOf(page.getByTestId('backup-preview')), poll).toContain(STATION.code);
  const photos = await textOf(page.getByTestId('backup-preview-photos'));
  await page.getByTestId('restore-confirm').click();
  const dialog = page.locator('.ant-modal-confirm');
  const asked = await textOf(dialog.locator('.ant-modal-confirm-content'));
  await dialog.locator('.ant-btn-primary').click();
  await dialog.waitFor({ state: 'detached', timeout: WAIT_MS });
  await expect.poll(() => textOf(page.getByTestId('restore-outcome')), poll).toContain('恢复完成');
  return { photos, asked, outcome: await textOf(page.getByTestId('restore-outcome')) };
}

async function openActivity(page: Page): Promise<void> {
  await new AppShell(page).navigate('activities');
  const list = await new ActivitiesPage(page).waitUntilShown();
  await expect.poll(() => list.row(ACTIVITY.title).count(), poll).toBe(1);
  await list.open(ACTIVITY.title);
  await new ActivityFormPage(page).waitUntilShown();
}

describe('evidence photos in a backup, restored on a new PC that never synced', () => {
  const app = useAppSession();
  let scratch = '';
  let backupPath = '';
  let second: { context: BrowserContext; page: Page; problems: string[] } | undefined;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'backup-photos-e2e-'));
  });
  afterAll(async () => {
    await second?.context.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test('1. the keeper adds a sign-in sheet scan to an activity and backs up: the page says photos are included', async () => {
    const { page } = app();
    page.setDefaultTimeout(WAIT_MS);
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
    await new AppShell(page).navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.newActivity();
    const form = await new ActivityFormPage(page).waitUntilShown();
    await form.fill({ title: ACTIVITY.title, date: await browserToday(page), startTime: '09:00', endTime: '11:00', place: ACTIVITY.place, field: '卫生健康', servedCount: 8 });
    await form.save();
    await list.waitUntilShown();
    await list.open(ACTIVITY.title);
    await new ActivityFormPage(page).waitUntilShown();
    await chooseFiles(page.getByTestId('photo-add'), [{ name: SCAN.name, mimeType: 'image/png', buffer: await drawScan(page) }]);
    await expect.poll(() => page.getByTestId('photo-strip').getByTestId('photo-tile').count(), poll).toBe(1);

    await openBackup(page);
    expect(await textOf(page.getByTestId('backup-create'))).toContain('活动照片和签到表扫描件');
    expect(await textOf(page.getByTestId('backup-snapshots'))).toContain('自动备份只包含还没传到服务器的照片');
    const download = page.waitForEvent('download', { timeout: WAIT_MS });
    await page.getByTestId('backup-now').click();
    const file = await download;
    backupPath = join(scratch, file.suggestedFilename());
    await file.saveAs(backupPath);
    await expect.poll(() => textOf(page.getByTestId('backup-create-outcome')), poll).toContain('1 张照片');
    expect(app().problems).toEqual([]);
  });

  test('2. a new PC restores the file: the preview counts the photo, and the activity shows the full scan with no server', async () => {
    const context = await newAppContext(app().browser);
    const page = await context.newPage();
    second = { context, page, problems: collectProblems(page) };
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(appUrl('/'));
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);

    const { photos, asked, outcome } = await restoreFile(page, backupPath);
    expect(photos).toMatch(/^1 张，\d+ KB$/);
    expect(asked).toContain('1 张照片');
    expect(outcome).toContain('照片：新增 1 张');

    await openActivity(page);
    const strip = page.getByTestId('photo-strip');
    await expect.poll(() => strip.getByTestId('photo-tile').count(), poll).toBe(1);
    // Never sent anywhere: the new PC will send it when it connects.
    expect((await strip.getByTestId('photo-status').allInnerTexts()).map((t) => t.trim())).toEqual(['待上传']);
    await strip.getByTestId('photo-open').click();
    await expect.poll(() => textOf(page.getByTestId('photo-viewer-caption')), poll).toContain('1 / 1');
    // The full scan (its thumbnail is 240 px wide): from this PC's own store, there is no server to fetch it from.
    const widths = () =>
      page.locator('.ant-image-preview img').evaluateAll((images) => (images as unknown as Array<{ complete: boolean; naturalWidth: number }>).filter((i) => i.complete).map((i) => i.naturalWidth));
    await expect.poll(widths, poll).toContain(SCAN.width);
    await saveScreenshot(page, 'backup-photos-02-restored');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('photo-viewer-caption').count(), poll).toBe(0);
  });

  test('3. the same file again adds no second copy of the photo', async () => {
    if (!second) throw new Error('test 2 opened the new PC');
    const { page } = second;
    const { outcome } = await restoreFile(page, backupPath);
    expect(outcome).toContain('照片：新增 0 张，补回原图 0 张，本机已有 1 张');
    await openActivity(page);
    await expect.poll(() => page.getByTestId('photo-strip').getByTestId('photo-tile').count(), poll).toBe(1);
    expect(second.problems).toEqual([]);
  });
});
