import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { provisionCity, type ProvisionedCity, type ProvisionedStation } from '../integration/support/cityProvision';
import { startCouchServer, type CouchServer } from '../integration/support/couchServer';
import { exifTiff, withExif } from '../support/exifJpeg';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { chooseFiles } from './pages/fileChooser';
import { HomePage } from './pages/HomePage';
import { JoinCard } from './pages/JoinCard';
import { SetupPage } from './pages/SetupPage';
import { appUrl, useAppSession } from './support/appSession';
import { holdRequests } from './support/heldRequests';
import { collectProblems, newAppContext, saveScreenshot } from './support/browser';
import { browserToday } from './support/pageText';
import { flat, printToA4 } from './support/pdfText';
import { openSync, pcOn, upToDate, type Pc } from './support/stationPc';
import { poll, SYNC_WAIT_MS, syncPoll, textOf } from './support/waits';

/**
 * Evidence photos from the keeper's side: two pictures picked for an activity (a phone photo held sideways,
 * with its time and location in EXIF, and a PNG scan) show as thumbnails on its page and as a count in the
 * list, open in the viewer, print after the activity's record sheet and in the ledger, are sent to the city
 * server with the sync, and a second PC of the station, joined by the set-up file, opens the same pictures:
 * the thumbnails come with the sync, the full picture from the server when opened.
 */

/** A step that sets up a PC or decodes pictures: room for a loaded two-core machine beyond the default minute. */
const STEP_MS = 120_000;
const CODE = 'LX-PHOTO-01';
const SENT = '已上传';
const WAITING = '待上传';
const QUEUED = '排队上传';
const CONTACT = { contactName: '吴站长', contactPhone: '13600003333', address: '姚家街道文明路2号' };
const ACTIVITY = { title: '文明路环境整治', place: '文明路社区', served: 12 };
/** The phone photo: its sensor wrote it 640×480, held upright (EXIF orientation 6: turn 90° clockwise). */
const PHONE = { name: 'IMG_2041.jpg', width: 640, height: 480, taken: '2024:03:05 09:30:00', shown: '2024-03-05 09:30' };
/** The scan: no EXIF, captioned by its name. */
const SCAN = { name: '现场照片.png', width: 400, height: 300 };

/** What these tests use of the page's canvas (they compile without the DOM library). */
interface CanvasScope {
  OffscreenCanvas: new (
    width: number,
    height: number,
  ) => {
    getContext(kind: '2d'): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void } | null;
    convertToBlob(options: { type: string; quality?: number }): Promise<{ arrayBuffer(): Promise<ArrayBuffer> }>;
  };
}

/** A picture drawn in the page and encoded there as a camera or scanner would: left half red, right half blue. */
async function drawPicture(page: Page, width: number, height: number, type: 'image/jpeg' | 'image/png'): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ({ width, height, type }) => {
      const canvas = new (globalThis as unknown as CanvasScope).OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.fillStyle = '#c0392b';
      context.fillRect(0, 0, width / 2, height);
      context.fillStyle = '#2e86c1';
      context.fillRect(width / 2, 0, width / 2, height);
      const blob = await canvas.convertToBlob({ type, quality: 0.9 });
      return [...new Uint8Array(await blob.arrayBuffer())];
    },
    { width, height, type },
  );
  return Buffer.from(bytes);
}

/** The natural size of each loaded image under `selector`, once every one has loaded. */
async function loadedSizes(page: Page, selector: string): Promise<Array<{ width: number; height: number }>> {
  return page.locator(selector).evaluateAll((images) =>
    (images as unknown as Array<{ complete: boolean; naturalWidth: number; naturalHeight: number }>)
      .filter((image) => image.complete && image.naturalWidth > 0)
      .map((image) => ({ width: image.naturalWidth, height: image.naturalHeight })),
  );
}

/** How many pictures a printed PDF carries (each drawn image is an image XObject). */
async function printedImages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length;
}

async function openActivity(pc: Pc): Promise<ActivitiesPage> {
  await pc.shell.navigate('activities');
  const list = await new ActivitiesPage(pc.page).waitUntilShown();
  await expect.poll(() => list.row(ACTIVITY.title).count(), syncPoll).toBe(1);
  return list;
}

/** The upload tags of the activity's photos, as the keeper reads them. */
async function statusTexts(page: Page): Promise<string[]> {
  return (await page.getByTestId('photo-strip').getByTestId('photo-status').allInnerTexts()).map((text) => text.trim());
}

describe('evidence photos: attach, view, print, sync, open on a second PC', () => {
  const app = useAppSession();
  let server: CouchServer;
  let city: ProvisionedCity;
  let station: ProvisionedStation;
  let first: Pc;
  let second: Pc;
  let secondContext: BrowserContext | undefined;
  let today = '';

  beforeAll(async () => {
    first = pcOn(app().page, app().problems);
    // The print dialog would wait for a person: the record sheet's own print call does nothing here.
    await app().context.addInitScript(() => {
      (globalThis as unknown as { print: () => void }).print = () => undefined;
    });
    secondContext = await newAppContext(app().browser);
    const secondPage = await secondContext.newPage();
    second = pcOn(secondPage, collectProblems(secondPage));
    server = await startCouchServer();
    city = await provisionCity(server, [CODE]);
    const provisioned = city.stations[CODE];
    if (!provisioned) throw new Error('the city did not issue the set-up file');
    station = provisioned;
  });

  afterAll(async () => {
    await secondContext?.close();
    await city?.cleanUp();
    await server?.stop();
  });

  test('0. the first PC sets the station up and connects to the city server with the set-up file', async () => {
    const { page } = first;
    await page.goto(appUrl('/'));
    const setup = await new SetupPage(page).waitUntilShown();
    await setup.setUp({ ...station.setup.station, ...CONTACT });
    await expect.poll(() => textOf(first.shell.stationName()), poll).toBe(station.setup.station.name);
    const sync = await openSync(first);
    await sync.importSetupFile(station.file);
    await expect.poll(() => textOf(sync.fileRead()), poll).toContain(CODE);
    await sync.saveConnection();
    await upToDate(first);
  }, STEP_MS);

  test('1. two photos picked for an activity show as thumbnails, open in the viewer and are counted in the list', async () => {
    const { page } = first;
    today = await browserToday(page);
    await first.shell.navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.newActivity();
    const form = await new ActivityFormPage(page).waitUntilShown();
    await form.fill({ title: ACTIVITY.title, date: today, startTime: '09:00', endTime: '11:00', place: ACTIVITY.place, field: '卫生健康', servedCount: ACTIVITY.served });
    await form.save();
    await list.waitUntilShown();
    // The activity's own sync run is over before any photo exists: the photos wait for 立即同步 (test 4).
    await upToDate(first);
    await list.open(ACTIVITY.title);
    await new ActivityFormPage(page).waitUntilShown();

    // Made as a phone and a scanner make them: a JPEG with the camera's EXIF (orientation, time, location), a PNG.
    const sideways = await drawPicture(page, PHONE.width, PHONE.height, 'image/jpeg');
    const exif = exifTiff({ byteOrder: 'II', orientation: 6, dateTimeOriginal: PHONE.taken, gps: { latitude: 36.65, longitude: 117.12 } });
    const phone = Buffer.from(withExif(new Uint8Array(sideways), exif));
    const scan = await drawPicture(page, SCAN.width, SCAN.height, 'image/png');
    await chooseFiles(page.getByTestId('photo-add'), [
      { name: PHONE.name, mimeType: 'image/jpeg', buffer: phone },
      { name: SCAN.name, mimeType: 'image/png', buffer: scan },
    ]);

    const strip = page.getByTestId('photo-strip');
    await expect.poll(() => loadedSizes(page, '[data-testid="photo-strip"] [data-testid="photo-thumb"]').then((sizes) => sizes.length), poll).toBe(2);
    const [phoneThumb, scanThumb] = await loadedSizes(page, '[data-testid="photo-strip"] [data-testid="photo-thumb"]');
    // The phone photo stands upright (taller than wide); the scan keeps its shape.
    expect(phoneThumb!.height).toBeGreaterThan(phoneThumb!.width);
    expect(scanThumb!.width).toBeGreaterThan(scanThumb!.height);
    const captions = (await strip.getByTestId('photo-caption').allInnerTexts()).map((text) => text.trim());
    expect(captions).toEqual([PHONE.shown, SCAN.name.replace(/\.png$/, '.jpg')]);
    expect(await statusTexts(page)).toEqual([WAITING, WAITING]);
    await saveScreenshot(page, 'photos-01-strip');

    // The viewer opens on the picture clicked, at its full size, with its name and time.
    await strip.getByTestId('photo-tile').filter({ hasText: PHONE.shown }).getByTestId('photo-open').click();
    const caption = page.getByTestId('photo-viewer-caption');
    await expect.poll(async () => flat(await textOf(caption)), poll).toContain(flat(`1 / 2 · ${PHONE.name}`));
    expect(await textOf(caption)).toContain(`拍摄于 ${PHONE.shown}`);
    await expect.poll(() => loadedSizes(page, '.ant-image-preview img').then((sizes) => sizes.some((s) => s.height === PHONE.width && s.width === PHONE.height)), poll).toBe(true);
    await saveScreenshot(page, 'photos-01-viewer');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('photo-viewer-caption').count(), poll).toBe(0);

    // The list counts them on the activity's row.
    await first.shell.navigate('activities');
    await list.waitUntilShown();
    const count = list.row(ACTIVITY.title).getByTestId('list-photo-count');
    await expect.poll(async () => (await textOf(count)).trim(), poll).toBe('2');
  }, STEP_MS);

  test('2. the activity’s record sheet prints a page of its photos after the sheet', async () => {
    const { page } = first;
    const list = await openActivity(first);
    // 打印活动记录表: the sheet, then a page of its photos with their captions.
    await list.row(ACTIVITY.title).first().getByTestId('activity-print-menu').click();
    await page.getByTestId('menu-print-activity-record').click();
    await page.getByTestId('page-activity-record').waitFor();
    await expect.poll(() => loadedSizes(page, '[data-testid="record-photo"] img').then((sizes) => sizes.length), poll).toBe(2);
    const recordPages = await printToA4(page, 'photos-record-sheet');
    expect(recordPages).toHaveLength(2);
    const photoPage = flat(recordPages[1] ?? '');
    // The PDF's text comes back NFKC-folded: the full-width colon reads as ':'.
    expect(photoPage).toContain(flat(`活动照片：${ACTIVITY.title} ${today}`).normalize('NFKC'));
    expect(photoPage).toContain(flat(`拍摄于 ${PHONE.shown}`));
    expect(photoPage).toContain(flat(SCAN.name.replace(/\.png$/, '.jpg')));
    expect(await printedImages(page)).toBeGreaterThanOrEqual(2);
  });

  test('3. the activity ledger prints the activity’s photos after its table', async () => {
    const { page } = first;
    // 活动台账: the ledger's photo appendix has the activity with both thumbnails.
    await first.shell.navigate('reports');
    await page.getByTestId('reports-nav').getByText('活动台账', { exact: true }).click();
    await page.getByTestId('page-ledger').waitFor();
    const appendix = page.getByTestId('ledger-photo-activity').filter({ hasText: ACTIVITY.title });
    await expect.poll(() => appendix.count(), poll).toBe(1);
    await expect.poll(() => loadedSizes(page, '[data-testid="ledger-photo"] img').then((sizes) => sizes.length), poll).toBe(2);
    const ledgerText = flat((await printToA4(page, 'photos-ledger')).join('\n'));
    expect(ledgerText).toContain('活动照片');
    expect(ledgerText).toContain(flat(`拍摄于 ${PHONE.shown}`));
    expect(await printedImages(page)).toBeGreaterThanOrEqual(2);
  });

  test('4. 立即同步 sends the records, then the photos; each photo’s tag then says it is on the server', async () => {
    const { page } = first;
    // The photo channel's requests are held at the server's door, so the tags can be read while it works.
    const held = await holdRequests(page, { photo: (url) => url.pathname.includes('/photo%3A') });
    try {
      await (await openSync(first)).syncNow();
      const list = await openActivity(first);
      await list.open(ACTIVITY.title);
      await new ActivityFormPage(page).waitUntilShown();
      await expect.poll(() => held.count('photo') > 0, syncPoll).toBe(true);
      const working = (texts: string[]) => texts.length === 2 && texts.every((text) => text === QUEUED || text.startsWith('上传中'));
      await expect.poll(async () => working(await statusTexts(page)), poll).toBe(true);
      await saveScreenshot(page, 'photos-03-sending');
    } finally {
      await held.dispose();
    }
    await expect.poll(() => statusTexts(page), syncPoll).toEqual([SENT, SENT]);
    await upToDate(first);
    await saveScreenshot(page, 'photos-03-sent');
  });

  test('5. the station’s second PC, joined by the set-up file, opens the same photos; the full picture comes from the server', async () => {
    const { page } = second;
    await page.goto(appUrl('/'));
    const setup = await new SetupPage(page).waitUntilShown();
    await new JoinCard(page).importSetupFile(station.file);
    await setup.waitUntilGone(SYNC_WAIT_MS);
    await new HomePage(page).waitUntilShown();

    const list = await openActivity(second);
    const count = list.row(ACTIVITY.title).getByTestId('list-photo-count');
    await expect.poll(async () => (await textOf(count)).trim(), syncPoll).toBe('2');
    await list.open(ACTIVITY.title);
    await new ActivityFormPage(page).waitUntilShown();
    await expect.poll(() => loadedSizes(page, '[data-testid="photo-strip"] [data-testid="photo-thumb"]').then((sizes) => sizes.length), syncPoll).toBe(2);
    // The same two in the same order as on the first PC (the phone photo by its time taken, then the scan),
    // though they were sent and fetched several at a time.
    const captions = (await page.getByTestId('photo-strip').getByTestId('photo-caption').allInnerTexts()).map((text) => text.trim());
    expect(captions).toEqual([PHONE.shown, SCAN.name.replace(/\.png$/, '.jpg')]);
    expect(await statusTexts(page)).toEqual([SENT, SENT]);

    // Only thumbnails came with the sync: opening the phone photo fetches its full picture from the server.
    const fullFetched = page.waitForResponse((response) => /\/photo%3A[^/]+\/full$/.test(new URL(response.url()).pathname) && response.ok(), { timeout: SYNC_WAIT_MS });
    await page.getByTestId('photo-strip').getByTestId('photo-tile').filter({ hasText: PHONE.shown }).getByTestId('photo-open').click();
    await fullFetched;
    await expect.poll(() => loadedSizes(page, '.ant-image-preview img').then((sizes) => sizes.some((s) => s.height === PHONE.width && s.width === PHONE.height)), poll).toBe(true);
    expect(await textOf(page.getByTestId('photo-viewer-caption'))).toContain(`拍摄于 ${PHONE.shown}`);
    await saveScreenshot(page, 'photos-02-second-pc-viewer');
  }, STEP_MS);

  test('nothing went wrong in either page', () => {
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });
});
