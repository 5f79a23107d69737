import { describe, expect, test } from 'vitest';
import { SetupPage } from './pages/SetupPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';

describe('first start in a browser', () => {
  const app = useAppSession();

  test('an empty profile opens on the station set-up page without errors', async () => {
    const { page, problems } = app();
    await app().goto('/');
    const setup = new SetupPage(page);
    await setup.waitUntilShown();
    expect(await page.title()).toBe('文明实践站台账');
    await saveScreenshot(page, 'smoke-first-run-setup');
    expect(problems).toEqual([]);
  });
});
