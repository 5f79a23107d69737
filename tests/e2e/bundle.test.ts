import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportReturnBundle, importBundle } from '../../src-city/commands/bundle';
import { provisionCity, type ProvisionedCity, type ProvisionedStation } from '../integration/support/cityProvision';
import { startCouchServer, type CouchServer } from '../integration/support/couchServer';
import { chooseFiles } from './pages/fileChooser';
import { SetupPage } from './pages/SetupPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { appUrl, useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { openSync, pcOn, upToDate, type Pc } from './support/stationPc';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * U盘同步 on the backup page, as the keeper meets it: with the link gone, 导出同步包 downloads the signed
 * bundle; the city imports it; 导入回执包 takes the city's answer in and says what it did; an altered
 * answer is refused.
 */

const CODE = 'LX-USB-01';
const CONTACT = { contactName: '郑站长', contactPhone: '13600004444', address: '姚家街道文明路3号' };
const VOLUNTEER = { name: '冯九', idNumber: '370102198807070017', phone: '13700007777', politicalStatus: '群众' };

describe('U盘同步 on the backup page', () => {
  const app = useAppSession();
  let pc: Pc;
  let server: CouchServer;
  let city: ProvisionedCity;
  let station: ProvisionedStation;
  let scratch = '';

  beforeAll(async () => {
    pc = pcOn(app().page, app().problems);
    scratch = await mkdtemp(join(tmpdir(), 'usb-sync-'));
    server = await startCouchServer();
    city = await provisionCity(server, [CODE]);
    const provisioned = city.stations[CODE];
    if (!provisioned) throw new Error('the city did not issue the set-up file');
    station = provisioned;
  });

  afterAll(async () => {
    await city?.cleanUp();
    await server?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  async function openBundleCard() {
    await pc.page.getByRole('menuitem').filter({ hasText: /^备份与恢复$/ }).click();
    await pc.page.getByTestId('bundle-card').waitFor();
  }

  test('a bundle made without a link reaches the server, and the return bundle is taken in with its counts', async () => {
    await pc.page.goto(appUrl('/'));
    await (await new SetupPage(pc.page).waitUntilShown()).setUp({ ...station.setup.station, ...CONTACT });
    const sync = await openSync(pc);
    await sync.importSetupFile(station.file);
    await sync.saveConnection();
    await upToDate(pc);

    // The link to the city goes (the app's own files still load); the keeper registers someone.
    const cut = `${station.setup.serverUrl}/**`;
    await pc.page.context().route(cut, (route) => route.abort('internetdisconnected'));
    await pc.shell.navigate('volunteers');
    await (await new VolunteersPage(pc.page).waitUntilShown()).add();
    const form = await new VolunteerFormPage(pc.page).waitUntilShown();
    await form.fill(VOLUNTEER);
    await form.save();
    await new VolunteerDetailPage(pc.page).waitUntilShown();

    await openBundleCard();
    const download = pc.page.waitForEvent('download', { timeout: WAIT_MS });
    await pc.page.getByTestId('bundle-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^${CODE}-to-city-\\d{8}-\\d{6}\\.bundle\\.json$`));
    const bundlePath = join(scratch, file.suggestedFilename());
    await file.saveAs(bundlePath);
    await expect.poll(() => textOf(pc.page.getByTestId('bundle-outcome')), poll).toContain('共 1 条未同步的记录');
    await saveScreenshot(pc.page, 'bundle-01-exported');

    // At the city.
    const imported = await importBundle(city.client, server.admin, await readFile(bundlePath, 'utf8'));
    expect(imported).toMatchObject({ rows: 1, written: 1, conflicts: 0, refused: 0 });
    const back = await exportReturnBundle(city.client, { code: CODE, bundleId: 'return-e2e' });
    const returnPath = join(scratch, `${CODE}-from-city.bundle.json`);
    await writeFile(returnPath, back.text);
    const tamperedPath = join(scratch, `${CODE}-tampered.bundle.json`);
    await writeFile(tamperedPath, back.text.replace(VOLUNTEER.phone, '13700007778'));

    await chooseFiles(pc.page.getByTestId('bundle-import'), tamperedPath);
    await expect.poll(() => textOf(pc.page.getByTestId('bundle-outcome')), poll).toContain('签名不符');

    await chooseFiles(pc.page.getByTestId('bundle-import'), returnPath);
    await expect.poll(() => textOf(pc.page.getByTestId('bundle-outcome')), poll).toContain('市里确认收到 1 条');
    await expect.poll(() => textOf(pc.indicator.pending()), poll).toBe('0');
    await saveScreenshot(pc.page, 'bundle-02-return-imported');
    await pc.page.context().unroute(cut);
  });
});
