import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { AppShell } from '../pages/AppShell';
import { SyncIndicator, SyncPage } from '../pages/SyncPage';
import { syncPoll, textOf, WAIT_MS } from './waits';

/** What the header's sync indicator says once everything is on the server. */
export const UP_TO_DATE = '已同步';

/** One PC of a station: a browser context of its own (its own IndexedDB), opened at the app's first run. */
export interface Pc {
  page: Page;
  problems: string[];
  shell: AppShell;
  indicator: SyncIndicator;
}

export function pcOn(page: Page, problems: string[]): Pc {
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(30_000);
  return { page, problems, shell: new AppShell(page), indicator: new SyncIndicator(page) };
}

/** Waits until the PC's header says 已同步 with nothing left to send. */
export async function upToDate(pc: Pc): Promise<void> {
  await expect.poll(async () => ({ phase: await textOf(pc.indicator.phase()), pending: await textOf(pc.indicator.pending()) }), syncPoll).toEqual({
    phase: UP_TO_DATE,
    pending: '0',
  });
}

export async function openSync(pc: Pc): Promise<SyncPage> {
  await pc.shell.navigate('sync');
  return new SyncPage(pc.page).waitUntilShown();
}
