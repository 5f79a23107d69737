import type { FileChooser, Locator } from 'playwright-core';

/** How long the file picker may take to open after the click. */
const FILE_CHOOSER_TIMEOUT_MS = 15_000;

/** Clicks `trigger` and answers the file picker it opens (a file input in the browser) with `files`. */
export async function chooseFiles(trigger: Locator, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  const chooser = trigger.page().waitForEvent('filechooser', { timeout: FILE_CHOOSER_TIMEOUT_MS });
  await trigger.click();
  await (await chooser).setFiles(files);
}
