import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppShell } from './pages/AppShell';
import { chooseFiles } from './pages/fileChooser';
import { focusByKeyboard, typeIntoField, typeLikeAPerson } from './pages/keyboard';
import { Screen } from './pages/Screen';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { appUrl, useAppSession } from './support/appSession';
import { collectProblems, newAppContext, saveScreenshot } from './support/browser';
import { residentId } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * A station backs up on one PC and restores on a fresh profile of the same station: the records come back,
 * the second PC's own profile and the file's meet as a conflict to review (nothing silently overwritten),
 * the same file again adds nothing, and a damaged file is refused.
 */

const STATION: StationProfileInput = {
  name: '杏花村新时代文明实践站',
  code: 'XHC-BAK-01',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '南关街道新时代文明实践所',
  contactName: '孙站长',
  contactPhone: '13600002222',
  address: '南关街道杏花村村委会',
};
const PEOPLE = [
  { name: '钱七', idNumber: residentId('37010219880808123'), phone: '13811112222', politicalStatus: '群众' },
  { name: '孙八', idNumber: residentId('37010219920909234'), phone: '13933334444', politicalStatus: '中共党员' },
];

/** 备份与恢复 (backup-page): 立即备份, and 从备份恢复 with its preview and outcome. */
class BackupScreen extends Screen {
  protected readonly testId = 'backup-page';

  async backUpNow() {
    const download = this.page.waitForEvent('download', { timeout: WAIT_MS });
    await this.page.getByTestId('backup-now').click();
    return download;
  }

  async chooseFile(path: string): Promise<void> {
    await chooseFiles(this.page.getByTestId('restore-pick'), path);
  }

  preview(): Locator {
    return this.page.getByTestId('backup-preview');
  }

  /** 确认恢复 under the preview, then the same in the dialog that asks; returns what the dialog said. */
  async confirmRestore(): Promise<string> {
    await this.page.getByTestId('restore-confirm').click();
    const dialog = this.page.locator('.ant-modal-confirm');
    const said = await textOf(dialog.locator('.ant-modal-confirm-content'));
    await dialog.locator('.ant-btn-primary').click();
    await dialog.waitFor({ state: 'detached', timeout: WAIT_MS });
    return said;
  }

  outcome(): Locator {
    return this.page.getByTestId('restore-outcome');
  }
}

async function openBackup(page: Page): Promise<BackupScreen> {
  await page.getByRole('menuitem').filter({ hasText: /^备份与恢复$/ }).click();
  return new BackupScreen(page).waitUntilShown();
}

/** The keeper types each field from the keyboard, as at the desk. */
async function register(page: Page, person: (typeof PEOPLE)[number]): Promise<void> {
  await new AppShell(page).navigate('volunteers');
  await (await new VolunteersPage(page).waitUntilShown()).add();
  const form = await new VolunteerFormPage(page).waitUntilShown();
  await typeIntoField(form.form.control('name'), person.name);
  await typeIntoField(form.form.control('idNumber'), person.idNumber);
  await typeIntoField(form.form.control('phone'), person.phone);
  await form.form.choose('politicalStatus', person.politicalStatus);
  await form.save();
  const detail = await new VolunteerDetailPage(page).waitUntilShown();
  await expect.poll(() => textOf(detail.name()), poll).toBe(person.name);
}

describe('backup on one PC, restore on a fresh profile of the station', () => {
  const app = useAppSession();
  let scratch = '';
  let backupPath = '';
  let second: { context: BrowserContext; page: Page; problems: string[] } | undefined;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'backup-e2e-'));
  });
  afterAll(async () => {
    await second?.context.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test('1. the keeper sets up the station, registers two volunteers and backs up', async () => {
    const { page } = app();
    page.setDefaultTimeout(WAIT_MS);
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
    for (const person of PEOPLE) await register(page, person);

    const screen = await openBackup(page);
    const download = await screen.backUpNow();
    expect(download.suggestedFilename()).toMatch(/^XHC-BAK-01-backup-\d{8}-\d{4}\.slbackup$/);
    backupPath = join(scratch, download.suggestedFilename());
    await download.saveAs(backupPath);
    await expect.poll(() => textOf(page.getByTestId('backup-create-outcome')), poll).toContain('已生成备份文件');
    await saveScreenshot(page, 'backup-01-backed-up');
    expect(app().problems).toEqual([]);
  });

  test('2. a fresh profile of the same station restores the file: preview, confirm, the records are there', async () => {
    const context = await newAppContext(app().browser);
    const page = await context.newPage();
    second = { context, page, problems: collectProblems(page) };
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(appUrl('/'));
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);

    const screen = await openBackup(page);
    await screen.chooseFile(backupPath);
    await expect.poll(() => textOf(screen.preview()), poll).toContain('XHC-BAK-01');
    const preview = await textOf(screen.preview());
    expect(preview).toContain('杏花村新时代文明实践站');
    expect(preview).toMatch(/志愿者\s*2\s*0/);
    await saveScreenshot(page, 'backup-02-preview');

    await screen.confirmRestore();
    await expect.poll(() => textOf(screen.outcome()), poll).toContain('恢复完成');
    const outcome = await textOf(screen.outcome());
    // Both PCs made a station profile of their own: the file's is put up for review, never dropped.
    expect(outcome).toContain('新增 2 条');
    expect(outcome).toContain('列入冲突待确认 1 条');
    await saveScreenshot(page, 'backup-02-restored');

    await new AppShell(page).navigate('volunteers');
    const list = await new VolunteersPage(page).waitUntilShown();
    for (const person of PEOPLE) await expect.poll(() => list.row(person.name).count(), poll).toBe(1);
    await saveScreenshot(page, 'backup-02-volunteers');
  });

  test('3. the same file again adds nothing; a damaged copy is refused and nothing is written', async () => {
    if (!second) throw new Error('test 2 opened the second profile');
    const { page } = second;
    const screen = await openBackup(page);
    await screen.chooseFile(backupPath);
    await expect.poll(() => textOf(screen.preview()), poll).toContain('XHC-BAK-01');
    // This PC never synced: its profile, the two restored volunteers and the profile's conflict record have not
    // reached a server, and the dialog says so before anything is written.
    expect(await screen.confirmRestore()).toContain('本机还有 4 条修改没有传到市级服务器。恢复不会删除或覆盖它们');
    await expect.poll(() => textOf(screen.outcome()), poll).toContain('新增 0 条');
    expect(await textOf(screen.outcome())).toContain('相同未变 3 条');

    const bytes = await readFile(backupPath);
    const damagedPath = join(scratch, 'damaged.slbackup');
    await writeFile(damagedPath, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await screen.chooseFile(damagedPath);
    await expect.poll(() => textOf(screen.outcome()), poll).toContain('备份文件已损坏或不完整');
    expect(await screen.preview().count()).toBe(0);
    await saveScreenshot(page, 'backup-03-damaged-refused');
    expect(second.problems).toEqual([]);
  });

  test('4. the day’s automatic backup is listed once, however often the app starts, and it restores like a file', async () => {
    const { page } = app();
    // Another start of the app on the first PC: the station is set up, so the day's snapshot is due.
    await page.reload();
    let screen = await openBackup(page);
    const rows = page.getByTestId('snapshot-list').locator('tbody tr.ant-table-row');
    await expect
      .poll(
        async () => {
          // The snapshot is taken a moment after the start; the page reads the list each time it opens.
          if ((await rows.count()) === 0) {
            await new AppShell(page).navigate('home');
            screen = await openBackup(page);
          }
          return rows.count();
        },
        { ...poll, timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    const row = await textOf(rows.first());
    // Taken at the day's first start with the station set up: right after the set-up in test 1, or now.
    expect(row).toContain('每天自动备份');
    await saveScreenshot(page, 'backup-04-automatic');

    await rows.first().getByTestId('snapshot-restore').click();
    await expect.poll(() => textOf(screen.preview()), poll).toContain('XHC-BAK-01');
    expect(await textOf(screen.preview())).toContain('杏花村新时代文明实践站');
    expect(app().problems).toEqual([]);
  });
  test('5. a backup for the USB stick is locked with a password: a short one is refused, a wrong one opens nothing, the right one shows the preview', async () => {
    if (!second) throw new Error('test 2 opened the second profile');
    const { page } = app();
    const screen = await openBackup(page);
    await page.getByTestId('backup-lock').click();
    await typeIntoField(page.getByTestId('backup-password'), '12345');
    await typeIntoField(page.getByTestId('backup-password-again'), '12345');
    await page.getByTestId('backup-now').click();
    await expect.poll(() => textOf(page.getByTestId('backup-password-problem')), poll).toContain('密码至少要 6 个字符');

    await page.getByTestId('backup-password').fill('');
    await page.getByTestId('backup-password-again').fill('');
    // Typed once in the input method's full-width mode: the same password as its half-width twin.
    await typeIntoField(page.getByTestId('backup-password'), '杏花村２０２４');
    await typeIntoField(page.getByTestId('backup-password-again'), '杏花村2024');
    const download = await screen.backUpNow();
    const lockedPath = join(scratch, 'locked.slbackup');
    await download.saveAs(lockedPath);
    // Once the file is saved, the password is no longer on the screen.
    await expect.poll(() => page.getByTestId('backup-password').count(), poll).toBe(0);
    const bytes = await readFile(lockedPath);
    // Nothing of the records can be read from the file on the stick.
    for (const person of PEOPLE) expect(bytes.includes(Buffer.from(person.name))).toBe(false);

    const restoring = second.page;
    const target = await openBackup(restoring);
    await target.chooseFile(lockedPath);
    const problem = restoring.getByTestId('restore-password-problem');
    await expect.poll(() => textOf(problem), poll).toContain('设了密码');
    await typeIntoField(restoring.getByTestId('restore-password'), '杏花村2025');
    await restoring.getByTestId('restore-unlock').click();
    await expect.poll(() => textOf(problem), poll).toContain('密码不对');
    expect(await target.preview().count()).toBe(0);
    await focusByKeyboard(restoring.getByTestId('restore-password'));
    await typeLikeAPerson(restoring, '杏花村2024');
    await restoring.keyboard.press('Enter');
    await expect.poll(() => textOf(target.preview()), poll).toContain('XHC-BAK-01');
    await saveScreenshot(restoring, 'backup-05-locked-opened');
    expect(app().problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });
});
