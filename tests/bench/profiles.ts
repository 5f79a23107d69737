import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium, LOCALE, TIMEZONE, VIEWPORT } from '../e2e/support/browser';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * What a keeper's browser keeps of the app from one day to the next: its databases. The HTTP cache, the
 * compiled-code cache and the rest of the profile are left behind, so a browser started on a copy is cold.
 */
const KEPT = ['IndexedDB', 'Local Storage'] as const;

/** A browser profile on disk in a Chromium process of its own (IndexedDB on disk, as a keeper's PC has it). */
export function launchProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args: ARGS,
    viewport: VIEWPORT,
    locale: LOCALE,
    timezoneId: TIMEZONE,
  });
}

export function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'station-bench-profile-'));
}

export function removeProfileDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** A new profile holding only the app's data of `dir`, whose browser must be closed (its files complete). */
export async function freshProfileWithDataOf(dir: string): Promise<string> {
  const fresh = await newProfileDir();
  for (const part of KEPT) {
    await cp(join(dir, 'Default', part), join(fresh, 'Default', part), { recursive: true }).catch((error: unknown) => {
      // A profile the app never wrote local storage into has no such folder: nothing to keep.
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    });
  }
  return fresh;
}
